import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { absoluteUrl, defaultConfig } from './config/appConfig';
import { createRelayEnvironment } from './relay/environment';

async function boot() {
  const config = defaultConfig();
  if (__DEMO__ && config.mode === 'demo') {
    // The only place src/ reaches into mocks/: demo builds start the in-browser OpenCTI before the first request.
    const { startDemo } = await import('../mocks/browser');
    await startDemo();
  }
  const environment = createRelayEnvironment({
    url: absoluteUrl(config.graphqlUrl, window.location.origin),
  });
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(<App config={config} environment={environment} />);
}

void boot();

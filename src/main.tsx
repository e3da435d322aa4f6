import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { defaultConfig, loadRuntimeConfig } from './config/appConfig';
import { createAppEnvironment } from './relay/appEnvironment';

async function boot() {
  const config = await loadRuntimeConfig(
    `${import.meta.env.BASE_URL}config.json`,
    defaultConfig(),
    __DEMO__,
  );
  if (__DEMO__ && config.mode === 'demo') {
    // The only place src/ reaches into mocks/: demo builds start the in-browser OpenCTI before the first request.
    const { startDemo } = await import('../mocks/browser');
    await startDemo();
  }
  const environment = createAppEnvironment(config, window.location.origin);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(<App config={config} environment={environment} />);
}

void boot();

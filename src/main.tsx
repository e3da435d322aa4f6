import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { defaultConfig, loadRuntimeConfig } from './config/appConfig';
import { createAppEnvironment } from './relay/appEnvironment';
import { initialLocale, loadCatalog } from './i18n/catalogs';
import type { DemoControls } from './config/demoControls';

async function boot() {
  // The reader's language loads while the configuration does (English ships with the app).
  const [config] = await Promise.all([
    loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`, defaultConfig(), __DEMO__),
    // Should it fail, the provider falls back to English.
    loadCatalog(initialLocale()).catch(() => undefined),
  ]);
  let demo: DemoControls | null = null;
  if (__DEMO__ && config.mode === 'demo') {
    // The only place src/ reaches into mocks/: demo builds start the in-browser OpenCTI before the first request.
    const { startDemo } = await import('../mocks/browser');
    const { controls } = await startDemo();
    // Each control changes the backend's data under the page: reload so every screen shows the new state.
    const thenReload =
      <A extends unknown[]>(action: (...args: A) => void) =>
      (...args: A) => {
        action(...args);
        window.location.reload();
      };
    demo = {
      reset: thenReload(() => controls.reset()),
      runNextSimulation: thenReload(() => controls.runNextSimulation()),
      setConnectorOnline: thenReload((online: boolean) => controls.setConnectorOnline(online)),
      isConnectorOnline: () => controls.isConnectorOnline(),
      failNextEnrichment: () => controls.failNextEnrichment(),
    };
  }
  const environment = createAppEnvironment(config, window.location.origin);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(<App config={config} environment={environment} demo={demo} />);
}

void boot();

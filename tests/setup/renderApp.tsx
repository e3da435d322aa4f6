import { render } from '@testing-library/react';
import { App, createAppRouter } from '../../src/app/App';
import { createAppEnvironment } from '../../src/relay/appEnvironment';
import type { AppConfig } from '../../src/config/appConfig';
import type { Locale } from '../../src/i18n/useLocale';
import type { DemoControls } from '../../src/config/demoControls';

export const TEST_GRAPHQL_URL = 'http://localhost:3000/graphql';

/** Renders the real console (real routes, real Relay, real network layer) at `path`, against the mock OpenCTI. */
export function renderApp(
  path: string,
  options: {
    config?: Partial<AppConfig>;
    timeoutMs?: number;
    demo?: DemoControls;
    locale?: Locale;
  } = {},
) {
  const config: AppConfig = { mode: 'demo', graphqlUrl: TEST_GRAPHQL_URL, ...options.config };
  const environment = createAppEnvironment(config, 'http://localhost:3000', {
    timeoutMs: options.timeoutMs,
  });
  const router = createAppRouter(environment, [path]);
  const utils = render(
    <App
      config={config}
      environment={environment}
      router={router}
      locale={options.locale ?? 'en'}
      demo={options.demo ?? null}
    />,
  );
  /** The current URL (path + search), as the address bar would show it. */
  const location = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...utils, environment, router, location };
}

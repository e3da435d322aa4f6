import { StrictMode, useMemo } from 'react';
import { RelayEnvironmentProvider } from 'react-relay';
import { createBrowserRouter, createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Environment } from 'relay-runtime';
import { AppConfigContext, PathsContext } from '../config/useAppConfig';
import type { AppConfig } from '../config/appConfig';
import { DemoControlsContext, type DemoControls } from '../config/demoControls';
import { createPaths } from '../config/paths';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/useLocale';
import { ThemeModeProvider } from './ThemeModeProvider';
import { createRoutes } from './router';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

const PATHS = createPaths('/dashboard');

/** The console's router; with `initialEntries`, an in-memory one (tests). */
export function createAppRouter(environment: Environment, initialEntries?: string[]): AppRouter {
  const routes = createRoutes(environment, PATHS);
  return initialEntries
    ? createMemoryRouter(routes, { initialEntries })
    : // Served under a sub-path (vite build --base /coverage/), the app's URLs live below it.
      createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}

export interface AppProps {
  config: AppConfig;
  environment: Environment;
  /** For tests: a router made with createAppRouter (a memory router), instead of the browser's. */
  router?: AppRouter;
  locale?: Locale;
  /** The in-browser demo backend's controls (demo mode only). */
  demo?: DemoControls | null;
}

/** The whole console: providers (Relay, i18n, theme, config) around the data router. */
export function App({ config, environment, router: given, locale, demo = null }: AppProps) {
  const router = useMemo(() => given ?? createAppRouter(environment), [given, environment]);
  return (
    <StrictMode>
      <AppConfigContext.Provider value={config}>
        <DemoControlsContext.Provider value={demo}>
          <PathsContext.Provider value={PATHS}>
            <RelayEnvironmentProvider environment={environment}>
              <I18nProvider locale={locale}>
                <ThemeModeProvider>
                  <RouterProvider router={router} />
                </ThemeModeProvider>
              </I18nProvider>
            </RelayEnvironmentProvider>
          </PathsContext.Provider>
        </DemoControlsContext.Provider>
      </AppConfigContext.Provider>
    </StrictMode>
  );
}

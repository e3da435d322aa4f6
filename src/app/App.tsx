import { StrictMode, useMemo } from 'react';
import { RelayEnvironmentProvider } from 'react-relay';
import { createBrowserRouter, createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Environment } from 'relay-runtime';
import { AppConfigContext, PathsContext } from '../config/useAppConfig';
import type { AppConfig } from '../config/appConfig';
import { createPaths } from '../config/paths';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/useLocale';
import { ThemeModeProvider } from './ThemeModeProvider';
import { createRoutes } from './router';

export interface AppProps {
  config: AppConfig;
  environment: Environment;
  /** For tests: render in a memory router at these entries instead of the browser's location. */
  initialEntries?: string[];
  locale?: Locale;
}

/** The whole console: providers (Relay, i18n, theme, config) around the data router. */
export function App({ config, environment, initialEntries, locale }: AppProps) {
  const paths = useMemo(() => createPaths('/dashboard'), []);
  const router = useMemo(() => {
    const routes = createRoutes(environment, paths);
    return initialEntries
      ? createMemoryRouter(routes, { initialEntries })
      : createBrowserRouter(routes);
  }, [environment, paths, initialEntries]);
  return (
    <StrictMode>
      <AppConfigContext.Provider value={config}>
        <PathsContext.Provider value={paths}>
          <RelayEnvironmentProvider environment={environment}>
            <I18nProvider locale={locale}>
              <ThemeModeProvider>
                <RouterProvider router={router} />
              </ThemeModeProvider>
            </I18nProvider>
          </RelayEnvironmentProvider>
        </PathsContext.Provider>
      </AppConfigContext.Provider>
    </StrictMode>
  );
}

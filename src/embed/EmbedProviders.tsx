import { useContext, useMemo, type ReactNode } from 'react';
import { ReactRelayContext, RelayEnvironmentProvider } from 'react-relay';
import { ThemeContext } from '@emotion/react';
import { ThemeProvider } from '@mui/material/styles';
import type { Environment } from 'relay-runtime';
import { createAppTheme } from '../app/theme';
import { AppConfigContext, PathsContext } from '../config/useAppConfig';
import { createPaths } from '../config/paths';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/useLocale';

export interface EmbedOptions {
  /** The host's base path of OpenCTI-style URLs (`/dashboard` in OpenCTI). Every link is built from it. */
  basePath?: string;
  /** The environment to use when the host has no RelayEnvironmentProvider above the component. */
  environment?: Environment;
  locale?: Locale;
  theme?: 'dark' | 'light';
}

/**
 * What every embedded piece needs around it. The host's Relay environment and MUI theme win when it provides
 * them; otherwise the piece brings its own. Paths follow the host's base path, never a hard-coded one.
 */
export function EmbedProviders({
  basePath = '/dashboard',
  environment,
  locale,
  theme = 'dark',
  children,
}: EmbedOptions & { children: ReactNode }) {
  const hostRelay = useContext(ReactRelayContext);
  const hostTheme = useContext(ThemeContext) as object | null;
  const paths = useMemo(() => createPaths(basePath), [basePath]);
  const ownTheme = useMemo(() => createAppTheme(theme), [theme]);
  const hasHostTheme = !!hostTheme && Object.keys(hostTheme).length > 0;
  let tree = (
    <AppConfigContext.Provider value={{ mode: 'live', graphqlUrl: '/graphql' }}>
      <PathsContext.Provider value={paths}>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </PathsContext.Provider>
    </AppConfigContext.Provider>
  );
  if (!hasHostTheme) tree = <ThemeProvider theme={ownTheme}>{tree}</ThemeProvider>;
  if (!hostRelay) {
    if (!environment) {
      throw new Error(
        'Security Coverage: no RelayEnvironmentProvider above this component; pass `environment` (see createOpenCTIEnvironment).',
      );
    }
    tree = <RelayEnvironmentProvider environment={environment}>{tree}</RelayEnvironmentProvider>;
  }
  return tree;
}

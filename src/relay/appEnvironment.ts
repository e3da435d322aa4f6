import type { Environment } from 'relay-runtime';
import { absoluteUrl, type AppConfig } from '../config/appConfig';
import { graphqlEndpoint, readConnection } from '../config/credentials';
import { createRelayEnvironment } from './environment';

/**
 * The console's Relay environment for its configuration. In live mode the endpoint and token come from the
 * Connection page and are read on every request, so signing in or out takes effect without a reload.
 */
export function createAppEnvironment(
  config: AppConfig,
  origin: string,
  options: { timeoutMs?: number } = {},
): Environment {
  if (config.mode !== 'live') {
    return createRelayEnvironment({ url: absoluteUrl(config.graphqlUrl, origin), ...options });
  }
  return createRelayEnvironment({
    url: () => {
      const { url } = readConnection();
      return absoluteUrl(url ? graphqlEndpoint(url) : config.graphqlUrl, origin);
    },
    getToken: () => readConnection().token,
    ...options,
  });
}

import type { Environment } from 'relay-runtime';
import { graphqlEndpoint } from '../config/credentials';
import { createRelayEnvironment } from '../relay/environment';

/**
 * A Relay environment for an OpenCTI platform: `url` is the platform's address (…/graphql is added), `getToken`
 * returns the API token to send as a Bearer token, or nothing when the host's session cookie authenticates.
 */
export function createOpenCTIEnvironment({
  url,
  getToken,
  timeoutMs,
}: {
  url: string;
  getToken?: () => string | null | undefined;
  timeoutMs?: number;
}): Environment {
  return createRelayEnvironment({ url: graphqlEndpoint(url), getToken, timeoutMs });
}

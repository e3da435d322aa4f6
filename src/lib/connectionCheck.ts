/**
 * What "Test connection" found, in the terms an analyst can act on. A browser cannot tell a server that is down
 * from one that refuses cross-origin requests (both are a failed fetch), so the check sends a second, opaque
 * request: if that one gets through, the server is up and CORS is what refused.
 */
export type ConnectionProblem =
  | 'badUrl' // not an http(s) URL
  | 'unreachable' // nothing answered (down, wrong host, offline)
  | 'timeout' // it answered too slowly
  | 'cors' // the server is up but does not allow this origin
  | 'wrongUrl' // something answered, but not OpenCTI's GraphQL API
  | 'badToken' // 401 / AUTH_REQUIRED
  | 'noKnowledge' // signed in, but the user may not read knowledge
  | 'server'; // any other server-side failure

export interface FailureFacts {
  kind: 'network' | 'timeout' | 'http' | 'auth' | 'forbidden' | 'functional' | 'graphql' | 'other';
  status?: number;
}

export function classifyFailure(facts: FailureFacts, reachableOpaque: boolean): ConnectionProblem {
  switch (facts.kind) {
    case 'network':
      return reachableOpaque ? 'cors' : 'unreachable';
    case 'timeout':
      return 'timeout';
    case 'auth':
      return 'badToken';
    case 'forbidden':
      return 'noKnowledge';
    case 'http':
      if (facts.status === 401) return 'badToken';
      if (facts.status === 403) return 'noKnowledge';
      return facts.status !== undefined && facts.status >= 500 ? 'server' : 'wrongUrl';
    default:
      return 'server';
  }
}

/** An OpenCTI base URL must be http or https; empty means "the configured endpoint" (a same-origin proxy). */
export function checkBaseUrl(value: string): 'ok' | 'empty' | 'badUrl' {
  const text = value.trim();
  if (text === '') return 'empty';
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? 'ok' : 'badUrl';
  } catch {
    return 'badUrl';
  }
}

export type Access = 'full' | 'readOnly' | 'none';

/** What the signed-in user can do with coverages, from `me.capabilities` (BYPASS grants everything). */
export function accessFromCapabilities(names: readonly string[]): Access {
  const has = (capability: string) =>
    names.some(
      (name) => name === 'BYPASS' || name === capability || name.startsWith(`${capability}_`),
    );
  if (!has('KNOWLEDGE')) return 'none';
  return has('KNOWLEDGE_KNUPDATE') ? 'full' : 'readOnly';
}

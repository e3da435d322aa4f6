import { fetchQuery, graphql } from 'react-relay';
import { createRelayEnvironment } from '../../relay/environment';
import { isApiError } from '../../relay/errors';
import {
  accessFromCapabilities,
  classifyFailure,
  type Access,
  type ConnectionProblem,
} from '../../lib/connectionCheck';
import type { testConnectionQuery as QueryType } from './__generated__/testConnectionQuery.graphql';

const query = graphql`
  query testConnectionQuery {
    me {
      name
      capabilities {
        name
      }
    }
    about {
      version
    }
    settings {
      platform_openaev_url
    }
  }
`;

export type ConnectionResult =
  | {
      ok: true;
      user: string;
      access: Exclude<Access, 'none'>;
      version: string | null;
      openaevUrl: string | null;
    }
  | { ok: false; problem: ConnectionProblem };

/** Whether anything answers at `url` at all: an opaque request gets through CORS, so it only says "up" or "down". */
async function answersOpaque(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/**
 * "Test connection": reads `me`, `about { version }` and `settings { platform_openaev_url }` with the given endpoint
 * and token, on a throwaway environment, and says plainly what failed. The token never leaves this function.
 */
export async function testConnection(
  endpoint: string,
  token: string | null,
): Promise<ConnectionResult> {
  const environment = createRelayEnvironment({
    url: endpoint,
    getToken: () => token,
    timeoutMs: 15_000,
  });
  try {
    const data = await fetchQuery<QueryType>(environment, query, {}).toPromise();
    if (!data) return { ok: false, problem: 'wrongUrl' };
    const access = accessFromCapabilities(data.me.capabilities.map((c) => c.name));
    if (access === 'none') return { ok: false, problem: 'noKnowledge' };
    return {
      ok: true,
      user: data.me.name,
      access,
      version: data.about?.version ?? null,
      openaevUrl: data.settings.platform_openaev_url ?? null,
    };
  } catch (error) {
    const facts = isApiError(error)
      ? { kind: error.kind, status: error.status }
      : { kind: 'other' as const };
    const reachable = facts.kind === 'network' ? await answersOpaque(endpoint) : true;
    return { ok: false, problem: classifyFailure(facts, reachable) };
  }
}

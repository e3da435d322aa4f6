import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { ExecuteRequest, MockBackend, MockUser } from './backend';

export interface GraphQLHandlerOptions {
  user?: MockUser;
  /** Replaces `user` when the acting user can change between requests (tests). */
  getUser?: () => MockUser;
  /** Simulated network latency (demo); 0 in tests. */
  latencyMs?: number;
  /** Called after every executed request (the demo persists the store there). */
  afterRequest?: () => void;
}

function json(body: unknown, status = 200): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function badRequest(message: string): HttpResponse<string> {
  return json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, 400);
}

function parseBody(body: unknown): ExecuteRequest | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const query: unknown = Reflect.get(body, 'query');
  const variables: unknown = Reflect.get(body, 'variables');
  const operationName: unknown = Reflect.get(body, 'operationName');
  if (typeof query !== 'string') return null;
  const vars =
    typeof variables === 'object' && variables !== null && !Array.isArray(variables)
      ? Object.fromEntries(Object.entries(variables))
      : null;
  return {
    query,
    variables: vars,
    operationName: typeof operationName === 'string' ? operationName : null,
  };
}

/** MSW handlers answering `POST <any origin>/graphql` through the mock backend, with OpenCTI-shaped errors. */
export function createGraphQLHandlers(
  getBackend: () => MockBackend,
  opts: GraphQLHandlerOptions = {},
): HttpHandler[] {
  return [
    http.post('*/graphql', async ({ request }) => {
      if (opts.latencyMs) await delay(opts.latencyMs);
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return badRequest('The request body is not valid JSON');
      }
      const req = parseBody(body);
      if (!req) return badRequest('A GraphQL request needs a "query" string');
      try {
        const result = await getBackend().execute(req, {
          user: opts.getUser?.() ?? opts.user ?? 'admin',
        });
        return json(result);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return json({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 500);
      } finally {
        opts.afterRequest?.();
      }
    }),
  ];
}

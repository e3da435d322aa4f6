import { delay, http, HttpResponse } from 'msw';
import { currentMockBackend, server } from '../../mocks/node';

/**
 * The faults a GraphQL request can meet on its way to OpenCTI and back:
 * - `http500`: the server (or a proxy in front of it) answers HTTP 500 with an HTML page;
 * - `network`: nothing answers (server down, DNS, offline);
 * - `timeout`: the server never answers (the app's request timeout has to end the wait);
 * - `graphqlErrors`: OpenCTI answers `errors[]` with `data: null`;
 * - `partial`: OpenCTI answers the real data with one field nulled, and an error for that field;
 * - `latency`: the real answer, `LATENCY_MS` late.
 */
export type FaultKind = 'http500' | 'network' | 'timeout' | 'graphqlErrors' | 'partial' | 'latency';

export const FAULTS: readonly FaultKind[] = [
  'http500',
  'network',
  'timeout',
  'graphqlErrors',
  'partial',
  'latency',
];

/** The slow server of the `latency` fault. */
export const LATENCY_MS = 5_000;

/** The request timeout the fault tests give the app, so that `timeout` ends quickly. */
export const FAULT_TIMEOUT_MS = 1_000;

/** What the server says in the `graphqlErrors` and `partial` faults. */
export const SERVER_MESSAGE = 'Elasticsearch cluster is unavailable';

/** What each fault makes the app say (English), as the analyst reads it. */
export const FAULT_MESSAGE: Record<Exclude<FaultKind, 'latency'>, RegExp> = {
  http500: /answered with an error \(HTTP 500\)/,
  network: /could not be reached/,
  timeout: /did not answer in time/,
  graphqlErrors: new RegExp(`OpenCTI reported an error: ${SERVER_MESSAGE}`),
  partial: new RegExp(SERVER_MESSAGE),
};

export type DataPath = readonly (string | number)[];

export interface FaultOptions {
  /** The operations the fault applies to (by operation name); every operation when omitted. */
  operations?: readonly string[];
  /** For `partial`: the field of the real answer that becomes null (a path in `data`). */
  partialPath?: DataPath;
  /** For `graphqlErrors`: the error's extensions (OpenCTI's code and data). */
  extensions?: Record<string, unknown>;
  /** For `latency`: how late the answer comes. */
  latencyMs?: number;
}

export interface InjectedFault {
  /** Operation names of the requests the fault met, in order. */
  readonly hits: string[];
  /** Ends the fault: the following requests reach the mock OpenCTI untouched. */
  clear(): void;
}

interface RequestBody {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

function readBody(value: unknown): RequestBody {
  const body = (typeof value === 'object' && value !== null ? value : {}) as Partial<RequestBody>;
  return {
    query: typeof body.query === 'string' ? body.query : '',
    variables: body.variables ?? null,
    operationName: typeof body.operationName === 'string' ? body.operationName : null,
  };
}

/**
 * The real answer of the mock OpenCTI with the field at `path` nulled and an error for it, as OpenCTI would. A
 * mutation is not run at all: its answer is the refusal (`{ securityCoverageAdd: null }` and the error).
 */
async function partialAnswer(body: RequestBody, path: DataPath) {
  const error = { message: SERVER_MESSAGE, path, extensions: { code: 'DATABASE_ERROR' } };
  if (/^\s*mutation\b/.test(body.query)) {
    const data = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), null);
    return { data, errors: [error] };
  }
  const result = await currentMockBackend().execute(body, { user: 'admin' });
  const data = structuredClone(result.data ?? null) as Record<string, unknown> | null;
  if (!data) throw new Error(`no data to make partial for ${body.operationName ?? '?'}`);
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) {
    parent = (parent as Record<string | number, unknown> | null)?.[key];
  }
  const last = path[path.length - 1];
  if (typeof parent !== 'object' || parent === null || last === undefined || !(last in parent))
    throw new Error(`no field at ${path.join('.')} in the answer to ${body.operationName ?? '?'}`);
  (parent as Record<string | number, unknown>)[last] = null;
  return {
    data,
    errors: [error, ...(result.errors ?? [])],
  };
}

/**
 * Injects a fault in front of the mock OpenCTI (an MSW override): the requests it applies to meet the fault until
 * `clear()`, the others pass through.
 */
export function injectFault(kind: FaultKind, options: FaultOptions = {}): InjectedFault {
  const hits: string[] = [];
  let active = true;
  server.use(
    http.post('*/graphql', async ({ request }) => {
      if (!active) return undefined;
      const body = readBody(await request.clone().json());
      if (options.operations && !options.operations.includes(body.operationName ?? '')) {
        return undefined;
      }
      hits.push(body.operationName ?? '?');
      switch (kind) {
        case 'http500':
          return new HttpResponse('<html><body>Internal Server Error</body></html>', {
            status: 500,
            headers: { 'Content-Type': 'text/html' },
          });
        case 'network':
          return HttpResponse.error();
        case 'timeout':
          // Never answers: the app's own timeout aborts the request.
          await new Promise<void>((resolve) => {
            if (request.signal.aborted) resolve();
            request.signal.addEventListener('abort', () => resolve());
          });
          return HttpResponse.error();
        case 'graphqlErrors':
          return HttpResponse.json({
            data: null,
            errors: [
              {
                message: SERVER_MESSAGE,
                extensions: options.extensions ?? { code: 'DATABASE_ERROR' },
              },
            ],
          });
        case 'partial':
          if (!options.partialPath) throw new Error('a partial fault needs partialPath');
          return HttpResponse.json(await partialAnswer(body, options.partialPath));
        case 'latency':
          await delay(options.latencyMs ?? LATENCY_MS);
          return undefined;
      }
    }),
  );
  return {
    hits,
    clear: () => {
      active = false;
    },
  };
}

/** Counts the requests of each operation that reach the network, without answering them. */
export function countRequests() {
  const counts = new Map<string, number>();
  server.use(
    http.post('*/graphql', async ({ request }) => {
      const { operationName } = readBody(await request.clone().json());
      counts.set(operationName ?? '?', (counts.get(operationName ?? '?') ?? 0) + 1);
      return undefined;
    }),
  );
  return (operationName: string) => counts.get(operationName) ?? 0;
}

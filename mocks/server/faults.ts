/**
 * Faults the mock OpenCTI can be told to inject into its `/graphql` answers, to test how a client copes with a
 * server that fails, hangs, is slow or refuses:
 * - `http500`: HTTP 500 with an HTML page (a crashed server or a proxy in front of it);
 * - `network`: the connection is dropped without an answer (the browser sees a network error);
 * - `hang`: no answer at all, until the client gives up;
 * - `delay`: the real answer, `delayMs` late;
 * - `graphqlErrors`: `{ data: null, errors: [{ message, extensions: { code } }] }` with HTTP 200.
 * Each fault applies to the next `count` requests (every request until cleared when omitted), optionally only to
 * the given operation names.
 */
export type HttpFaultKind = 'http500' | 'network' | 'hang' | 'delay' | 'graphqlErrors';

export interface HttpFault {
  kind: HttpFaultKind;
  count?: number;
  operations?: string[];
  delayMs?: number;
  message?: string;
  code?: string;
}

const KINDS: readonly HttpFaultKind[] = ['http500', 'network', 'hang', 'delay', 'graphqlErrors'];

function isKind(value: unknown): value is HttpFaultKind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** Reads a fault from JSON (the admin endpoint's body); throws a readable error when it is not one. */
export function parseFault(value: unknown): HttpFault {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('A fault is a JSON object');
  const kind: unknown = Reflect.get(value, 'kind');
  if (!isKind(kind)) throw new Error(`"kind" must be one of ${KINDS.join(', ')}`);
  const fault: HttpFault = { kind };
  const count: unknown = Reflect.get(value, 'count');
  if (count !== undefined) {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      throw new Error('"count" must be a positive integer');
    fault.count = count;
  }
  const operations: unknown = Reflect.get(value, 'operations');
  if (operations !== undefined) {
    if (!Array.isArray(operations) || !operations.every((o) => typeof o === 'string'))
      throw new Error('"operations" must be a list of operation names');
    fault.operations = operations;
  }
  const delayMs: unknown = Reflect.get(value, 'delayMs');
  if (kind === 'delay') {
    if (typeof delayMs !== 'number' || delayMs < 0) throw new Error('"delayMs" must be a number');
    fault.delayMs = delayMs;
  }
  for (const key of ['message', 'code'] as const) {
    const text: unknown = Reflect.get(value, key);
    if (text !== undefined) {
      if (typeof text !== 'string') throw new Error(`"${key}" must be a string`);
      fault[key] = text;
    }
  }
  return fault;
}

/** The faults in force, in the order they were added; the first one that applies to a request is used. */
export class FaultPlan {
  private faults: { fault: HttpFault; remaining: number }[] = [];

  add(fault: HttpFault): void {
    this.faults.push({ fault, remaining: fault.count ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults = [];
  }

  /** What is still in force (the admin endpoint's GET). */
  list(): (HttpFault & { remaining: number | null })[] {
    return this.faults.map(({ fault, remaining }) => ({
      ...fault,
      remaining: Number.isFinite(remaining) ? remaining : null,
    }));
  }

  /** The fault the request for `operation` meets (it counts as used), or null. */
  take(operation: string | null): HttpFault | null {
    const entry = this.faults.find(
      ({ fault, remaining }) =>
        remaining > 0 && (!fault.operations || fault.operations.includes(operation ?? '')),
    );
    if (!entry) return null;
    entry.remaining -= 1;
    this.faults = this.faults.filter(({ remaining }) => remaining > 0);
    return entry.fault;
  }
}

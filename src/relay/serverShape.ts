import { use } from 'react';
import { useRelayEnvironment } from 'react-relay';
import type { Environment, RequestParameters } from 'relay-runtime';
import { isApiError } from './errors';

/**
 * The two generations of OpenCTI's Security Coverage API (see docs/server-shapes.md):
 * - `g1`: scores, validity, the OpenAEV link and the has-covered relationships live on the SecurityCoverage itself;
 * - `g2`: they live on its SecurityCoverageResults (`results`, `stixCoreRelationshipsFromResults`, `covered*`), and
 *   the coverage's own score fields are computed from them.
 * A server rejects a whole operation that names a field it does not know, so every screen that reads G2-only fields
 * has a G1 twin, and the console picks one after probing the server once.
 */
export type ServerShape = 'g1' | 'g2';

/** Fields only G2 servers have on SecurityCoverage; any one of them marks a G2 server. */
const G2_FIELDS = ['results', 'stixCoreRelationshipsFromResults'];

const operation = (name: string, text: string): RequestParameters => ({
  id: null,
  cacheID: name,
  name,
  operationKind: 'query',
  text,
  metadata: {},
  providedVariables: {},
});

// Introspection first (one small answer); servers that forbid introspection get a query naming a G2 field instead.
const INTROSPECTION = operation(
  'ServerShapeIntrospectionQuery',
  'query ServerShapeIntrospectionQuery { __type(name: "SecurityCoverage") { fields { name } } }',
);
const G2_FIELD_TRY = operation(
  'ServerShapeFieldQuery',
  'query ServerShapeFieldQuery { securityCoverages(first: 1) { edges { node { id results { id } } } } }',
);

function run(environment: Environment, request: RequestParameters): Promise<unknown> {
  return new Promise((resolve, reject) => {
    environment
      .getNetwork()
      .execute(request, {}, { force: true })
      .subscribe({ next: resolve, error: reject });
  });
}

function fieldNames(payload: unknown): string[] | null {
  const type = (payload as { data?: { __type?: { fields?: { name: string }[] | null } | null } })
    ?.data?.__type;
  return type?.fields ? type.fields.map((f) => f.name) : null;
}

/** A validation failure about an unknown field: the server is older than the field. */
function isUnknownField(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return (
    error.code === 'GRAPHQL_VALIDATION_FAILED' ||
    error.errors.some((e) => /Cannot query field/i.test(e.message))
  );
}

async function probe(environment: Environment): Promise<ServerShape> {
  try {
    const fields = fieldNames(await run(environment, INTROSPECTION));
    if (fields) return G2_FIELDS.some((f) => fields.includes(f)) ? 'g2' : 'g1';
  } catch (error) {
    // Unreachable server, bad token…: the page reports it, and the next attempt probes again.
    if (!isApiError(error) || !['graphql', 'forbidden'].includes(error.kind)) throw error;
  }
  try {
    await run(environment, G2_FIELD_TRY);
    return 'g2';
  } catch (error) {
    if (isUnknownField(error)) return 'g1';
    throw error;
  }
}

const shapes = new WeakMap<Environment, Promise<ServerShape>>();

/** Object types only G2 servers have that can appear in a union (the targets of a relationship). */
const G2_ONLY_TYPES = ['SecurityCoverageResult'];
const G2_ONLY_FRAGMENT = new RegExp(`\\.\\.\\. on (${G2_ONLY_TYPES.join('|')})\\b[^{]*\\{`, 'g');

const G2_ONLY_TYPE = new RegExp(G2_ONLY_FRAGMENT.source);

/** Whether an operation's text names a type a G1 server does not have. */
export function mentionsG2OnlyType(text: string): boolean {
  return G2_ONLY_TYPE.test(text);
}

/**
 * The text to send to a server of this shape. The schema has no Node interface, so relay-compiler adds
 * `... on T { id }` for every member T of a union it selects from (a relationship's `from` / `to`); compiled against
 * the G2 schema, that includes SecurityCoverageResult, which G1 servers reject as an unknown type. For them those
 * inline fragments (never read by G1 code) are dropped; nothing else changes.
 */
export function adaptToServer(text: string, shape: ServerShape): string {
  if (shape === 'g2') return text;
  let out = '';
  let from = 0;
  for (const match of text.matchAll(G2_ONLY_FRAGMENT)) {
    if (match.index < from) continue;
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < text.length; end += 1) {
      if (text[end] === '{') depth += 1;
      else if (text[end] === '}' && (depth -= 1) === 0) break;
    }
    out += text.slice(from, match.index).replace(/[ \t]*$/, '');
    from = end + 1;
    if (text[from] === '\n') from += 1;
  }
  return out + text.slice(from);
}

/** The server's shape, probed once per environment (until forgotten); a failed probe is tried again next time. */
export function getServerShape(environment: Environment): Promise<ServerShape> {
  let shape = shapes.get(environment);
  if (!shape) {
    shape = probe(environment);
    shapes.set(environment, shape);
    shape.catch(() => {
      if (shapes.get(environment) === shape) shapes.delete(environment);
    });
  }
  return shape;
}

/**
 * The text to send for an operation through `environment`'s network: operations naming a G2-only type wait for the
 * server's shape (probed once) and are adapted to it; the others go as they are. The console's own network does
 * this; a host that embeds the pages with a Relay network of its own calls it before sending.
 */
export async function prepareOperationText(
  environment: Environment,
  text: string,
): Promise<string> {
  return mentionsG2OnlyType(text) ? adaptToServer(text, await getServerShape(environment)) : text;
}

/** Forgets the probed shape: on sign-out or when the connection moves to another server. */
export function forgetServerShape(environment: Environment): void {
  shapes.delete(environment);
}

/** The shape of the server behind the current Relay environment (suspends while the probe runs). */
export function useServerShape(): ServerShape {
  return use(getServerShape(useRelayEnvironment()));
}

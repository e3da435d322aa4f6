import {
  execute as graphqlExecute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { realClock, type Clock } from './clock';
import { DEFAULT_TIMINGS, type Shape, type Timings } from './domain/context';
import { advanceTo, resumeConnector, runNow, type EngineConfig } from './openaev/engine';
import type { ResolverContext } from './resolvers/context';
import { buildExecutableSchema } from './schema/executable';
import { SEED } from './seed/ids';
import { createSeededStore, type SeedKind } from './seed/index';
import { Store } from './store/store';
import type { StoreData, UserRecord } from './store/types';

export { ManualClock, type Clock } from './clock';

/** Bump when the shape of the persisted store changes: a saved state of another version is ignored. */
export const STORE_VERSION = 2;

export interface MockBackendOptions {
  /** Contents of mocks/schema.graphql (the browser passes a `?raw` import, Node reads the file). */
  sdl: string;
  clock?: Clock;
  /** 'scale' = demo seed + 10,000 extra coverages + one coverage with 5,000 tested entities. */
  seed?: SeedKind;
  /** g1: every `# LATEST` field/type is stripped and resolvers answer the G1 way. */
  shape?: Shape;
  timings?: Partial<Timings>;
  /** A string from `serialize()`: restored instead of seeding, unless its version differs. */
  state?: string;
}

export interface ExecuteRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export type MockUser = 'admin' | 'readonly';

export interface DemoControls {
  /** Runs the next simulation now (of that coverage, or the soonest scheduled one). */
  runNextSimulation(coverageId?: string): void;
  setConnectorOnline(online: boolean): void;
  failNextEnrichment(): void;
  isConnectorOnline(): boolean;
}

export interface MockBackend {
  execute(req: ExecuteRequest, ctx?: { user?: MockUser }): Promise<ExecutionResult>;
  /** Executable schema (resolvers attached) for graphql-http; pair it with `contextFor`. */
  schema: GraphQLSchema;
  contextFor(user: MockUser): ResolverContext;
  /** Advances works and simulations up to `clock.now()`. */
  tick(): void;
  serialize(): string;
  reset(): void;
  demo: DemoControls;
  readonly store: Store;
}

interface SerializedState {
  version: number;
  shape: Shape;
  data: StoreData;
}

function restore(state: string | undefined, shape: Shape): Store | null {
  if (!state) return null;
  try {
    const parsed: unknown = JSON.parse(state);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const candidate = parsed as Partial<SerializedState>;
    if (candidate.version !== STORE_VERSION || candidate.shape !== shape || !candidate.data)
      return null;
    return new Store(candidate.data);
  } catch {
    return null;
  }
}

/** Errors without an OpenCTI code get the one Apollo would give for that phase. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (typeof error.extensions.code === 'string') return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

export function withOpenCtiCodes(
  result: ExecutionResult,
  phase: 'execute' | 'variables',
): ExecutionResult {
  if (!result.errors) return result;
  const code = phase === 'variables' ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  return { ...result, errors: result.errors.map((error) => withCode(error, code)) };
}

const MAX_CACHED_DOCUMENTS = 300;

/** A small, faithful OpenCTI (+ a simulated OpenAEV) executing mocks/schema.graphql over an in-memory store. */
export function createMockBackend(opts: MockBackendOptions): MockBackend {
  const clock = opts.clock ?? realClock;
  const shape: Shape = opts.shape ?? 'g2';
  const seed: SeedKind = opts.seed ?? 'demo';
  const timings: Timings = { ...DEFAULT_TIMINGS, ...opts.timings };
  const config: EngineConfig = { timings, shape };
  const schema = buildExecutableSchema(opts.sdl, shape);
  const documents = new Map<
    string,
    { document: DocumentNode } | { errors: readonly GraphQLError[] }
  >();
  let store = restore(opts.state, shape) ?? createSeededStore(seed, clock.now(), timings, shape);

  const userRecord = (user: MockUser): UserRecord => {
    const id = user === 'admin' ? SEED.users.admin : SEED.users.readonly;
    const record = store.users.get(id);
    if (!record) throw new Error(`Unknown mock user ${user}`);
    return record;
  };

  const tick = (): void => advanceTo(store, clock.now(), config);

  const contextFor = (user: MockUser): ResolverContext => ({
    store,
    user: userRecord(user),
    shape,
    timings,
    now: () => clock.now(),
  });

  const prepare = (query: string) => {
    const cached = documents.get(query);
    if (cached) return cached;
    let entry: { document: DocumentNode } | { errors: readonly GraphQLError[] };
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length
        ? { errors: errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED')) }
        : { document };
    } catch (error) {
      const parseError = error instanceof GraphQLError ? error : new GraphQLError(String(error));
      entry = { errors: [withCode(parseError, 'GRAPHQL_PARSE_FAILED')] };
    }
    if (documents.size >= MAX_CACHED_DOCUMENTS) documents.clear();
    documents.set(query, entry);
    return entry;
  };

  const scenariosOnline = () =>
    store.openaev.scenarios.filter((s) => store.connectors.get(s.connectorId)?.online === true);

  const backend: MockBackend = {
    async execute(req, ctx) {
      tick();
      const prepared = prepare(req.query);
      if ('errors' in prepared) return { errors: prepared.errors };
      const result = await graphqlExecute({
        schema,
        document: prepared.document,
        variableValues: req.variables ?? undefined,
        operationName: req.operationName ?? undefined,
        contextValue: contextFor(ctx?.user ?? 'admin'),
      });
      return withOpenCtiCodes(result, 'data' in result ? 'execute' : 'variables');
    },
    schema,
    contextFor,
    tick,
    serialize() {
      const state: SerializedState = { version: STORE_VERSION, shape, data: store.toData() };
      return JSON.stringify(state);
    },
    reset() {
      store = createSeededStore(seed, clock.now(), timings, shape);
    },
    demo: {
      runNextSimulation(coverageId) {
        tick();
        const candidates = scenariosOnline().filter((s) =>
          coverageId ? s.coverageId === coverageId : s.nextRunAt !== null,
        );
        const targets = coverageId
          ? candidates
          : candidates
              .sort((a, b) => (a.nextRunAt ?? '').localeCompare(b.nextRunAt ?? ''))
              .slice(0, 1);
        for (const scenario of targets) runNow(store, scenario, clock.now());
      },
      setConnectorOnline(online) {
        tick();
        const connector = store.connectors.get(SEED.connectors.openaev);
        if (!connector || connector.online === online) return;
        if (online) resumeConnector(store, connector, clock.now());
        else {
          connector.online = false;
          store.touch();
        }
      },
      failNextEnrichment() {
        store.flags.failNextEnrichment = true;
        store.touch();
      },
      isConnectorOnline() {
        return store.connectors.get(SEED.connectors.openaev)?.online === true;
      },
    },
    get store() {
      return store;
    },
  };
  return backend;
}

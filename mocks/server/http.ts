import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { execute, getOperationAST, GraphQLError, parse, validate } from 'graphql';
import { createHandler, type Request as GraphQLHttpRequest } from 'graphql-http';
import { createMockBackend, type MockBackend, type MockUser } from '../backend';
import type { Clock } from '../clock';
import type { ResolverContext } from '../resolvers/context';
import { AUTH_REQUIRED_BODY } from '../store/errors';
import { FaultPlan, parseFault, type HttpFault } from './faults';

export interface MockHttpServerOptions {
  port?: number;
  host?: string;
  /** Bearer token of the admin user. */
  token: string;
  /** Bearer token of a read-only user (KNOWLEDGE only). */
  readonlyToken?: string;
  shape?: 'g1' | 'g2';
  seed?: 'demo' | 'scale';
  clock?: Clock;
}

export interface MockHttpServer {
  /** Base URL (like an OpenCTI URL), e.g. http://127.0.0.1:4000. */
  url: string;
  /** The GraphQL endpoint, `${url}/graphql`. */
  graphqlUrl: string;
  close(): Promise<void>;
  backend: MockBackend;
  /** The faults injected into `/graphql` answers (also driven over HTTP: `/__faults`, admin token). */
  faults: FaultPlan;
}

const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Max-Age': '600',
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * graphql-http loads `graphql` through Node's resolution (the CommonJS build) while bundlers such as Vitest give
 * the rest of mocks/ the ES build: two copies whose `instanceof` checks disagree. The handler therefore runs
 * parse / validate / execute from our copy (the one that built the schema), and validation errors are handed
 * back as the handler's own GraphQLError so that it answers them as request errors.
 */
const handlerGraphql: { GraphQLError: typeof GraphQLError } = createRequire(import.meta.url)(
  'graphql',
);

function withCode(
  error: Readonly<GraphQLError>,
  code: string,
  Type: typeof GraphQLError,
): GraphQLError {
  return new Type(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: {
      ...error.extensions,
      code: typeof error.extensions.code === 'string' ? error.extensions.code : code,
    },
  });
}

function isGraphQLErrorLike(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || error instanceof handlerGraphql.GraphQLError;
}

/** Errors without an OpenCTI code: validation (no path) or unexpected execution failures. */
function formatError(error: Readonly<GraphQLError | Error>): GraphQLError | Error {
  if (!isGraphQLErrorLike(error) || typeof error.extensions.code === 'string') return error;
  return withCode(
    error,
    error.path ? 'INTERNAL_SERVER_ERROR' : 'GRAPHQL_VALIDATION_FAILED',
    handlerGraphql.GraphQLError,
  );
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf-8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The operation name of a GraphQL request body, when it says (faults can target one operation). */
function operationNameOf(body: string): string | null {
  try {
    const value: unknown = JSON.parse(body);
    const name: unknown =
      typeof value === 'object' && value !== null ? Reflect.get(value, 'operationName') : null;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/**
 * Answers a request that meets `fault`; resolves to true when it has been answered (or dropped), false when the
 * request goes on to OpenCTI (a delay).
 */
async function applyFault(fault: HttpFault, req: IncomingMessage, res: ServerResponse) {
  switch (fault.kind) {
    case 'http500':
      res.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html><body><h1>500 Internal Server Error</h1></body></html>');
      return true;
    case 'network':
      req.socket.destroy();
      return true;
    case 'hang':
      // No answer: the connection stays open until the client gives up (or the server closes).
      return true;
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 0));
      return false;
    case 'graphqlErrors':
      send(res, 200, {
        data: null,
        errors: [
          {
            message: fault.message ?? 'Elasticsearch cluster is unavailable',
            extensions: { code: fault.code ?? 'DATABASE_ERROR' },
          },
        ],
      });
      return true;
  }
}

function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1]?.trim() ?? null;
}

/**
 * The mock OpenCTI over a real HTTP connection: `/graphql` (GraphQL over HTTP, graphql-http) behind Bearer-token
 * authentication, `/health`, CORS for cross-origin SPAs (Access-Control-Allow-Origin: *, as OpenCTI with an
 * empty base path), and `/__faults` to inject failures into the `/graphql` answers (see faults.ts).
 */
export async function startMockHttpServer(opts: MockHttpServerOptions): Promise<MockHttpServer> {
  const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  const backend = createMockBackend({ sdl, shape: opts.shape, seed: opts.seed, clock: opts.clock });
  const users = new WeakMap<IncomingMessage, MockUser>();
  const faults = new FaultPlan();
  const handle = createHandler<IncomingMessage, { res: ServerResponse }, ResolverContext>({
    schema: backend.schema,
    parse: (source, options) => {
      try {
        return parse(source, options);
      } catch (error) {
        throw error instanceof GraphQLError
          ? withCode(error, 'GRAPHQL_PARSE_FAILED', handlerGraphql.GraphQLError)
          : error;
      }
    },
    validate: (schema, document) =>
      validate(schema, document).map((e) =>
        withCode(e, 'GRAPHQL_VALIDATION_FAILED', handlerGraphql.GraphQLError),
      ),
    execute,
    getOperationAST,
    context: (req) => {
      backend.tick();
      return backend.contextFor(users.get(req.raw) ?? 'readonly');
    },
    formatError,
  });
  /** GraphQL over HTTP on a body already read (faults need the operation name before OpenCTI runs it). */
  const graphql = async (req: IncomingMessage, res: ServerResponse, body: string) => {
    const request: GraphQLHttpRequest<IncomingMessage, { res: ServerResponse }> = {
      url: req.url ?? '/graphql',
      method: req.method ?? 'POST',
      headers: req.headers,
      body: () => Promise.resolve(body),
      raw: req,
      context: { res },
    };
    const [payload, init] = await handle(request);
    res.writeHead(init.status, init.statusText, init.headers).end(payload);
  };

  /** `/__faults` (admin token): POST adds a fault (JSON, see faults.ts), DELETE clears them, GET lists them. */
  const admin = async (req: IncomingMessage, res: ServerResponse) => {
    if (bearer(req) !== opts.token) {
      send(res, 401, AUTH_REQUIRED_BODY);
      return;
    }
    if (req.method === 'DELETE') faults.clear();
    else if (req.method === 'POST') {
      try {
        faults.add(parseFault(JSON.parse(await readBody(req))));
      } catch (error) {
        send(res, 400, { error: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
    send(res, 200, { faults: faults.list() });
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    if (path === '/health') {
      send(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/__faults') {
      void admin(req, res);
      return;
    }
    if (path !== '/graphql') {
      send(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const token = bearer(req);
    const user: MockUser | null =
      token === opts.token
        ? 'admin'
        : opts.readonlyToken && token === opts.readonlyToken
          ? 'readonly'
          : null;
    if (!user) {
      send(res, 401, AUTH_REQUIRED_BODY);
      return;
    }
    users.set(req, user);
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    const answer = async () => {
      const body = req.method === 'POST' ? await readBody(req) : '';
      const fault = faults.take(operationNameOf(body));
      if (fault && (await applyFault(fault, req, res))) return;
      await graphql(req, res, body);
    };
    answer().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        send(res, 500, { errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    backend,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

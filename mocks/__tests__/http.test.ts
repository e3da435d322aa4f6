import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../backend';
import { startMockHttpServer, type MockHttpServer } from '../server/http';
import { NOW, pick } from './helpers';

let server: MockHttpServer;

beforeAll(async () => {
  server = await startMockHttpServer({
    port: 0,
    token: 'admin-secret',
    readonlyToken: 'reader-secret',
    clock: new ManualClock(NOW),
  });
});

afterAll(async () => {
  await server.close();
});

async function post(
  body: unknown,
  token?: string,
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json(), headers: response.headers };
}

describe('mock OpenCTI over HTTP', () => {
  it('answers with a valid token', async () => {
    const { status, json, headers } = await post(
      { query: '{ me { name } securityCoverages { pageInfo { globalCount } } }' },
      'admin-secret',
    );
    expect(status).toBe(200);
    expect(pick(json, 'data.me.name')).toBe('admin');
    expect(pick(json, 'data.securityCoverages.pageInfo.globalCount')).toBe(8);
    expect(headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a missing or wrong token with 401 AUTH_REQUIRED', async () => {
    for (const token of [undefined, 'wrong']) {
      const { status, json } = await post({ query: '{ me { name } }' }, token);
      expect(status).toBe(401);
      expect(json).toEqual({
        errors: [
          { message: 'You must be logged in to do this.', extensions: { code: 'AUTH_REQUIRED' } },
        ],
      });
    }
  });

  it('gives the read-only token FORBIDDEN_ACCESS on a mutation', async () => {
    const { status, json } = await post(
      { query: 'mutation { securityCoverageDelete(id: "x") }' },
      'reader-secret',
    );
    expect(status).toBe(200);
    expect(pick(json, 'errors.0.extensions.code')).toBe('FORBIDDEN_ACCESS');
    expect(pick(json, 'errors.0.message')).toBe('You are not allowed to do this.');
  });

  it('answers CORS preflights and /health', async () => {
    const preflight = await fetch(server.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://app.local',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });

  it('reports GraphQL validation errors with an OpenCTI-like code', async () => {
    const { json } = await post({ query: '{ nope }' }, 'admin-secret');
    expect(pick(json, 'errors.0.extensions.code')).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

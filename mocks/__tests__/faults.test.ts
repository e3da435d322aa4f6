import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../backend';
import { FaultPlan, parseFault } from '../server/faults';
import { startMockHttpServer, type MockHttpServer } from '../server/http';
import { NOW, pick } from './helpers';

describe('FaultPlan', () => {
  it('applies a fault to the next `count` requests of its operations, first added first', () => {
    const plan = new FaultPlan();
    plan.add({ kind: 'http500', count: 2, operations: ['A'] });
    plan.add({ kind: 'graphqlErrors' });
    expect(plan.take('B')?.kind).toBe('graphqlErrors');
    expect(plan.take('A')?.kind).toBe('http500');
    expect(plan.take('A')?.kind).toBe('http500');
    expect(plan.take('A')?.kind).toBe('graphqlErrors');
    expect(plan.list()).toEqual([{ kind: 'graphqlErrors', remaining: null }]);
    plan.clear();
    expect(plan.take('A')).toBeNull();
  });

  it('refuses what is not a fault, with the reason', () => {
    expect(() => parseFault({ kind: 'explode' })).toThrow(/"kind" must be one of/);
    expect(() => parseFault({ kind: 'http500', count: 0 })).toThrow(/positive integer/);
    expect(() => parseFault({ kind: 'delay' })).toThrow(/delayMs/);
    expect(() => parseFault({ kind: 'hang', operations: 'A' })).toThrow(/operation names/);
    expect(parseFault({ kind: 'delay', delayMs: 5000, count: 1 })).toEqual({
      kind: 'delay',
      delayMs: 5000,
      count: 1,
    });
  });
});

describe('fault injection over HTTP', () => {
  let server: MockHttpServer;
  const TOKEN = 'admin-secret';

  beforeAll(async () => {
    server = await startMockHttpServer({
      port: 0,
      token: TOKEN,
      readonlyToken: 'reader-secret',
      clock: new ManualClock(NOW),
    });
  });
  afterEach(() => server.faults.clear());
  afterAll(async () => {
    await server.close();
  });

  const post = (operationName: string) =>
    fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: `query ${operationName} { me { name } }`, operationName }),
    });

  const admin = (method: string, body?: unknown, token = TOKEN) =>
    fetch(`${server.url}/__faults`, {
      method,
      headers: { Authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('takes faults from the admin token only, and says which are in force', async () => {
    expect((await admin('POST', { kind: 'http500' }, 'reader-secret')).status).toBe(401);
    expect((await admin('POST', { kind: 'nope' })).status).toBe(400);
    const added = await admin('POST', { kind: 'http500', count: 1, operations: ['Me'] });
    expect(await added.json()).toEqual({
      faults: [{ kind: 'http500', count: 1, operations: ['Me'], remaining: 1 }],
    });
    expect(await (await admin('DELETE')).json()).toEqual({ faults: [] });
  });

  it('answers HTTP 500 to the targeted operation, the given number of times', async () => {
    await admin('POST', { kind: 'http500', count: 1, operations: ['Me'] });
    expect((await post('Other')).status).toBe(200);
    const failed = await post('Me');
    expect(failed.status).toBe(500);
    expect(await failed.text()).toMatch(/Internal Server Error/);
    expect(pick(await (await post('Me')).json(), 'data.me.name')).toBe('admin');
  });

  it('drops the connection, answers GraphQL errors, or answers late', async () => {
    server.faults.add({ kind: 'network', count: 1 });
    await expect(post('Me')).rejects.toThrow();
    server.faults.add({ kind: 'graphqlErrors', count: 1, message: 'Boom', code: 'X' });
    expect(await (await post('Me')).json()).toEqual({
      data: null,
      errors: [{ message: 'Boom', extensions: { code: 'X' } }],
    });
    server.faults.add({ kind: 'delay', delayMs: 200, count: 1 });
    const started = Date.now();
    expect((await post('Me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('hangs until the client gives up', async () => {
    server.faults.add({ kind: 'hang', count: 1 });
    await expect(
      fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: '{ me { name } }' }),
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
    expect((await post('Me')).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentMockBackend, resetMockBackend, server, TEST_NOW } from '../node';
import { pick } from './helpers';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch('http://opencti.test/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('MSW node server', () => {
  it('executes through the current backend and follows resetMockBackend', async () => {
    const backend = resetMockBackend();
    expect(currentMockBackend()).toBe(backend);
    expect(backend.store.settings.created_at < new Date(TEST_NOW).toISOString()).toBe(true);
    const before = await graphql('{ securityCoverages { pageInfo { globalCount } } }');
    expect(pick(before, 'data.securityCoverages.pageInfo.globalCount')).toBe(8);
    resetMockBackend({ seed: 'empty' });
    const after = await graphql('{ securityCoverages { pageInfo { globalCount } } }');
    expect(pick(after, 'data.securityCoverages.pageInfo.globalCount')).toBe(0);
  });

  it('acts as the read-only user when asked', async () => {
    resetMockBackend({ user: 'readonly' });
    const result = await graphql('mutation { securityCoverageDelete(id: "x") }');
    expect(pick(result, 'errors.0.extensions.code')).toBe('FORBIDDEN_ACCESS');
  });

  it('answers malformed requests with 400', async () => {
    const response = await fetch('http://opencti.test/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"nope": 1}',
    });
    expect(response.status).toBe(400);
  });
});

import { describe, expect, it } from 'vitest';
import { fetchGraphQL } from './fetchGraphQL';
import { ApiError } from './errors';

const body = { query: '{ me { name } }', variables: {} };
const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

function fakeFetch(respond: (init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: RequestInit[] = [];
  const impl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {});
    return respond(init);
  }) as typeof fetch;
  return { impl, calls };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('fetchGraphQL', () => {
  it('posts JSON and returns the payload', async () => {
    const { impl, calls } = fakeFetch(() => json({ data: { me: { name: 'Ada' } } }));
    const payload = await fetchGraphQL({ url: 'http://x/graphql', fetchImpl: impl }, body);
    expect(payload.data).toEqual({ me: { name: 'Ada' } });
    expect(calls[0]?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.body))).toEqual(body);
    expect((calls[0]?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('sends the Bearer token in a header, never in the URL', async () => {
    const { impl, calls } = fakeFetch(() => json({ data: {} }));
    await fetchGraphQL(
      { url: 'http://x/graphql', fetchImpl: impl, getToken: () => 's3cret' },
      body,
    );
    expect((calls[0]?.headers as Record<string, string>).Authorization).toBe('Bearer s3cret');
  });

  it('classifies GraphQL errors by extensions.code', async () => {
    const { impl } = fakeFetch(() =>
      json({
        data: null,
        errors: [
          { message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN_ACCESS' } },
        ],
      }),
    );
    const error = await failure(fetchGraphQL({ url: 'http://x/graphql', fetchImpl: impl }, body));
    expect(error.kind).toBe('forbidden');
    expect(error.code).toBe('FORBIDDEN_ACCESS');
  });

  it('reports the field of a functional error', async () => {
    const { impl } = fakeFetch(() =>
      json({
        errors: [
          {
            message: 'Name too short',
            extensions: { code: 'FUNCTIONAL_ERROR', data: { field: 'name' } },
          },
        ],
      }),
    );
    const error = await failure(fetchGraphQL({ url: 'http://x/graphql', fetchImpl: impl }, body));
    expect(error.kind).toBe('functional');
    expect(error.field).toBe('name');
  });

  it('returns partial data with errors so the screen can render what it has', async () => {
    const { impl } = fakeFetch(() =>
      json({ data: { me: null }, errors: [{ message: 'partial' }] }),
    );
    const payload = await fetchGraphQL({ url: 'http://x/graphql', fetchImpl: impl }, body);
    expect(payload.data).toEqual({ me: null });
  });

  it('turns HTTP 401 into an authentication error and 500 into an HTTP error', async () => {
    const unauthorized = fakeFetch(() => new Response('nope', { status: 401 }));
    expect(
      (await failure(fetchGraphQL({ url: 'u', fetchImpl: unauthorized.impl }, body))).kind,
    ).toBe('auth');
    const broken = fakeFetch(() => new Response('<html>oops</html>', { status: 500 }));
    const error = await failure(fetchGraphQL({ url: 'u', fetchImpl: broken.impl }, body));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
  });

  it('reports AUTH_REQUIRED bodies as authentication errors', async () => {
    const { impl } = fakeFetch(() =>
      json(
        {
          errors: [
            { message: 'You must be logged in to do this.', extensions: { code: 'AUTH_REQUIRED' } },
          ],
        },
        401,
      ),
    );
    expect((await failure(fetchGraphQL({ url: 'u', fetchImpl: impl }, body))).kind).toBe('auth');
  });

  it('distinguishes an unreachable server from a timeout', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(fetchGraphQL({ url: 'u', fetchImpl: down.impl }, body))).kind).toBe(
      'network',
    );
    const slow = fakeFetch(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const error = await failure(
      fetchGraphQL({ url: 'u', fetchImpl: slow.impl, timeoutMs: 20 }, body),
    );
    expect(error.kind).toBe('timeout');
  });

  it('never puts the token in an error message', async () => {
    const { impl } = fakeFetch(() => new Response('', { status: 500 }));
    const error = await failure(
      fetchGraphQL({ url: 'u', fetchImpl: impl, getToken: () => 'tok-123' }, body),
    );
    expect(error.message).not.toContain('tok-123');
  });
});

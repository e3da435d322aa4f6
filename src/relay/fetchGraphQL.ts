import { ApiError, errorFromGraphQL, isGraphQLErrorList } from './errors';

export interface FetchGraphQLOptions {
  /** The endpoint, or a function read on every request (the live-mode connection can change without a reload). */
  url: string | (() => string);
  /** Returns the Bearer token to send, if any. Read on every request so that sign-in takes effect at once. */
  getToken?: () => string | null | undefined;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface GraphQLPayload {
  data?: Record<string, unknown> | null;
  errors?: unknown;
  extensions?: Record<string, unknown>;
}

/**
 * POSTs one operation as JSON and returns the payload. It throws an ApiError when the request fails, the server
 * answers with a non-2xx status, or the payload carries errors and no data. Partial data with errors is returned
 * as is, so Relay renders what it has (fields it cannot resolve are null).
 */
export async function fetchGraphQL(
  options: FetchGraphQLOptions,
  body: { query: string; variables: Record<string, unknown>; operationName?: string },
  signal?: AbortSignal,
): Promise<GraphQLPayload> {
  const { getToken, timeoutMs = 30_000, fetchImpl = fetch } = options;
  const url = typeof options.url === 'function' ? options.url() : options.url;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);

  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  const token = getToken?.();
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: controller.signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (timedOut)
      throw new ApiError(
        'timeout',
        `No answer from the server within ${Math.round(timeoutMs / 1000)} s`,
        { cause },
      );
    throw new ApiError('network', 'The server could not be reached', { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  const payload = await readJson(response);
  if (payload && isGraphQLErrorList(payload.errors) && payload.errors.length > 0 && !payload.data) {
    throw errorFromGraphQL(payload.errors, response.status);
  }
  if (!response.ok) {
    if (response.status === 401)
      throw new ApiError('auth', 'Authentication required', { status: 401 });
    throw new ApiError('http', `The server answered HTTP ${response.status}`, {
      status: response.status,
    });
  }
  if (!payload)
    throw new ApiError('http', 'The server answered with something that is not GraphQL', {
      status: response.status,
    });
  return payload;
}

async function readJson(response: Response): Promise<GraphQLPayload | null> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null ? (value as GraphQLPayload) : null;
  } catch {
    return null;
  }
}

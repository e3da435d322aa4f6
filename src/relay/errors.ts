/**
 * Typed failures of the GraphQL transport. Every error the network layer throws is an ApiError, so the UI can
 * say what happened (and what the user can do) without parsing messages. Messages never contain the token.
 */
export type ApiErrorKind =
  | 'network' // the server could not be reached (offline, DNS, CORS refused)
  | 'timeout' // no answer within the configured time
  | 'http' // an HTTP status other than 2xx, with no GraphQL body to explain it
  | 'auth' // AUTH_REQUIRED or HTTP 401: the token is missing, wrong or expired
  | 'forbidden' // FORBIDDEN_ACCESS: the user lacks a capability
  | 'functional' // FUNCTIONAL_ERROR and other business-rule refusals
  | 'graphql'; // any other GraphQL error

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; data?: Record<string, unknown> } & Record<string, unknown>;
  path?: ReadonlyArray<string | number>;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly errors: readonly GraphQLErrorEntry[];

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: {
      status?: number;
      code?: string;
      errors?: readonly GraphQLErrorEntry[];
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.code = options.code;
    this.errors = options.errors ?? [];
  }

  /** The field a functional error is about, when the server says (extensions.data.field). */
  get field(): string | undefined {
    const field = this.errors[0]?.extensions?.data?.field;
    return typeof field === 'string' ? field : undefined;
  }
}

const KIND_BY_CODE: Record<string, ApiErrorKind> = {
  AUTH_REQUIRED: 'auth',
  FORBIDDEN_ACCESS: 'forbidden',
  FUNCTIONAL_ERROR: 'functional',
  VALIDATION_ERROR: 'functional',
  ALREADY_DELETED_ERROR: 'functional',
  UNSUPPORTED_ERROR: 'functional',
};

/** Builds the ApiError for a GraphQL `errors[]` array, classified by the first error's extensions.code. */
export function errorFromGraphQL(errors: readonly GraphQLErrorEntry[], status?: number): ApiError {
  const first = errors[0];
  const code = first?.extensions?.code;
  const kind = (code && KIND_BY_CODE[code]) || (status === 401 ? 'auth' : 'graphql');
  return new ApiError(kind, first?.message ?? 'Unknown GraphQL error', { status, code, errors });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isGraphQLErrorList(value: unknown): value is GraphQLErrorEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as { message?: unknown }).message === 'string',
    )
  );
}

import { GraphQLError } from 'graphql';

/**
 * OpenCTI-shaped errors: `errors[].message` + `extensions.code`, with `extensions.data` for the details a form
 * needs (e.g. `{ field: 'name' }`).
 */
export type OpenCtiErrorCode =
  | 'FUNCTIONAL_ERROR'
  | 'FORBIDDEN_ACCESS'
  | 'AUTH_REQUIRED'
  | 'AUTH_FAILURE'
  | 'UNSUPPORTED_ERROR'
  | 'ALREADY_DELETED_ERROR'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_USER_INPUT';

export function openCtiError(
  code: OpenCtiErrorCode,
  message: string,
  data?: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(message, { extensions: data ? { code, data } : { code } });
}

export function functionalError(message: string, data?: Record<string, unknown>): GraphQLError {
  return openCtiError('FUNCTIONAL_ERROR', message, {
    http_status: 400,
    genre: 'BUSINESS',
    ...data,
  });
}

export function forbiddenError(): GraphQLError {
  return openCtiError('FORBIDDEN_ACCESS', 'You are not allowed to do this.');
}

export function authRequiredError(): GraphQLError {
  return openCtiError('AUTH_REQUIRED', 'You must be logged in to do this.');
}

export const AUTH_REQUIRED_BODY = {
  errors: [{ message: 'You must be logged in to do this.', extensions: { code: 'AUTH_REQUIRED' } }],
} as const;

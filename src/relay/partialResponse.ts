import {
  errorFromGraphQL,
  isGraphQLErrorList,
  type ApiError,
  type GraphQLErrorEntry,
} from './errors';
import type { GraphQLPayload } from './fetchGraphQL';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/**
 * The `networkCacheConfig` of a query whose answer is used only whole (an export): any error in it is a failure,
 * since a file with silently missing rows or cells is worse than none.
 */
export const COMPLETE_ANSWER = { metadata: { completeAnswer: true } } as const;

/** Whether a request's cache config asks for a complete answer (see COMPLETE_ANSWER). */
export function wantsCompleteAnswer(
  cacheConfig: { metadata?: unknown } | null | undefined,
): boolean {
  const metadata = cacheConfig?.metadata;
  return (
    typeof metadata === 'object' &&
    metadata !== null &&
    Reflect.get(metadata, 'completeAnswer') === true
  );
}

/** The `errors[]` of a payload that also carries data (OpenCTI resolved part of the operation). */
export function partialErrors(payload: GraphQLPayload): readonly GraphQLErrorEntry[] {
  if (!payload.data || !isGraphQLErrorList(payload.errors)) return [];
  return payload.errors;
}

/**
 * When a payload with data must still be treated as a failure:
 * - a mutation with any error did not do what was asked (at least not all of it), and its callers must hear why,
 *   with OpenCTI's code (a refused name is shown next to the name field);
 * - a query whose top-level field came back null because of an error has lost what the screen is about: showing
 *   "not found" or an empty list would be wrong, so the screen says what failed instead.
 * Errors below a top-level field that did arrive leave a usable partial answer (returns null), unless the caller
 * asked for a `complete` answer.
 */
export function failureOfPartial(
  payload: GraphQLPayload,
  kind: OperationKind,
  complete = false,
): ApiError | null {
  const errors = partialErrors(payload);
  if (errors.length === 0) return null;
  if (kind === 'mutation' || complete) return errorFromGraphQL(errors);
  const data = payload.data ?? {};
  const lost = errors.filter((error) => {
    const root = error.path?.[0];
    return root !== undefined && data[String(root)] == null;
  });
  return lost.length > 0 ? errorFromGraphQL(lost) : null;
}

import type { DomainContext, Shape, Timings } from '../domain/context';
import { forbiddenError } from '../store/errors';
import type { Store } from '../store/store';
import type { UserRecord } from '../store/types';

/**
 * The per-request GraphQL context. A type alias (not an interface) so it is assignable to graphql-http's
 * `OperationContext` record type.
 */
export type ResolverContext = {
  store: Store;
  user: UserRecord;
  shape: Shape;
  timings: Timings;
  now: () => number;
};

export function domainContext(ctx: ResolverContext): DomainContext {
  return {
    store: ctx.store,
    now: ctx.now(),
    userId: ctx.user.id,
    shape: ctx.shape,
    timings: ctx.timings,
  };
}

export type Capability =
  | 'KNOWLEDGE'
  | 'KNOWLEDGE_KNUPDATE'
  | 'KNOWLEDGE_KNUPDATE_KNDELETE'
  | 'KNOWLEDGE_KNENRICHMENT'
  | 'CONNECTORAPI';

/** OpenCTI's `@auth(for: [...])`: the user must hold the capability. */
export function requireCapability(ctx: ResolverContext, capability: Capability): void {
  if (!ctx.user.capabilities.includes(capability)) throw forbiddenError();
}

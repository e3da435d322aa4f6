import { hasCoveredOf } from '../domain/coverageView';
import { enrichmentConnectorsFor } from '../domain/enrichment';
import { parentTypes, readField, recordName, RELATIONSHIP_PARENT_TYPES } from '../domain/listing';
import type { Store } from '../store/store';
import type { DomainRecord, RelationshipRecord, StixRecord } from '../store/types';
import { int, type Args } from './args';
import type { ResolverContext } from './context';
import { entityConnection, relationshipConnection } from './lists';
import { isDomain, isRelationship, isStixRecord } from './sources';

export type FieldResolver = (source: unknown, args: Args, ctx: ResolverContext) => unknown;

/** A Creator as OpenCTI exposes users in `creators`, `user`, … */
export function creatorOf(store: Store, userId: string | null | undefined): unknown {
  const user = userId ? store.users.get(userId) : undefined;
  return user ?? null;
}

function ids(source: unknown, key: string): string[] {
  const value = isRecord(source) ? readField(source, key) : undefined;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function lookup(store: Store, list: readonly string[]): StixRecord[] {
  return list.map((id) => store.get(id)).filter((r): r is StixRecord => r !== undefined);
}

/** G1 kept has-covered on the coverage: in the G1 view a result as source reads as its coverage. */
export function presentedSource(
  ctx: ResolverContext,
  rel: RelationshipRecord,
): StixRecord | undefined {
  const from = ctx.store.get(rel.fromId);
  if (ctx.shape === 'g1' && from?.entity_type === 'Security-Coverage-Result') {
    return ctx.store.get(from.resultOf);
  }
  return from;
}

/** Relationships attached to an entity (either side), as `Entity.stixCoreRelationships` lists them. */
export function relationshipsAround(
  ctx: ResolverContext,
  record: DomainRecord,
): RelationshipRecord[] {
  const rels = [...ctx.store.relationshipsFrom(record.id), ...ctx.store.relationshipsTo(record.id)];
  if (record.entity_type === 'Security-Coverage' && ctx.shape === 'g1') {
    rels.push(...hasCoveredOf(ctx.store, record, 'g1'));
  }
  return rels;
}

/**
 * Resolvers shared by every type that declares the field (StixObject / StixCoreObject / StixDomainObject
 * members, relationships, internal objects); type-specific resolvers take precedence.
 */
export const COMMON_FIELDS: Readonly<Record<string, FieldResolver>> = {
  entity_type: (source) =>
    isRelationship(source)
      ? source.relationship_type
      : isRecord(source)
        ? readField(source, 'entity_type')
        : null,
  standard_id: (source) => {
    if (!isRecord(source)) return null;
    const value = readField(source, 'standard_id');
    if (typeof value === 'string') return value;
    const type = String(readField(source, 'entity_type') ?? 'internal').toLowerCase();
    return `${type}--${String(readField(source, 'id'))}`;
  },
  parent_types: (source) => {
    if (isRelationship(source)) return RELATIONSHIP_PARENT_TYPES;
    if (isStixRecord(source)) return parentTypes(source.entity_type);
    return ['Basic-Object', 'Internal-Object'];
  },
  representative: (source, _args, ctx) => {
    if (isRelationship(source)) {
      const from = presentedSource(ctx, source);
      return {
        main: `${recordName(from)} → ${recordName(ctx.store.get(source.toId))}`,
        secondary: source.description,
      };
    }
    if (isStixRecord(source)) {
      return { main: recordName(source), secondary: readField(source, 'description') ?? null };
    }
    const name = isRecord(source)
      ? (readField(source, 'name') ?? readField(source, 'platform_title'))
      : null;
    return { main: typeof name === 'string' ? name : '', secondary: null };
  },
  is_inferred: () => false,
  spec_version: () => '2.1',
  draftVersion: () => null,
  refreshed_at: () => null,
  lang: (source) => (isRecord(source) ? (readField(source, 'lang') ?? 'en') : 'en'),
  x_opencti_stix_ids: (source) => ids(source, 'x_opencti_stix_ids'),
  creators: (source, _args, ctx) =>
    ids(source, 'creators')
      .map((id) => ctx.store.users.get(id))
      .filter((u) => u !== undefined),
  createdBy: (source, _args, ctx) => {
    const id = isRecord(source) ? readField(source, 'createdBy') : null;
    return typeof id === 'string' ? (ctx.store.getDomain(id) ?? null) : null;
  },
  objectMarking: (source, _args, ctx) => lookup(ctx.store, ids(source, 'objectMarking')),
  objectLabel: (source, _args, ctx) => lookup(ctx.store, ids(source, 'objectLabel')),
  killChainPhases: (source, _args, ctx) => lookup(ctx.store, ids(source, 'killChainPhases')),
  objectOrganization: () => [],
  currentUserAccessRight: (_source, _args, ctx) => (ctx.user.role === 'admin' ? 'admin' : 'view'),
  revoked: (source) => (isRecord(source) ? readField(source, 'revoked') === true : false),
  connectors: (source, args, ctx) => {
    if (!isDomain(source)) return [];
    const onlyAlive = args.onlyAlive === true;
    return enrichmentConnectorsFor(ctx.store, source.entity_type).filter(
      (c) => !onlyAlive || c.online,
    );
  },
  jobs: (source, args, ctx) => {
    if (!isDomain(source)) return [];
    return ctx.store.worksOf(source.id).slice(0, Math.min(int(args, 'first') ?? 50, 500));
  },
  securityCoverage: (source, _args, ctx) =>
    isDomain(source) ? (ctx.store.coverageOf(source.id) ?? null) : null,
  objects: (source, args, ctx) => {
    if (!isDomain(source) || !('objects' in source)) return null;
    const items = source.objects
      .map((id) => ctx.store.getDomain(id))
      .filter((r) => r !== undefined);
    const connection = entityConnection(ctx, items, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, types: ['manual'] })),
    };
  },
  stixCoreRelationships: (source, args, ctx) =>
    isDomain(source) ? relationshipConnection(ctx, relationshipsAround(ctx, source), args) : null,
};

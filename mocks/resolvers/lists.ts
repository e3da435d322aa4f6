import { entityKeys, relationshipKeys } from '../domain/filterKeys';
import { matchesSearch, readField, typeMatches } from '../domain/listing';
import { entitySortValue, relationshipSortValue } from '../domain/sorting';
import { compileFilterGroup, type KeyRegistry } from '../store/filters';
import { paginate, type Connection, type SortValue } from '../store/paginate';
import type { DomainRecord, RelationshipRecord } from '../store/types';
import { filters, int, orderMode, str, strList, type Args } from './args';
import type { ResolverContext } from './context';

/**
 * One list engine for every connection: types → filters (FilterGroup) → search → sort → cursor page.
 * Without `orderBy`, a search sorts by relevance and anything else lists newest first.
 */
export function entityConnection<T extends DomainRecord>(
  ctx: ResolverContext,
  items: readonly T[],
  args: Args,
  types: readonly string[] | null = strList(args, 'types'),
): Connection<T> {
  const now = ctx.now();
  const test = compileFilterGroup(filters(args), entityKeys(ctx.store, ctx.shape), { now });
  const search = str(args, 'search');
  const selected = items.filter(
    (item) => typeMatches(item.entity_type, types) && matchesSearch(item, search) && test(item),
  );
  const orderBy = str(args, 'orderBy') ?? (search ? '_score' : 'created_at');
  const mode = orderMode(args) ?? (orderBy === '_score' || !str(args, 'orderBy') ? 'desc' : 'asc');
  return paginate(selected, {
    first: int(args, 'first'),
    after: str(args, 'after'),
    sortValue: entitySortValue(ctx.store, ctx.shape, orderBy, search),
    orderMode: mode,
  });
}

function refValues(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

/** The relationship arguments of `stixCoreRelationships(...)` as a predicate. */
export function relationshipArgsTest(
  ctx: ResolverContext,
  args: Args,
): (rel: RelationshipRecord) => boolean {
  const store = ctx.store;
  const type = str(args, 'relationship_type');
  const resolveIds = (ids: string[] | null): Set<string> | null =>
    ids ? new Set(ids.map((id) => store.get(id)?.id ?? id)) : null;
  const fromIds = resolveIds(refValues(args.fromId));
  const toIds = resolveIds(refValues(args.toId));
  const fromTypes = strList(args, 'fromTypes');
  const toTypes = strList(args, 'toTypes');
  const confidences = Array.isArray(args.confidences)
    ? args.confidences.filter((c): c is number => typeof c === 'number')
    : null;
  return (rel) => {
    if (type && type !== rel.relationship_type && type !== 'stix-core-relationship') return false;
    if (fromIds && !fromIds.has(rel.fromId)) return false;
    if (toIds && !toIds.has(rel.toId)) return false;
    if (fromTypes?.length) {
      const from = store.get(rel.fromId);
      if (!from || !typeMatches(from.entity_type, fromTypes)) return false;
    }
    if (toTypes?.length) {
      const to = store.get(rel.toId);
      if (!to || !typeMatches(to.entity_type, toTypes)) return false;
    }
    if (confidences?.length && (rel.confidence === null || !confidences.includes(rel.confidence)))
      return false;
    return true;
  };
}

/** Search on relationships: the target's (else the source's) name, MITRE id or aliases. */
export function relationshipMatchesSearch(
  ctx: ResolverContext,
  rel: RelationshipRecord,
  search: string | null,
): boolean {
  if (!search || !search.trim()) return true;
  const to = ctx.store.get(rel.toId);
  const from = ctx.store.get(rel.fromId);
  return (
    (to !== undefined && matchesSearch(to, search)) ||
    (from !== undefined && matchesSearch(from, search))
  );
}

export function relationshipConnection(
  ctx: ResolverContext,
  rels: readonly RelationshipRecord[],
  args: Args,
): Connection<RelationshipRecord> {
  const argsTest = relationshipArgsTest(ctx, args);
  const test = compileFilterGroup(filters(args), relationshipKeys(ctx.store), { now: ctx.now() });
  const search = str(args, 'search');
  const selected = rels.filter(
    (rel) => argsTest(rel) && relationshipMatchesSearch(ctx, rel, search) && test(rel),
  );
  const orderBy = str(args, 'orderBy') ?? (search ? '_score' : 'created_at');
  const mode = orderMode(args) ?? (orderBy === '_score' || !str(args, 'orderBy') ? 'desc' : 'asc');
  return paginate(selected, {
    first: int(args, 'first'),
    after: str(args, 'after'),
    sortValue: relationshipSortValue(ctx.store, orderBy, search),
    orderMode: mode,
  });
}

/** Lists of other records (labels, markings, vocabularies, works, logs): a registry and plain-field sorting. */
export function simpleConnection<T extends { id: string }>(
  ctx: ResolverContext,
  items: readonly T[],
  args: Args,
  options: {
    registry: KeyRegistry<T>;
    searchFields: readonly string[];
    defaultOrderBy: string;
    defaultOrderMode?: 'asc' | 'desc';
    sortValue?: (item: T, orderBy: string) => SortValue;
  },
): Connection<T> {
  const test = compileFilterGroup(filters(args), options.registry, { now: ctx.now() });
  const search = str(args, 'search')?.toLowerCase().trim() ?? '';
  const selected = items.filter(
    (item) =>
      test(item) &&
      (!search ||
        options.searchFields.some((field) => {
          const value = readField(item, field);
          return typeof value === 'string' && value.toLowerCase().includes(search);
        })),
  );
  const orderBy = str(args, 'orderBy') ?? options.defaultOrderBy;
  const read = (item: T): SortValue => {
    if (options.sortValue) return options.sortValue(item, orderBy);
    const value = readField(item, orderBy);
    return typeof value === 'string' || typeof value === 'number' ? value : null;
  };
  return paginate(selected, {
    first: int(args, 'first'),
    after: str(args, 'after'),
    sortValue: read,
    orderMode: orderMode(args) ?? options.defaultOrderMode ?? 'asc',
  });
}

import type { SortValue } from '../store/paginate';
import type { Store } from '../store/store';
import type { DomainRecord, RelationshipRecord } from '../store/types';
import type { Shape } from './context';
import { coverageValues } from './coverageView';
import { readField, recordName, searchScore } from './listing';

// ---- sorting -------------------------------------------------------------------------------------------

function firstScalar(value: unknown): SortValue {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string' || typeof first === 'number') return first;
  if (typeof first === 'boolean') return first ? 1 : 0;
  return null;
}

function markingRank(store: Store, ids: readonly string[]): SortValue {
  const orders = ids
    .map((id) => store.getOfType('Marking-Definition', id)?.x_opencti_order)
    .filter((o): o is number => o !== undefined);
  return orders.length ? Math.max(...orders) : null;
}

function userName(store: Store, ids: readonly string[]): SortValue {
  const first = ids[0];
  return first ? (store.users.get(first)?.name ?? null) : null;
}

export function entitySortValue(
  store: Store,
  shape: Shape,
  orderBy: string | null | undefined,
  search: string | null | undefined,
): ((item: DomainRecord) => SortValue) | null {
  if (!orderBy) return null;
  switch (orderBy) {
    case '_score':
      return (item) => searchScore(item, search);
    case 'creator':
      return (item) => userName(store, item.creators);
    case 'createdBy':
      return (item) => recordName(item.createdBy ? store.get(item.createdBy) : undefined) || null;
    case 'objectMarking':
      return (item) => markingRank(store, item.objectMarking);
    case 'objectLabel':
      return (item) => recordName(store.get(item.objectLabel[0] ?? '')) || null;
    case 'coverage_last_result':
      return (item) =>
        item.entity_type === 'Security-Coverage'
          ? coverageValues(store, item, shape).coverage_last_result
          : item.entity_type === 'Security-Coverage-Result'
            ? item.coverage_last_result
            : null;
    default:
      return (item) => firstScalar(readField(item, orderBy));
  }
}

/**
 * Sort values of relationships. `entity_type` is the relationship's own type (as in OpenCTI, where sorting
 * has-covered rows by it changes nothing); `toName` sorts by the target's name.
 */
export function relationshipSortValue(
  store: Store,
  orderBy: string | null | undefined,
  search: string | null | undefined,
): ((rel: RelationshipRecord) => SortValue) | null {
  if (!orderBy) return null;
  switch (orderBy) {
    case 'entity_type':
    case 'relationship_type':
      return (rel) => rel.relationship_type;
    case 'toName':
      return (rel) => recordName(store.get(rel.toId)) || null;
    case '_score':
      return (rel) => {
        const to = store.get(rel.toId);
        return to ? searchScore(to, search) : 0;
      };
    case 'creator':
      return (rel) => userName(store, rel.creators);
    case 'createdBy':
      return (rel) => recordName(rel.createdBy ? store.get(rel.createdBy) : undefined) || null;
    case 'objectMarking':
      return (rel) => markingRank(store, rel.objectMarking);
    case 'objectLabel':
      return (rel) => recordName(store.get(rel.objectLabel[0] ?? '')) || null;
    case 'killChainPhase':
    case 'toValidFrom':
    case 'toValidUntil':
    case 'toObservableValue':
    case 'toPatternType':
    case 'x_opencti_workflow_id':
      return () => null;
    default:
      return (rel) => firstScalar(readField(rel, orderBy));
  }
}

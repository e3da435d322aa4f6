/** OpenCTI's FilterGroup (since 5.12), as its GraphQL input takes it. */
export type FilterOperator = 'eq' | 'not_eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'nil' | 'not_nil';

export interface Filter {
  key: string[];
  values: unknown[];
  operator?: FilterOperator;
  mode?: 'and' | 'or';
}

export interface FilterGroup {
  mode: 'and' | 'or';
  filters: Filter[];
  filterGroups: FilterGroup[];
}

export function filterGroup(filters: Filter[], mode: 'and' | 'or' = 'and'): FilterGroup {
  return { mode, filters, filterGroups: [] };
}

/** `key = any of values` */
export function anyOf(key: string, values: readonly unknown[]): Filter {
  return { key: [key], values: [...values], operator: 'eq', mode: 'or' };
}

/**
 * Entities whose `relationshipType` link points to an entity matching `target` — OpenCTI's `regardingOf` filter with a
 * dynamic sub-filter, used here to filter coverages by the type of the entity they cover.
 */
export function regardingOfDynamic(relationshipType: string, target: FilterGroup): Filter {
  return {
    key: ['regardingOf'],
    values: [
      { key: 'relationship_type', values: [relationshipType] },
      { key: 'dynamic', values: [target] },
    ],
    operator: 'eq',
    mode: 'or',
  };
}

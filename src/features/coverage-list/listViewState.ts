import {
  anyOf,
  filterGroup,
  regardingOfDynamic,
  type Filter,
  type FilterGroup,
} from '../../lib/filters';
import { COVERABLE_ENTITY_TYPES, type CoverableEntityType } from '../../lib/entityTypes';

/** The SecurityCoverageOrdering values the list offers as sortable columns. */
export const SORT_KEYS = ['name', 'coverage_last_result', 'objectMarking', 'created'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type CoverageMode = 'automated' | 'manual';

/** Everything that defines what the list shows. It lives in the URL, so a view can be shared and the back button restores it. */
export interface ListViewState {
  search: string;
  sortBy: SortKey;
  orderAsc: boolean;
  types: CoverableEntityType[];
  mode: CoverageMode | null;
  labels: string[];
  markings: string[];
}

export const DEFAULT_VIEW: ListViewState = {
  search: '',
  sortBy: 'created',
  orderAsc: false,
  types: [],
  mode: null,
  labels: [],
  markings: [],
};

const unique = <T>(values: T[]) => [...new Set(values)];

/** Reads the view from the URL; values it does not recognise fall back to the defaults rather than breaking the page. */
export function parseViewState(params: URLSearchParams): ListViewState {
  const sort = params.get('sort');
  const mode = params.get('mode');
  return {
    search: params.get('search') ?? '',
    sortBy: (SORT_KEYS as readonly string[]).includes(sort ?? '')
      ? (sort as SortKey)
      : DEFAULT_VIEW.sortBy,
    orderAsc:
      params.get('order') === 'asc'
        ? true
        : params.get('order') === 'desc'
          ? false
          : DEFAULT_VIEW.orderAsc,
    types: unique(
      params
        .getAll('type')
        .filter((t): t is CoverableEntityType =>
          (COVERABLE_ENTITY_TYPES as readonly string[]).includes(t),
        ),
    ),
    mode: mode === 'automated' || mode === 'manual' ? mode : null,
    labels: unique(params.getAll('label').filter(Boolean)),
    markings: unique(params.getAll('marking').filter(Boolean)),
  };
}

/** Writes the view to URL parameters, leaving defaults out so URLs stay short. */
export function serializeViewState(state: ListViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search.trim()) params.set('search', state.search.trim());
  if (state.sortBy !== DEFAULT_VIEW.sortBy) params.set('sort', state.sortBy);
  if (state.orderAsc !== DEFAULT_VIEW.orderAsc)
    params.set('order', state.orderAsc ? 'asc' : 'desc');
  state.types.forEach((type) => params.append('type', type));
  if (state.mode) params.set('mode', state.mode);
  state.labels.forEach((label) => params.append('label', label));
  state.markings.forEach((marking) => params.append('marking', marking));
  return params;
}

/** The server-side filters for the view, or null when it filters nothing. */
export function buildFilters(state: ListViewState): FilterGroup | null {
  const filters: Filter[] = [];
  if (state.types.length > 0) {
    filters.push(
      regardingOfDynamic('object-covered', filterGroup([anyOf('entity_type', state.types)])),
    );
  }
  if (state.mode)
    filters.push(anyOf('auto_enrichment_disable', [state.mode === 'manual' ? 'true' : 'false']));
  if (state.labels.length > 0) filters.push(anyOf('objectLabel', state.labels));
  if (state.markings.length > 0) filters.push(anyOf('objectMarking', state.markings));
  return filters.length > 0 ? filterGroup(filters) : null;
}

export function isFiltered(state: ListViewState): boolean {
  return state.search.trim() !== '' || buildFilters(state) !== null;
}

export const PAGE_SIZE = 25;

export function queryVariables(state: ListViewState) {
  return {
    count: PAGE_SIZE,
    search: state.search.trim() || null,
    orderBy: state.sortBy,
    orderMode: state.orderAsc ? ('asc' as const) : ('desc' as const),
    filters: buildFilters(state),
  };
}

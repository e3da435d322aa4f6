import type { CoverableEntityType } from '../../lib/entityTypes';

/** Rows per page of a covered-entity list (first page and each "Load more"). */
export const PAGE_SIZE = 25;

export const SORT_FIELDS = ['name', 'created'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortMode = 'asc' | 'desc';

/** The view state of a list page, kept in the URL search params so it survives reloads and can be shared. */
export interface ListView {
  search: string;
  sortBy: SortField;
  orderMode: SortMode;
}

/** Names read A→Z, dates newest first (OpenCTI's default for its lists). */
export function defaultOrderMode(field: SortField): SortMode {
  return field === 'name' ? 'asc' : 'desc';
}

export const DEFAULT_VIEW: ListView = { search: '', sortBy: 'created', orderMode: 'desc' };

function isSortField(value: string | null): value is SortField {
  return (SORT_FIELDS as readonly (string | null)[]).includes(value);
}

export function parseListView(params: URLSearchParams): ListView {
  const sortBy = params.get('sortBy');
  const orderMode = params.get('orderMode');
  const field = isSortField(sortBy) ? sortBy : DEFAULT_VIEW.sortBy;
  return {
    search: (params.get('search') ?? '').trim(),
    sortBy: field,
    orderMode: orderMode === 'asc' || orderMode === 'desc' ? orderMode : defaultOrderMode(field),
  };
}

/** Writes the view into (a copy of) the params, leaving defaults out so plain URLs stay plain. */
export function writeListView(view: ListView, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, fallback: string) => {
    if (value === fallback) next.delete(key);
    else next.set(key, value);
  };
  set('search', view.search.trim(), '');
  set('sortBy', view.sortBy, DEFAULT_VIEW.sortBy);
  set('orderMode', view.orderMode, defaultOrderMode(view.sortBy));
  return next;
}

/** The variables that change when the view does (for the refetch of the list). */
export function viewVariables(view: ListView) {
  return { search: view.search || null, orderBy: view.sortBy, orderMode: view.orderMode };
}

/** All the variables of the list's route query. */
export function listVariables(type: CoverableEntityType, view: ListView) {
  return { types: [type], count: PAGE_SIZE, ...viewVariables(view) };
}

export function viewKey(view: ListView): string {
  return `${view.sortBy}:${view.orderMode}:${view.search}`;
}

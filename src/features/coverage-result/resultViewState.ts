import { anyOf, filterGroup, type Filter, type FilterGroup } from '../../lib/filters';
import type { Metric } from '../../lib/scores';

/** StixCoreRelationshipsOrdering values the table sorts on: name of the tested entity, last change, creation. */
export const RESULT_SORT_KEYS = ['toName', 'updated_at', 'created_at'] as const;
export type ResultSortKey = (typeof RESULT_SORT_KEYS)[number];
export type ResultStatus = 'covered' | 'placeholder';

/** The Result tab's view: it lives in the URL (shareable; Back restores it; the matrix links here with ?search=). */
export interface ResultViewState {
  search: string;
  sortBy: ResultSortKey;
  orderAsc: boolean;
  /** Tested entity types (OpenCTI's `toTypes` relationship filter key). */
  types: string[];
  status: ResultStatus | null;
  /** Rows with at least one score strictly below this value (1–100). */
  below: number | null;
}

export const DEFAULT_RESULT_VIEW: ResultViewState = {
  search: '',
  sortBy: 'created_at',
  orderAsc: false,
  types: [],
  status: null,
  below: null,
};

const TYPE_PATTERN = /^[A-Z][A-Za-z-]{1,40}$/;

export function parseResultView(params: URLSearchParams): ResultViewState {
  const sort = params.get('sort');
  const status = params.get('status');
  const below = Number(params.get('below'));
  return {
    search: params.get('search') ?? '',
    sortBy: (RESULT_SORT_KEYS as readonly string[]).includes(sort ?? '')
      ? (sort as ResultSortKey)
      : DEFAULT_RESULT_VIEW.sortBy,
    orderAsc:
      params.get('order') === 'asc'
        ? true
        : params.get('order') === 'desc'
          ? false
          : DEFAULT_RESULT_VIEW.orderAsc,
    types: [...new Set(params.getAll('type').filter((t) => TYPE_PATTERN.test(t)))],
    status: status === 'covered' || status === 'placeholder' ? status : null,
    below: Number.isInteger(below) && below >= 1 && below <= 100 ? below : null,
  };
}

/** Writes the view to URL parameters (defaults left out); parameters it does not own (e.g. `panel`) are kept. */
export function serializeResultView(
  state: ResultViewState,
  keep: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(keep);
  ['search', 'sort', 'order', 'type', 'status', 'below'].forEach((key) => params.delete(key));
  if (state.search.trim()) params.set('search', state.search.trim());
  if (state.sortBy !== DEFAULT_RESULT_VIEW.sortBy) params.set('sort', state.sortBy);
  if (state.orderAsc !== DEFAULT_RESULT_VIEW.orderAsc)
    params.set('order', state.orderAsc ? 'asc' : 'desc');
  state.types.forEach((type) => params.append('type', type));
  if (state.status) params.set('status', state.status);
  if (state.below !== null) params.set('below', String(state.below));
  return params;
}

/**
 * Server-side filters. `toTypes` is the key OpenCTI's own Result tab offers. "Covered or placeholder" uses the
 * `coverage_information` attribute with `not_nil` / `nil`: OpenCTI's front end itself filters has-covered
 * relationships with `coverage_information not_nil` (tested-entities chart), and a placeholder is exactly a
 * has-covered relationship without metrics. "Score below a value" has NO server key: OpenCTI does not expose the
 * nested `coverage_score` as a filter key, so that one is applied on the client (see `matchesScoreBelow`) over
 * fully loaded pages.
 */
export function buildResultFilters(state: ResultViewState): FilterGroup | null {
  const filters: Filter[] = [];
  if (state.types.length > 0) filters.push(anyOf('toTypes', state.types));
  if (state.status) {
    filters.push({
      key: ['coverage_information'],
      values: [],
      operator: state.status === 'covered' ? 'not_nil' : 'nil',
      mode: 'or',
    });
  }
  return filters.length > 0 ? filterGroup(filters) : null;
}

/** The client-side part: a row matches when one of its scores is strictly below the threshold. */
export function matchesScoreBelow(
  metrics: readonly Pick<Metric, 'coverage_score'>[] | null | undefined,
  below: number | null,
): boolean {
  if (below === null) return true;
  return (metrics ?? []).some((m) => m.coverage_score < below);
}

export function isResultFiltered(state: ResultViewState): boolean {
  return state.search.trim() !== '' || buildResultFilters(state) !== null || state.below !== null;
}

export const RESULT_PAGE_SIZE = 100;
/** Page size used to load everything when a client-side filter needs every row. */
export const RESULT_BULK_PAGE_SIZE = 500;

export function resultQueryVariables(state: ResultViewState) {
  return {
    count: RESULT_PAGE_SIZE,
    search: state.search.trim() || null,
    orderBy: state.sortBy,
    orderMode: state.orderAsc ? ('asc' as const) : ('desc' as const),
    filters: buildResultFilters(state),
  };
}

import { functionalError } from './errors';

/**
 * Relay cursor pagination as OpenCTI serves it: opaque base64 cursors holding the sort values of the last edge
 * (Elasticsearch `search_after`), so a page stays correct when rows are inserted or deleted meanwhile.
 */

export type SortValue = string | number | null;

export interface PageInfo {
  startCursor: string;
  endCursor: string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  globalCount: number;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

export interface PageOptions<T> {
  first?: number | null;
  after?: string | null;
  /** The sort value of an item; items without one sort last in both directions (Elasticsearch `missing: _last`). */
  sortValue?: ((item: T) => SortValue) | null;
  orderMode?: 'asc' | 'desc' | null;
  defaultFirst?: number;
  maxFirst?: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

function encodeCursor(value: SortValue, id: string): string {
  const json = JSON.stringify([value, id]);
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const binary = atob(cursor);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [value, id] = parsed;
      if (value === null || typeof value === 'string' || typeof value === 'number')
        return [value, id];
    }
  } catch {
    // fall through
  }
  throw functionalError('Invalid pagination cursor', { field: 'after' });
}

function compareValues(a: SortValue, b: SortValue, mode: 'asc' | 'desc'): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  let result: number;
  if (typeof a === 'number' && typeof b === 'number') result = a - b;
  else {
    const sa = String(a).toLowerCase();
    const sb = String(b).toLowerCase();
    result = sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return mode === 'asc' ? result : -result;
}

/** Sorts (stable on id), applies `after`/`first` and builds the connection. */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  options: PageOptions<T>,
): Connection<T> {
  const mode = options.orderMode ?? 'asc';
  const sortValue = options.sortValue;
  const keyed = items.map((item) => ({ item, value: sortValue ? sortValue(item) : null }));
  const compareKeyed = (
    a: { item: T; value: SortValue },
    b: { item: T; value: SortValue },
  ): number =>
    compareValues(a.value, b.value, mode) ||
    (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
  keyed.sort(compareKeyed);

  let start = 0;
  if (options.after) {
    const [value, id] = decodeCursor(options.after);
    const pivot = { item: { id } as { id: string }, value };
    start = keyed.findIndex(
      (entry) =>
        (compareValues(entry.value, pivot.value, mode) ||
          (entry.item.id < pivot.item.id ? -1 : entry.item.id > pivot.item.id ? 1 : 0)) > 0,
    );
    if (start < 0) start = keyed.length;
  }
  const max = options.maxFirst ?? MAX_PAGE_SIZE;
  const requested = options.first ?? options.defaultFirst ?? DEFAULT_PAGE_SIZE;
  const size = Math.max(0, Math.min(requested, max));
  const page = keyed.slice(start, start + size);
  const edges = page.map((entry) => ({
    cursor: encodeCursor(entry.value, entry.item.id),
    node: entry.item,
  }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? '',
      endCursor: edges[edges.length - 1]?.cursor ?? '',
      hasNextPage: start + size < keyed.length,
      hasPreviousPage: start > 0,
      globalCount: keyed.length,
    },
  };
}

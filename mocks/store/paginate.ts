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

/** A sort value as it compares: numbers as numbers, anything else as lower-case text, none as null. */
type SortKey = number | string | null;

const sortKey = (value: SortValue): SortKey =>
  value === null || typeof value === 'number' ? value : String(value).toLowerCase();

function compareKeys(a: SortKey, b: SortKey, mode: 'asc' | 'desc'): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  let result: number;
  if (typeof a === 'number' && typeof b === 'number') result = a - b;
  else {
    const sa = String(a);
    const sb = String(b);
    result = sa < sb ? -1 : sa > sb ? 1 : 0;
  }
  return mode === 'asc' ? result : -result;
}

interface Keyed<T> {
  item: T;
  value: SortValue;
  key: SortKey;
}

/** The `count` first entries in `compare` order, without sorting the rest (a page is small, a list may not be). */
function firstInOrder<E>(
  entries: readonly E[],
  count: number,
  compare: (a: E, b: E) => number,
): E[] {
  if (count >= entries.length) return [...entries].sort(compare);
  const best: E[] = [];
  for (const entry of entries) {
    const last = best[best.length - 1];
    if (best.length === count && last !== undefined && compare(entry, last) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const other = best[middle];
      if (other !== undefined && compare(other, entry) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, entry);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Sorts (stable on id), applies `after`/`first` and builds the connection. Sort keys are computed once per item,
 * and only the requested page is put in order: the list of 10,000 coverages answers in a few milliseconds.
 */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  options: PageOptions<T>,
): Connection<T> {
  const mode = options.orderMode ?? 'asc';
  const sortValue = options.sortValue;
  type Comparable = { key: SortKey; item: { id: string } };
  const compare = (a: Comparable, b: Comparable) =>
    compareKeys(a.key, b.key, mode) || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
  let keyed: Keyed<T>[] = items.map((item) => {
    const value = sortValue ? sortValue(item) : null;
    return { item, value, key: sortKey(value) };
  });
  const total = keyed.length;
  if (options.after) {
    const [value, id] = decodeCursor(options.after);
    const pivot = { key: sortKey(value), item: { id } };
    keyed = keyed.filter((entry) => compare(entry, pivot) > 0);
  }
  const max = options.maxFirst ?? MAX_PAGE_SIZE;
  const requested = options.first ?? options.defaultFirst ?? DEFAULT_PAGE_SIZE;
  const size = Math.max(0, Math.min(requested, max));
  const page = firstInOrder(keyed, size, compare);
  const edges = page.map((entry) => ({
    cursor: encodeCursor(entry.value, entry.item.id),
    node: entry.item,
  }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? '',
      endCursor: edges[edges.length - 1]?.cursor ?? '',
      hasNextPage: size < keyed.length,
      hasPreviousPage: keyed.length < total,
      globalCount: total,
    },
  };
}

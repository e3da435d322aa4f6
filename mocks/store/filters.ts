import { functionalError } from './errors';

/**
 * OpenCTI's FilterGroup engine, shared by every list. A registry per list names the keys it supports; an unknown
 * key is rejected (OpenCTI refuses filter keys that exist in no schema definition) instead of being ignored.
 */

export type FilterOperator =
  | 'eq'
  | 'not_eq'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'match'
  | 'wildcard'
  | 'contains'
  | 'not_contains'
  | 'ends_with'
  | 'not_ends_with'
  | 'starts_with'
  | 'not_starts_with'
  | 'nil'
  | 'not_nil'
  | 'search'
  | 'within';

export interface Filter {
  key: string[];
  values: unknown[];
  operator: FilterOperator;
  mode: 'and' | 'or' | null;
}

export interface FilterGroup {
  mode: 'and' | 'or';
  filters: Filter[];
  filterGroups: FilterGroup[];
}

export type FilterScalar = string | number | boolean;

export interface FilterEnv {
  now: number;
}

/** A key either exposes the item's values for it, or matches the whole filter itself (e.g. `regardingOf`). */
export type KeyHandler<T> =
  | { values: (item: T) => readonly (FilterScalar | null | undefined)[] }
  | { match: (item: T, filter: Filter, env: FilterEnv) => boolean };

export type KeyRegistry<T> = Readonly<Record<string, KeyHandler<T>>>;

const OPERATORS: readonly string[] = [
  'eq',
  'not_eq',
  'lt',
  'lte',
  'gt',
  'gte',
  'match',
  'wildcard',
  'contains',
  'not_contains',
  'ends_with',
  'not_ends_with',
  'starts_with',
  'not_starts_with',
  'nil',
  'not_nil',
  'search',
  'within',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOperator(value: string): value is FilterOperator {
  return OPERATORS.includes(value);
}

/** Validates an untyped FilterGroup (GraphQL input or a JSON string sent by the UI). */
export function parseFilterGroup(input: unknown): FilterGroup | null {
  if (input === null || input === undefined) return null;
  let value = input;
  if (typeof value === 'string') {
    if (value.trim() === '') return null;
    try {
      value = JSON.parse(value);
    } catch {
      throw functionalError('Filters are not valid JSON', { field: 'filters' });
    }
  }
  if (!isRecord(value))
    throw functionalError('Filters must be a filter group', { field: 'filters' });
  const mode = value.mode === 'or' ? 'or' : 'and';
  const filters = Array.isArray(value.filters) ? value.filters.map(parseFilter) : [];
  const filterGroups = Array.isArray(value.filterGroups)
    ? value.filterGroups.map((group) => parseFilterGroup(group) ?? emptyGroup())
    : [];
  return { mode, filters, filterGroups };
}

function emptyGroup(): FilterGroup {
  return { mode: 'and', filters: [], filterGroups: [] };
}

function parseFilter(input: unknown): Filter {
  if (!isRecord(input)) throw functionalError('Invalid filter', { field: 'filters' });
  const keys = Array.isArray(input.key) ? input.key : [input.key];
  const key = keys.filter((k): k is string => typeof k === 'string');
  if (key.length === 0) throw functionalError('A filter needs a key', { field: 'filters' });
  const operatorRaw = typeof input.operator === 'string' ? input.operator : 'eq';
  if (!isOperator(operatorRaw)) {
    throw functionalError(`Unsupported filter operator ${operatorRaw}`, { operator: operatorRaw });
  }
  const values = Array.isArray(input.values) ? input.values : [];
  const mode = input.mode === 'and' || input.mode === 'or' ? input.mode : null;
  return { key, values, operator: operatorRaw, mode };
}

// ---- value comparison ------------------------------------------------------------------------------------

const RELATIVE_DATE = /^now(?:([+-])(\d+)([smhdwMy]))?(?:\/[dhwMy])?$/;
const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  M: 2_592_000_000,
  y: 31_536_000_000,
};

function asDateMs(value: unknown, env: FilterEnv): number | null {
  if (typeof value !== 'string') return null;
  const relative = RELATIVE_DATE.exec(value);
  if (relative) {
    const amount = Number(relative[2] ?? 0) * (UNIT_MS[relative[3] ?? 's'] ?? 0);
    return relative[1] === '-' ? env.now - amount : env.now + amount;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

function normalize(value: unknown): string {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toLowerCase();
  return JSON.stringify(value) ?? '';
}

function equals(itemValue: FilterScalar, filterValue: unknown, env: FilterEnv): boolean {
  if (typeof itemValue === 'number') {
    const n = typeof filterValue === 'number' ? filterValue : Number(filterValue);
    return !Number.isNaN(n) && n === itemValue;
  }
  const itemDate = typeof itemValue === 'string' ? asDateMs(itemValue, env) : null;
  const filterDate = asDateMs(filterValue, env);
  if (itemDate !== null && filterDate !== null) return itemDate === filterDate;
  return normalize(itemValue) === normalize(filterValue);
}

/** Negative, zero or positive like a comparator; null when the two are not comparable. */
function compare(itemValue: FilterScalar, filterValue: unknown, env: FilterEnv): number | null {
  if (typeof itemValue === 'number') {
    const n = typeof filterValue === 'number' ? filterValue : Number(filterValue);
    return Number.isNaN(n) ? null : itemValue - n;
  }
  if (typeof itemValue === 'string') {
    const itemDate = asDateMs(itemValue, env);
    const filterDate = asDateMs(filterValue, env);
    if (itemDate !== null && filterDate !== null) return itemDate - filterDate;
    return normalize(itemValue).localeCompare(normalize(filterValue));
  }
  return null;
}

function stringTest(itemValue: FilterScalar, filterValue: unknown, op: FilterOperator): boolean {
  const a = normalize(itemValue);
  const b = normalize(filterValue).replace(/\*/g, '');
  switch (op) {
    case 'starts_with':
    case 'not_starts_with':
      return a.startsWith(b);
    case 'ends_with':
    case 'not_ends_with':
      return a.endsWith(b);
    default:
      return b.split(/\s+/).every((token) => a.includes(token));
  }
}

function combine(results: boolean[], mode: 'and' | 'or'): boolean {
  return mode === 'and' ? results.every(Boolean) : results.some(Boolean);
}

function present(values: readonly (FilterScalar | null | undefined)[]): FilterScalar[] {
  return values.filter((v): v is FilterScalar => v !== null && v !== undefined && v !== '');
}

const NEGATIVE: readonly FilterOperator[] = [
  'not_eq',
  'not_contains',
  'not_starts_with',
  'not_ends_with',
];

export function matchValues(
  rawItemValues: readonly (FilterScalar | null | undefined)[],
  filter: Filter,
  env: FilterEnv,
): boolean {
  const itemValues = present(rawItemValues);
  const op = filter.operator;
  if (op === 'nil') return itemValues.length === 0;
  if (op === 'not_nil') return itemValues.length > 0;
  if (op === 'within') {
    const [from, to] = filter.values;
    const fromMs = asDateMs(from, env);
    const toMs = asDateMs(to, env);
    return itemValues.some((v) => {
      const t = typeof v === 'string' ? asDateMs(v, env) : null;
      return t !== null && (fromMs === null || t >= fromMs) && (toMs === null || t <= toMs);
    });
  }
  if (filter.values.length === 0) return true;
  const negative = NEGATIVE.includes(op);
  const perValue = filter.values.map((filterValue) => {
    switch (op) {
      case 'eq':
      case 'not_eq': {
        const hit = itemValues.some((v) => equals(v, filterValue, env));
        return negative ? !hit : hit;
      }
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        return itemValues.some((v) => {
          const c = compare(v, filterValue, env);
          if (c === null) return false;
          if (op === 'gt') return c > 0;
          if (op === 'gte') return c >= 0;
          if (op === 'lt') return c < 0;
          return c <= 0;
        });
      default: {
        const hit = itemValues.some((v) => stringTest(v, filterValue, op));
        return negative ? !hit : hit;
      }
    }
  });
  return combine(perValue, filter.mode ?? (negative ? 'and' : 'or'));
}

/** Compiles a FilterGroup against a registry; unknown keys throw now, even if the list turns out empty. */
export function compileFilterGroup<T>(
  group: FilterGroup | null,
  registry: KeyRegistry<T>,
  env: FilterEnv,
): (item: T) => boolean {
  if (!group) return () => true;
  const filterTests = group.filters.map((filter) => {
    const handlers = filter.key.map((key) => {
      const handler = registry[key];
      if (!handler) {
        throw functionalError(`Unsupported filter key ${key}`, { key, field: 'filters' });
      }
      return handler;
    });
    return (item: T): boolean =>
      handlers.some((handler) =>
        'match' in handler
          ? handler.match(item, filter, env)
          : matchValues(handler.values(item), filter, env),
      );
  });
  const groupTests = group.filterGroups.map((sub) => compileFilterGroup(sub, registry, env));
  const tests = [...filterTests, ...groupTests];
  if (tests.length === 0) return () => true;
  return group.mode === 'or'
    ? (item) => tests.some((test) => test(item))
    : (item) => tests.every((test) => test(item));
}

/** Reads a nested `{ key, values }` entry of a `regardingOf` filter. */
export function subFilterValues(filter: Filter, key: string): unknown[] | null {
  for (const value of filter.values) {
    if (isRecord(value) && value.key === key) {
      return Array.isArray(value.values) ? value.values : [value.values];
    }
  }
  return null;
}

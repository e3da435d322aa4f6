import { expect } from 'vitest';
import {
  createMockBackend,
  ManualClock,
  type MockBackend,
  type MockBackendOptions,
  type MockUser,
} from '../backend';
import sdl from '../schema.graphql?raw';

export { sdl };
export const NOW = Date.parse('2026-12-04T10:00:00Z');

export interface TestBackend {
  backend: MockBackend;
  clock: ManualClock;
}

export function testBackend(
  opts: Partial<Omit<MockBackendOptions, 'sdl' | 'clock'>> = {},
): TestBackend {
  const clock = new ManualClock(NOW);
  return { backend: createMockBackend({ sdl, clock, ...opts }), clock };
}

/** Walks a GraphQL answer: `pick(data, 'securityCoverages.edges.0.node.name')`. */
export function pick(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.').filter(Boolean)) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (typeof current === 'object' && current !== null) current = Reflect.get(current, key);
    else return undefined;
  }
  return current;
}

export function list(value: unknown, path: string): unknown[] {
  const found = pick(value, path);
  expect(Array.isArray(found), `${path} should be a list`).toBe(true);
  return Array.isArray(found) ? found : [];
}

/** Executes and fails the test on GraphQL errors. */
export async function ok(
  backend: MockBackend,
  query: string,
  variables: Record<string, unknown> = {},
  user: MockUser = 'admin',
): Promise<unknown> {
  const result = await backend.execute({ query, variables }, { user });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data;
}

/** Executes and returns the first error's message and extensions. */
export async function fails(
  backend: MockBackend,
  query: string,
  variables: Record<string, unknown> = {},
  user: MockUser = 'admin',
): Promise<{ message: string; code: unknown; data: unknown }> {
  const result = await backend.execute({ query, variables }, { user });
  const error = result.errors?.[0];
  expect(error, 'an error was expected').toBeDefined();
  return {
    message: error?.message ?? '',
    code: error?.extensions.code,
    data: error?.extensions.data,
  };
}

export function group(
  ...filters: { key: string; values: unknown[]; operator?: string; mode?: string }[]
) {
  return {
    mode: 'and',
    filters: filters.map((f) => ({
      key: [f.key],
      values: f.values,
      operator: f.operator ?? 'eq',
      mode: f.mode ?? 'or',
    })),
    filterGroups: [],
  };
}

export const COVERAGE_LIST = `query List($first: Int, $after: ID, $orderBy: SecurityCoverageOrdering, $orderMode: OrderingMode, $filters: FilterGroup, $search: String) {
  securityCoverages(first: $first, after: $after, orderBy: $orderBy, orderMode: $orderMode, filters: $filters, search: $search) {
    edges { cursor node { id name coverage_last_result auto_enrichment_disable } }
    pageInfo { startCursor endCursor hasNextPage hasPreviousPage globalCount }
  }
}`;

export function names(data: unknown): string[] {
  return list(data, 'securityCoverages.edges').map((edge) => String(pick(edge, 'node.name')));
}

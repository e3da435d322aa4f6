import { setupServer } from 'msw/node';
import {
  createMockBackend,
  ManualClock,
  type MockBackend,
  type MockBackendOptions,
  type MockUser,
} from './backend';
import { createGraphQLHandlers } from './handlers';
import sdl from './schema.graphql?raw';

/** The fixed "now" of every test backend unless a clock is given. */
export const TEST_NOW = Date.parse('2026-12-04T10:00:00Z');

export type ResetOptions = Partial<Omit<MockBackendOptions, 'sdl'>> & { user?: MockUser };

let backend: MockBackend | null = null;
let user: MockUser = 'admin';

/** A fresh store (seed 'demo', ManualClock at TEST_NOW unless given); it becomes the one the handler uses. */
export function resetMockBackend(opts: ResetOptions = {}): MockBackend {
  const { user: actingUser, ...options } = opts;
  backend = createMockBackend({ sdl, clock: new ManualClock(TEST_NOW), ...options });
  user = actingUser ?? 'admin';
  return backend;
}

export function currentMockBackend(): MockBackend {
  return backend ?? resetMockBackend();
}

/** One MSW server for the whole test run; its handler delegates to the current backend. */
export const server = setupServer(
  ...createGraphQLHandlers(() => currentMockBackend(), { getUser: () => user }),
);

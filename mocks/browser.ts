import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from './backend';
import type { Timings } from './domain/context';
import { createGraphQLHandlers } from './handlers';
import sdl from './schema.graphql?raw';
import { demoSeedFrom, demoShapeFrom, demoStorageKey, type DemoSeed } from './demoSeed';
import type { Shape } from './domain/context';

export { DEMO_STORAGE_KEY } from './demoSeed';

/**
 * Demo waits: provisioning in a few seconds and a first simulation about ten seconds later, instead of OpenAEV's
 * two minutes. Later simulations follow the coverage's real periodicity, and every timestamp is real time.
 */
export const DEMO_TIMINGS: Timings = {
  receiveMs: 1_500,
  completeMs: 3_000,
  firstSimulationMs: 10_000,
};

export interface DemoHandle {
  controls: {
    reset(): void;
    runNextSimulation(coverageId?: string): void;
    setConnectorOnline(online: boolean): void;
    isConnectorOnline(): boolean;
    failNextEnrichment(): void;
  };
}

function readSaved(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Starts the in-browser OpenCTI: MSW worker + mock backend persisted to localStorage (versioned). */
export async function startDemo(
  seed: DemoSeed = demoSeedFrom(window.location.search),
  shape: Shape = demoShapeFrom(window.location.search),
): Promise<DemoHandle> {
  const storageKey = demoStorageKey(seed, shape);
  const backend: MockBackend = createMockBackend({
    sdl,
    seed,
    shape,
    timings: DEMO_TIMINGS,
    state: readSaved(storageKey),
  });
  // The scale data set serializes to tens of MB, beyond localStorage's quota: it lives in memory and is generated
  // again on each load. Serializing it only to fail would block the page for a third of a second at every change.
  let persistent = seed !== 'scale';
  let savedStore: unknown = null;
  let savedRevision = -1;
  const persist = (): void => {
    if (!persistent) return;
    if (savedStore === backend.store && savedRevision === backend.store.revision) return;
    savedStore = backend.store;
    savedRevision = backend.store.revision;
    try {
      window.localStorage.setItem(storageKey, backend.serialize());
    } catch {
      // Storage full or disabled: the demo keeps working in memory, without trying again at every request.
      persistent = false;
    }
  };
  const after =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const result = fn(...args);
      persist();
      return result;
    };
  backend.tick();
  persist();
  const worker = setupWorker(
    ...createGraphQLHandlers(() => backend, { latencyMs: 250, afterRequest: persist }),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  });
  return {
    controls: {
      reset: after(() => backend.reset()),
      runNextSimulation: after((coverageId?: string) => backend.demo.runNextSimulation(coverageId)),
      setConnectorOnline: after((online: boolean) => backend.demo.setConnectorOnline(online)),
      isConnectorOnline: () => backend.demo.isConnectorOnline(),
      failNextEnrichment: after(() => backend.demo.failNextEnrichment()),
    },
  };
}

import type { Shape } from './domain/context';

/** The data set of the in-browser demo: `?seed=scale` opens it on 10,000 coverages (one with 5,000 tested entities). */
export type DemoSeed = 'demo' | 'scale';

export const DEMO_STORAGE_KEY = 'sc-demo-store';

export function demoSeedFrom(search: string): DemoSeed {
  return new URLSearchParams(search).get('seed') === 'scale' ? 'scale' : 'demo';
}

/** The API generation the demo's OpenCTI speaks: `?api=g1` serves the older shape (before SecurityCoverageResult). */
export function demoShapeFrom(search: string): Shape {
  return new URLSearchParams(search).get('api') === 'g1' ? 'g1' : 'g2';
}

/**
 * Each data set and API generation is saved under its own key, so switching never mixes them (and "Reset" reseeds
 * the one in use).
 */
export function demoStorageKey(seed: DemoSeed, shape: Shape = 'g2'): string {
  return [DEMO_STORAGE_KEY, seed === 'demo' ? null : seed, shape === 'g1' ? 'g1' : null]
    .filter(Boolean)
    .join('-');
}

/** The data set of the in-browser demo: `?seed=scale` opens it on 10,000 coverages (one with 5,000 tested entities). */
export type DemoSeed = 'demo' | 'scale';

export const DEMO_STORAGE_KEY = 'sc-demo-store';

export function demoSeedFrom(search: string): DemoSeed {
  return new URLSearchParams(search).get('seed') === 'scale' ? 'scale' : 'demo';
}

/** Each data set is saved under its own key, so switching never mixes them (and "Reset" reseeds the one in use). */
export function demoStorageKey(seed: DemoSeed): string {
  return seed === 'demo' ? DEMO_STORAGE_KEY : `${DEMO_STORAGE_KEY}-${seed}`;
}

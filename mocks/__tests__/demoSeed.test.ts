import { describe, expect, it } from 'vitest';
import { demoSeedFrom, demoStorageKey } from '../demoSeed';

describe('demo data set', () => {
  it('is the scale seed only when asked with ?seed=scale', () => {
    expect(demoSeedFrom('')).toBe('demo');
    expect(demoSeedFrom('?seed=scale')).toBe('scale');
    expect(demoSeedFrom('?other=1&seed=scale')).toBe('scale');
    expect(demoSeedFrom('?seed=huge')).toBe('demo');
  });

  it('keeps each data set under its own storage key', () => {
    expect(demoStorageKey('demo')).toBe('sc-demo-store');
    expect(demoStorageKey('scale')).not.toBe(demoStorageKey('demo'));
  });
});

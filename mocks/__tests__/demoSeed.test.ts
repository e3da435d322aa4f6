import { describe, expect, it } from 'vitest';
import { demoSeedFrom, demoShapeFrom, demoStorageKey } from '../demoSeed';

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
    expect(demoStorageKey('demo', 'g1')).toBe('sc-demo-store-g1');
    expect(demoStorageKey('scale', 'g1')).toBe('sc-demo-store-scale-g1');
  });

  it('serves the older API generation on ?api=g1 only', () => {
    expect(demoShapeFrom('?api=g1')).toBe('g1');
    expect(demoShapeFrom('?api=g2')).toBe('g2');
    expect(demoShapeFrom('')).toBe('g2');
  });
});

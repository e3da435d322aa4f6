/**
 * Deterministic hashing: stable ids for seeded and created objects and the seeded pseudo-random numbers of the
 * simulated OpenAEV. Never Math.random: the same seed always gives the same store.
 */

/** cyrb128: four independent 32-bit lanes of a string hash. */
export function hash128(input: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i += 1) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function byte(n: number, shift: number): string {
  return HEX[(n >>> shift) & 0xff] ?? '00';
}

/** A UUID (version-4 layout) derived from a key: OpenCTI internal ids are UUIDs. */
export function uuidFrom(key: string): string {
  const [a, b, c, d] = hash128(key);
  // Array#join yields a flat string (chained `+` would keep a rope of small strings in memory).
  return [
    byte(a, 24),
    byte(a, 16),
    byte(a, 8),
    byte(a, 0),
    '-',
    byte(b, 24),
    byte(b, 16),
    '-',
    byte((b & 0x0fff) | 0x4000, 8),
    byte(b, 0),
    '-',
    byte((c & 0x3fff) | 0x8000, 8),
    byte(c, 0),
    '-',
    byte(c, 24),
    byte(c, 16),
    byte(d, 24),
    byte(d, 16),
    byte(d, 8),
    byte(d, 0),
  ].join('');
}

/** A float in [0, 1) derived from the given parts (the seeded PRNG of the simulation). */
export function random01(...parts: readonly (string | number)[]): number {
  const [a] = hash128(parts.join('|'));
  return a / 4294967296;
}

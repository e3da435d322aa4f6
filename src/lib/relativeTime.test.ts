import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime';

const NOW = Date.parse('2026-12-04T10:00:00Z');

describe('relativeTime', () => {
  it.each([
    [-30_000, { value: -30, unit: 'second' }],
    [-5 * 60_000, { value: -5, unit: 'minute' }],
    [-59_999, { value: -59, unit: 'second' }],
    [-3 * 3_600_000, { value: -3, unit: 'hour' }],
    [2 * 86_400_000, { value: 2, unit: 'day' }],
    [-14 * 86_400_000, { value: -2, unit: 'week' }],
    [-400 * 86_400_000, { value: -1, unit: 'year' }],
  ])('%i ms → %o', (offset, expected) => {
    expect(relativeTime(NOW + offset, NOW)).toEqual(expected);
  });
});

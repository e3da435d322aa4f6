import { describe, expect, it } from 'vitest';
import { computeValidity, earliest } from './validity';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('computeValidity', () => {
  it('has its own status when there is no result', () => {
    const v = computeValidity({
      lastResult: null,
      periodicity: 'P1D',
      duration: 'P30D',
      start: null,
      now: NOW,
    });
    expect(v.status).toBe('none');
    expect(v.nextExpected).toBeNull();
    expect(v.expiresAt).toBeNull();
  });

  it('is fresh within one period and expects the next run one period after the last', () => {
    const v = computeValidity({
      lastResult: '2026-12-03T18:00:00Z',
      periodicity: 'P1D',
      duration: 'P30D',
      start: '2026-11-25T18:00:00Z',
      now: NOW,
    });
    expect(v.status).toBe('fresh');
    expect(v.nextExpected?.toISOString()).toBe('2026-12-04T18:00:00.000Z');
    expect(v.scheduleEnd?.toISOString()).toBe('2026-12-25T18:00:00.000Z');
    expect(v.scheduleEnded).toBe(false);
  });

  it('is outdated when the last result is older than the periodicity', () => {
    const v = computeValidity({
      lastResult: '2026-11-27T10:00:00Z',
      periodicity: 'P1D',
      duration: 'P5D',
      start: '2026-11-22T10:00:00Z',
      now: NOW,
    });
    expect(v.status).toBe('outdated');
    expect(v.scheduleEnded).toBe(true);
    // The schedule ended before the next run would have happened: nothing more is expected.
    expect(v.nextExpected).toBeNull();
  });

  it('treats the exact end of the period as still fresh', () => {
    const v = computeValidity({
      lastResult: '2026-12-03T12:00:00Z',
      periodicity: 'P1D',
      duration: null,
      start: null,
      now: NOW,
    });
    expect(v.status).toBe('fresh');
    expect(v.scheduleEnd).toBeNull();
    expect(v.nextExpected?.toISOString()).toBe('2026-12-04T12:00:00.000Z');
  });

  it('counts months as calendar months and ignores unreadable durations', () => {
    const v = computeValidity({
      lastResult: '2026-11-30T09:00:00Z',
      periodicity: 'P3M',
      duration: 'soon',
      start: '2026-11-30T09:00:00Z',
      now: NOW,
    });
    expect(v.status).toBe('fresh');
    expect(v.nextExpected?.toISOString()).toBe('2027-03-02T09:00:00.000Z');
    expect(v.scheduleEnd).toBeNull();
  });

  it('is fresh but expects nothing when the periodicity is unknown', () => {
    const v = computeValidity({
      lastResult: '2026-12-01T00:00:00Z',
      periodicity: null,
      duration: null,
      start: null,
      now: NOW,
    });
    expect(v.status).toBe('fresh');
    expect(v.nextExpected).toBeNull();
  });
});

describe('earliest', () => {
  it('returns the earliest valid date or null', () => {
    expect(earliest(['2026-12-02T00:00:00Z', null, 'x', '2026-12-01T00:00:00Z'])).toBe(
      '2026-12-01T00:00:00.000Z',
    );
    expect(earliest([])).toBeNull();
  });
});

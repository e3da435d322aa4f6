import { describe, expect, it } from 'vitest';
import {
  addDuration,
  formatDuration,
  fromSimple,
  isPositiveDuration,
  parseDuration,
  toSimple,
} from './isoDuration';

describe('parseDuration', () => {
  it('reads the values OpenCTI and OpenAEV use', () => {
    expect(parseDuration('P1D')).toMatchObject({ days: 1, hours: 0 });
    expect(parseDuration('PT12H')).toMatchObject({ hours: 12, days: 0 });
    expect(parseDuration('P2W')).toMatchObject({ weeks: 2 });
    expect(parseDuration('P30D')).toMatchObject({ days: 30 });
  });

  it('never confuses a month with a minute', () => {
    expect(parseDuration('P1M')).toMatchObject({ months: 1, minutes: 0 });
    expect(parseDuration('PT1M')).toMatchObject({ months: 0, minutes: 1 });
  });

  it('reads combined values', () => {
    expect(parseDuration('P1Y2M3DT4H5M6S')).toEqual({
      years: 1,
      months: 2,
      weeks: 0,
      days: 3,
      hours: 4,
      minutes: 5,
      seconds: 6,
    });
  });

  it.each(['', 'P', 'PT', '1D', 'P1.5D', 'P-1D', 'PT1D', 'P1H', 'P1DT', 'every day', 'P1D2Y'])(
    'rejects %j',
    (value) => {
      expect(parseDuration(value)).toBeNull();
    },
  );

  it('ignores surrounding spaces and letter case', () => {
    expect(parseDuration(' p1d ')).toMatchObject({ days: 1 });
  });
});

describe('formatDuration', () => {
  it('round-trips canonical values', () => {
    for (const value of ['P1D', 'PT12H', 'P2W', 'P1M', 'PT1M', 'P1Y2M3DT4H5M6S', 'P1DT12H']) {
      const parts = parseDuration(value);
      expect(parts).not.toBeNull();
      if (parts) expect(formatDuration(parts)).toBe(value);
    }
  });

  it('writes an empty duration as PT0S', () => {
    expect(formatDuration({})).toBe('PT0S');
    expect(
      isPositiveDuration({
        years: 0,
        months: 0,
        weeks: 0,
        days: 0,
        hours: 0,
        minutes: 0,
        seconds: 0,
      }),
    ).toBe(false);
  });
});

describe('simple editor mapping', () => {
  it('maps single-unit values to a number and a unit', () => {
    const parts = parseDuration('P2W');
    expect(parts && toSimple(parts)).toEqual({ value: 2, unit: 'weeks' });
    expect(fromSimple(3, 'months')).toBe('P3M');
    expect(fromSimple(6, 'hours')).toBe('PT6H');
  });

  it('refuses values the editor cannot show, so they are kept as typed', () => {
    for (const value of ['P1DT12H', 'PT30M', 'P1Y']) {
      const parts = parseDuration(value);
      expect(parts && toSimple(parts)).toBeNull();
    }
  });
});

describe('addDuration', () => {
  it('adds calendar months and hours in UTC', () => {
    const start = new Date('2026-01-31T10:00:00Z');
    const month = parseDuration('P1M');
    const hours = parseDuration('PT36H');
    if (!month || !hours) throw new Error('parse');
    expect(addDuration(new Date('2026-12-04T00:00:00Z'), month).toISOString()).toBe(
      '2027-01-04T00:00:00.000Z',
    );
    expect(addDuration(start, hours).toISOString()).toBe('2026-02-01T22:00:00.000Z');
  });
});

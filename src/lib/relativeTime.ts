export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const STEPS: [RelativeUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * The value and unit to say how far `date` is from `now` ("5 min ago", "in 3 days"): negative in the past.
 * Values are rounded toward zero so "59 seconds" never reads as "1 minute".
 */
export function relativeTime(date: number, now: number): { value: number; unit: RelativeUnit } {
  let value = (date - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return { value: Math.trunc(value), unit };
    value /= size;
  }
  return { value: Math.trunc(value), unit: 'year' };
}

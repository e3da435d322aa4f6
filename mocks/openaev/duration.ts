/**
 * ISO-8601 durations as OpenAEV reads a coverage's `periodicity` and `duration` (P1D, PT12H, P1W, P1M, P30D…).
 * Years and months are calendar units (UTC); weeks, days, hours, minutes and seconds are fixed lengths.
 */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const PATTERN =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(value: string | null | undefined): IsoDuration | null {
  if (!value) return null;
  const match = PATTERN.exec(value.trim().toUpperCase());
  if (!match || value.trim().toUpperCase().endsWith('T')) return null;
  const n = (i: number): number => Number(match[i] ?? 0);
  const duration: IsoDuration = {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
  const total = Object.values(duration).reduce((sum, part) => sum + part, 0);
  return total > 0 ? duration : null;
}

/** `start + duration`, in ms since the epoch. */
export function addDuration(start: number, duration: IsoDuration): number {
  const date = new Date(start);
  if (duration.years || duration.months) {
    date.setUTCMonth(date.getUTCMonth() + duration.years * 12 + duration.months);
  }
  const fixed =
    ((duration.weeks * 7 + duration.days) * 24 * 3600 +
      duration.hours * 3600 +
      duration.minutes * 60 +
      duration.seconds) *
    1000;
  return date.getTime() + fixed;
}

/** Convenience: add an ISO string duration; null when it does not parse. */
export function addIsoDuration(start: number, value: string | null | undefined): number | null {
  const duration = parseDuration(value);
  return duration ? addDuration(start, duration) : null;
}

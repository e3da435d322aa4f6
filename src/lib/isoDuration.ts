/**
 * ISO-8601 durations as OpenCTI and OpenAEV use them for `periodicity` and `duration` (P1D, PT12H, P2W, P1M…).
 * Parsing is strict: a value is either understood exactly or reported as invalid — never silently rewritten.
 * Note the trap OpenCTI's own editor falls into: P1M is one month, PT1M one minute.
 */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export const DURATION_FIELDS: readonly (keyof DurationParts)[] = [
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
];

const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO-8601 duration of whole numbers; returns null for anything else (fractions, signs, blanks). */
export function parseDuration(value: string): DurationParts | null {
  const match = PATTERN.exec(value.trim().toUpperCase());
  if (!match) return null;
  const n = (i: number) => (match[i] ? Number(match[i]) : 0);
  const parts = {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
  return DURATION_FIELDS.every((field) => Number.isSafeInteger(parts[field])) ? parts : null;
}

/** Writes the canonical ISO form: zero parts are left out; an all-zero duration is PT0S. */
export function formatDuration(parts: Partial<DurationParts>): string {
  const v = (field: keyof DurationParts) => parts[field] ?? 0;
  const date = [
    v('years') ? `${v('years')}Y` : '',
    v('months') ? `${v('months')}M` : '',
    v('weeks') ? `${v('weeks')}W` : '',
    v('days') ? `${v('days')}D` : '',
  ].join('');
  const time = [
    v('hours') ? `${v('hours')}H` : '',
    v('minutes') ? `${v('minutes')}M` : '',
    v('seconds') ? `${v('seconds')}S` : '',
  ].join('');
  if (!date && !time) return 'PT0S';
  return `P${date}${time ? `T${time}` : ''}`;
}

export function isPositiveDuration(parts: DurationParts): boolean {
  return DURATION_FIELDS.some((field) => parts[field] > 0);
}

/** The non-zero parts, largest first, for plain-language previews ("every 2 weeks", "1 day 12 hours"). */
export function durationTerms(
  parts: DurationParts,
): { unit: keyof DurationParts; value: number }[] {
  return DURATION_FIELDS.filter((field) => parts[field] > 0).map((unit) => ({
    unit,
    value: parts[unit],
  }));
}

/** The units the simple editor offers (a number and a unit), as analysts and OpenCTI's form use them. */
export type SimpleUnit = 'hours' | 'days' | 'weeks' | 'months';
export const SIMPLE_UNITS: readonly SimpleUnit[] = ['hours', 'days', 'weeks', 'months'];

/** A duration the simple editor can show as one number and one unit, or null (the raw value is then kept). */
export function toSimple(parts: DurationParts): { value: number; unit: SimpleUnit } | null {
  const terms = durationTerms(parts);
  if (terms.length !== 1) return null;
  const [term] = terms;
  if (!term || !(SIMPLE_UNITS as readonly string[]).includes(term.unit)) return null;
  return { value: term.value, unit: term.unit as SimpleUnit };
}

export function fromSimple(value: number, unit: SimpleUnit): string {
  return formatDuration({ [unit]: value });
}

/** Adds a duration to a date in calendar terms (a month is a calendar month), in UTC. */
export function addDuration(date: Date, parts: DurationParts): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + parts.years);
  result.setUTCMonth(result.getUTCMonth() + parts.months);
  result.setUTCDate(result.getUTCDate() + parts.weeks * 7 + parts.days);
  result.setTime(
    result.getTime() + ((parts.hours * 60 + parts.minutes) * 60 + parts.seconds) * 1000,
  );
  return result;
}

import { addDuration, parseDuration } from './isoDuration';

export type ValidityStatus = 'none' | 'fresh' | 'outdated';

export interface ValidityInput {
  /** The most recent result (`coverage_last_result`), ISO date-time. */
  lastResult: string | null | undefined;
  /** How often simulations run (ISO-8601 duration): a result is valid for one period. */
  periodicity: string | null | undefined;
  /** How long the schedule lasts from its first run (ISO-8601 duration); none means it never ends. */
  duration: string | null | undefined;
  /** When the schedule started (the first run), ISO date-time. */
  start: string | null | undefined;
  now: number;
}

export interface Validity {
  status: ValidityStatus;
  /** When the last result stops being valid: last result + periodicity. */
  expiresAt: Date | null;
  /** The next expected simulation (last result + periodicity), or null when the schedule is over or unknown. */
  nextExpected: Date | null;
  /** The end of the schedule (start + duration), null when open-ended or unknown. */
  scheduleEnd: Date | null;
  /** True when the schedule's end has passed. */
  scheduleEnded: boolean;
}

function time(value: string | null | undefined): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/**
 * Whether the last result is still valid (fresh) or older than one period (outdated), when the next simulation is
 * expected, and when the schedule ends. A coverage without any result has its own status, `none`.
 */
export function computeValidity(input: ValidityInput): Validity {
  const last = time(input.lastResult);
  const period = input.periodicity ? parseDuration(input.periodicity) : null;
  const span = input.duration ? parseDuration(input.duration) : null;
  const start = time(input.start);
  const scheduleEnd = span && start !== null ? addDuration(new Date(start), span) : null;
  const scheduleEnded = scheduleEnd !== null && scheduleEnd.getTime() <= input.now;
  const expiresAt = last !== null && period ? addDuration(new Date(last), period) : null;
  const nextExpected =
    expiresAt && !(scheduleEnd && expiresAt.getTime() > scheduleEnd.getTime()) ? expiresAt : null;
  let status: ValidityStatus = 'none';
  if (last !== null) status = expiresAt && expiresAt.getTime() < input.now ? 'outdated' : 'fresh';
  return { status, expiresAt, nextExpected, scheduleEnd, scheduleEnded };
}

/** The earliest of some ISO date-times (e.g. the results' creation dates: the schedule's first run). */
export function earliest(values: readonly (string | null | undefined)[]): string | null {
  let best: number | null = null;
  for (const value of values) {
    const t = time(value);
    if (t !== null && (best === null || t < best)) best = t;
  }
  return best === null ? null : new Date(best).toISOString();
}

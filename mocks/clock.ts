/** Time source of the mock backend: every timestamp and every scheduled event reads it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The wall clock (demo mode, the HTTP server). */
export const realClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to, so tests step through works and simulations. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(ms: number): void {
    this.current = ms;
  }
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function ms(isoDate: string): number {
  return Date.parse(isoDate);
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DURATION_FIELDS,
  formatDuration,
  fromSimple,
  parseDuration,
  SIMPLE_UNITS,
  toSimple,
  type DurationParts,
} from './isoDuration';
import {
  isSafeHttpUrl,
  parseScore,
  validateDuration,
  validateHttpUrl,
  validateScore,
} from './validation';

/** Property-based tests: the validators and the ISO-8601 parser hold for any input, not only the examples. */
const RUNS = { numRuns: 500 };

const parts = fc.record(
  Object.fromEntries(DURATION_FIELDS.map((f) => [f, fc.nat({ max: 10_000 })])) as Record<
    keyof DurationParts,
    fc.Arbitrary<number>
  >,
);

describe('ISO-8601 durations', () => {
  it('parse(format(parts)) gives the parts back', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseDuration(formatDuration(p))).toEqual(p);
      }),
      RUNS,
    );
  });

  it('a canonical value is never rewritten: format(parse(text)) === text', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const text = formatDuration(p);
        const parsed = parseDuration(text);
        expect(parsed && formatDuration(parsed)).toBe(text);
      }),
      RUNS,
    );
  });

  it('P<n>M is n months and PT<n>M n minutes, never confused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), (n) => {
        expect(parseDuration(`P${n}M`)).toMatchObject({ months: n, minutes: 0 });
        expect(parseDuration(`PT${n}M`)).toMatchObject({ months: 0, minutes: n });
      }),
      RUNS,
    );
  });

  it('the number-and-unit editor round-trips, and shows only what it can say exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(...SIMPLE_UNITS),
        (n, unit) => {
          const parsed = parseDuration(fromSimple(n, unit));
          expect(parsed && toSimple(parsed)).toEqual({ value: n, unit });
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(parts, (p) => {
        const simple = toSimple(p);
        if (simple) expect(formatDuration(p)).toBe(fromSimple(simple.value, simple.unit));
      }),
      RUNS,
    );
  });

  it('anything that is not a duration is refused, never guessed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseDuration(text);
        if (parsed === null) {
          expect(validateDuration(text, { required: false })).toBe(
            text.trim() === '' ? null : 'invalidDuration',
          );
        } else {
          // Whatever parses is exactly the canonical text of its parts (up to case, spaces and zero parts).
          expect(parseDuration(formatDuration(parsed))).toEqual(parsed);
        }
      }),
      RUNS,
    );
    for (const bad of ['P', 'PT', 'P1.5D', 'P-1D', '1D', 'P1DT', 'PT1H1D', 'P 1D']) {
      expect(parseDuration(bad)).toBeNull();
    }
  });
});

describe('scores', () => {
  it('accepts exactly the whole numbers 0 to 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000, max: 1_000 }), (n) => {
        const ok = n >= 0 && n <= 100;
        expect(validateScore(String(n)) === null).toBe(ok);
        expect(parseScore(String(n))).toBe(ok ? n : null);
      }),
      RUNS,
    );
  });

  it('refuses fractions and anything that is not a number, and keeps 0 as a score', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        if (!Number.isInteger(x)) expect(validateScore(String(x))).not.toBeNull();
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        (whole, cents) => {
          expect(validateScore(`${whole}.${String(cents).padStart(2, '0')}`)).toBe('notWhole');
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(s)),
        (s) => {
          expect(validateScore(s)).not.toBeNull();
          expect(parseScore(s)).toBeNull();
        },
      ),
      RUNS,
    );
    expect(parseScore('0')).toBe(0);
  });
});

describe('links', () => {
  it('only http and https URLs can become links', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => {
        expect(validateHttpUrl(url)).toBeNull();
        expect(isSafeHttpUrl(url)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.constantFrom('javascript', 'data', 'file', 'vbscript', 'ftp', 'blob', 'JaVaScRiPt'),
        fc.string(),
        (scheme, rest) => {
          expect(isSafeHttpUrl(`${scheme}:${rest}`)).toBe(false);
        },
      ),
      RUNS,
    );
  });
});

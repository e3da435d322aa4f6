import { isPositiveDuration, parseDuration } from './isoDuration';

/**
 * Field validators shared by the create and update forms. Each returns an error code (translated by the form)
 * or null. They validate exactly what OpenCTI enforces, plus what the server forgets (scores are 0–100 here).
 */
export type NameError = 'required' | 'tooShort';
export type ScoreError = 'required' | 'notNumber' | 'notWhole' | 'outOfRange';
export type UrlError = 'invalidUrl' | 'unsafeScheme';
export type DurationError = 'required' | 'invalidDuration' | 'notPositive';

/** OpenCTI: `name` min length 2, format not-blank. */
export function validateName(value: string): NameError | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'required';
  if (trimmed.length < 2) return 'tooShort';
  return null;
}

/** A score is a whole number from 0 to 100, typed as text: "0" is valid, "", "-1", "101", "1.5", "abc" are not. */
export function validateScore(raw: string): ScoreError | null {
  const text = raw.trim();
  if (text === '') return 'required';
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return 'notNumber';
  if (!/^[+-]?\d+$/.test(text)) return 'notWhole';
  const value = Number(text);
  if (value < 0 || value > 100) return 'outOfRange';
  return null;
}

export function parseScore(raw: string): number | null {
  return validateScore(raw) === null ? Number(raw.trim()) : null;
}

/** Only http and https links: anything else (javascript:, data:, file:) is refused. Empty is fine (optional). */
export function validateHttpUrl(raw: string): UrlError | null {
  const text = raw.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalidUrl';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsafeScheme';
  return null;
}

/** True when a value may become a clickable link (used before every href built from server data). */
export function isSafeHttpUrl(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '' && validateHttpUrl(value) === null;
}

export function validateDuration(
  raw: string,
  { required }: { required: boolean },
): DurationError | null {
  const text = raw.trim();
  if (text === '') return required ? 'required' : null;
  const parts = parseDuration(text);
  if (!parts) return 'invalidDuration';
  if (!isPositiveDuration(parts)) return 'notPositive';
  return null;
}

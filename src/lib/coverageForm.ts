import { validateDuration, validateHttpUrl, validateName, validateScore } from './validation';

/** The form modes of a coverage: simulated by OpenAEV, or assessed by hand. */
export type CoverageFormMode = 'automated' | 'manual';

/** The platforms a simulated coverage may target, in the order the forms show them. */
export const PLATFORMS = ['windows', 'linux', 'macos'] as const;

/** Error codes by field (translated as `validation.<code>`); `metric:<name>` for a score, `metrics` for "at least one". */
export type CoverageFormErrors = Record<string, string>;

/** What the create and update forms validate, whatever their own shape. */
export interface CoverageFormFields {
  name: string;
  /** Simulated: how often, and for how long. */
  periodicity: string;
  duration: string;
  platforms: readonly string[];
  /** Assessed: the chosen scores as typed, the optional validity period and source link. */
  scores: readonly { name: string; score: string }[];
  validity: string;
  sourceUrl: string;
}

/**
 * The rules both forms share, through the field validators; only the fields of the mode are checked.
 * `validityField` names the key a validity error is reported under (the Update drawer edits it as `periodicity`).
 */
export function validateCoverageForm(
  values: CoverageFormFields,
  mode: CoverageFormMode,
  validityField = 'validity',
): CoverageFormErrors {
  const errors: CoverageFormErrors = {};
  const name = validateName(values.name);
  if (name) errors.name = name;
  if (mode === 'automated') {
    const periodicity = validateDuration(values.periodicity, { required: true });
    if (periodicity) errors.periodicity = periodicity;
    const duration = validateDuration(values.duration, { required: true });
    if (duration) errors.duration = duration;
    if (values.platforms.length === 0) errors.platforms = 'noPlatform';
    return errors;
  }
  if (values.scores.length === 0) errors.metrics = 'noMetric';
  for (const metric of values.scores) {
    const score = validateScore(metric.score);
    if (score) errors[`metric:${metric.name}`] = score;
  }
  const validity = validateDuration(values.validity, { required: false });
  if (validity) errors[validityField] = validity;
  const url = validateHttpUrl(values.sourceUrl);
  if (url) errors.sourceUrl = url;
  return errors;
}

/** An ISO-8601 duration as sent to OpenCTI: trimmed, upper case. */
export const normalizeDuration = (value: string) => value.trim().toUpperCase();

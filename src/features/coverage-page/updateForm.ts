import {
  normalizeDuration,
  validateCoverageForm,
  type CoverageFormErrors,
  type CoverageFormMode,
} from '../../lib/coverageForm';
import { metricKey, type Metric } from '../../lib/scores';

export type UpdateMode = CoverageFormMode;

export interface MetricRow {
  name: string;
  /** As typed: validated, never coerced, so a bad value stays on screen next to its message. */
  score: string;
}

/** What the Update drawer edits. Manual coverages: scores, validity (periodicity) and source link; automated: the rest. */
export interface UpdateValues {
  name: string;
  description: string;
  periodicity: string;
  duration: string;
  platforms: string[];
  typeAffinity: string;
  sourceUrl: string;
  metrics: MetricRow[];
  labels: string[];
  markings: string[];
}

export interface EditableCoverage {
  readonly name: string;
  readonly description?: string | null;
  readonly periodicity?: string | null;
  readonly duration?: string | null;
  readonly type_affinity?: string | null;
  readonly platforms_affinity?: readonly string[] | null;
  readonly external_uri?: string | null;
  readonly coverage_information?: readonly Metric[] | null;
  readonly objectLabel?: readonly { readonly id: string }[] | null;
  readonly objectMarking?: readonly { readonly id: string }[] | null;
}

/** The form's starting values: exactly what the server holds (nothing is defaulted, so nothing changes by itself). */
export function valuesOf(coverage: EditableCoverage): UpdateValues {
  return {
    name: coverage.name,
    description: coverage.description ?? '',
    periodicity: coverage.periodicity ?? '',
    duration: coverage.duration ?? '',
    platforms: [...(coverage.platforms_affinity ?? [])],
    typeAffinity: coverage.type_affinity ?? '',
    sourceUrl: coverage.external_uri ?? '',
    metrics: (coverage.coverage_information ?? []).map((m) => ({
      name: m.coverage_name,
      score: String(m.coverage_score),
    })),
    labels: (coverage.objectLabel ?? []).map((l) => l.id),
    markings: (coverage.objectMarking ?? []).map((m) => m.id),
  };
}

/** Error codes by field (translated as `validation.<code>`); `metric:<name>` for a score, `metrics` for "at least one". */
export type UpdateErrors = CoverageFormErrors;

/** The same rules as creation, through the same validators; the validity period is edited as `periodicity`. */
export function validateUpdate(values: UpdateValues, mode: UpdateMode): UpdateErrors {
  return validateCoverageForm(
    { ...values, scores: values.metrics, validity: values.periodicity },
    mode,
    'periodicity',
  );
}

export interface EditInput {
  key: string;
  value: unknown[];
  operation: 'replace';
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

const toMetrics = (rows: readonly MetricRow[]): Metric[] =>
  rows.map((row) => ({ coverage_name: row.name, coverage_score: Number(row.score.trim()) }));

const sameMetrics = (a: readonly Metric[], b: readonly Metric[]) =>
  a.length === b.length &&
  a.every(
    (m, i) =>
      metricKey(m.coverage_name) === metricKey(b[i]?.coverage_name ?? '') &&
      m.coverage_score === b[i]?.coverage_score,
  );

/**
 * The securityCoverageFieldPatch input for valid values: one `replace` per field that changed, only fields of the
 * coverage's mode; `coverage_information` is always sent whole (OpenCTI replaces the array, never patches by index).
 */
export function toEdits(
  initial: UpdateValues,
  values: UpdateValues,
  mode: UpdateMode,
): EditInput[] {
  const edits: EditInput[] = [];
  const replace = (key: string, value: unknown[]) =>
    edits.push({ key, value, operation: 'replace' });
  const text = (key: string, before: string, after: string) => {
    if (before.trim() !== after.trim()) replace(key, [after.trim()]);
  };
  text('name', initial.name, values.name);
  if (!sameList(initial.labels, values.labels)) replace('objectLabel', values.labels);
  if (!sameList(initial.markings, values.markings)) replace('objectMarking', values.markings);
  if (initial.description !== values.description) replace('description', [values.description]);
  const duration = normalizeDuration;
  if (duration(initial.periodicity) !== duration(values.periodicity)) {
    replace('periodicity', [duration(values.periodicity)]);
  }
  if (mode === 'automated') {
    if (duration(initial.duration) !== duration(values.duration)) {
      replace('duration', [duration(values.duration)]);
    }
    if (initial.typeAffinity !== values.typeAffinity)
      replace('type_affinity', [values.typeAffinity]);
    if (!sameList(initial.platforms, values.platforms))
      replace('platforms_affinity', values.platforms);
    return edits;
  }
  text('external_uri', initial.sourceUrl, values.sourceUrl);
  const metrics = toMetrics(values.metrics);
  if (!sameMetrics(toMetrics(initial.metrics), metrics)) replace('coverage_information', metrics);
  return edits;
}

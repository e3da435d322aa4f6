import {
  normalizeDuration,
  PLATFORMS,
  validateCoverageForm,
  type CoverageFormErrors,
  type CoverageFormMode,
} from '../../lib/coverageForm';

export type CreationMode = CoverageFormMode;

export interface MetricValue {
  selected: boolean;
  /** As typed: validated, never coerced, so a bad value stays on screen next to its message. */
  score: string;
}

/** Everything the form holds. Switching mode keeps it all; only what belongs to the chosen mode is sent. */
export interface CreationValues {
  name: string;
  description: string;
  periodicity: string;
  duration: string;
  platforms: string[];
  typeAffinity: string;
  validity: string;
  sourceUrl: string;
  metrics: Record<string, MetricValue>;
  testedIds: string[];
  labels: string[];
  markings: string[];
}

export function initialValues(entityName: string): CreationValues {
  return {
    name: entityName,
    description: '',
    periodicity: 'P1D',
    duration: 'P30D',
    platforms: [...PLATFORMS],
    typeAffinity: 'ENDPOINT',
    validity: '',
    sourceUrl: '',
    metrics: {},
    testedIds: [],
    labels: [],
    markings: [],
  };
}

/** Error codes by field; `metric:<name>` for a score, `metrics` for "choose at least one". */
export type CreationErrors = CoverageFormErrors;

export function validateCreation(values: CreationValues, mode: CreationMode): CreationErrors {
  return validateCoverageForm(
    {
      ...values,
      scores: Object.entries(values.metrics)
        .filter(([, metric]) => metric.selected)
        .map(([name, metric]) => ({ name, score: metric.score })),
    },
    mode,
  );
}

export interface AddInput {
  name: string;
  description?: string;
  objectCovered: string;
  auto_enrichment_disable: boolean;
  periodicity?: string;
  duration?: string;
  type_affinity?: string;
  platforms_affinity?: string[];
  coverage_information?: { coverage_name: string; coverage_score: number }[];
  external_uri?: string;
  add_related_entities?: { selected_ids: string[] };
  coverage_last_result?: string;
  coverage_valid_from?: string;
  objectLabel?: string[];
  objectMarking?: string[];
}

/**
 * A G1 server (see relay/serverShape) has no `add_related_entities` and no results: the manual scores are the
 * coverage's own, dated now, and the tested entities become has-covered relationships from the coverage, which
 * the caller adds after creating it.
 */
export function toG1AddInput(
  input: AddInput,
  now: string,
): { input: AddInput; testedIds: string[] } {
  const { add_related_entities: related, ...rest } = input;
  const manualScores = rest.auto_enrichment_disable && !!rest.coverage_information?.length;
  return {
    input: manualScores ? { ...rest, coverage_last_result: now, coverage_valid_from: now } : rest,
    testedIds: related?.selected_ids ?? [],
  };
}

/** The securityCoverageAdd input for valid values: only the fields of the chosen mode. */
export function toAddInput(
  values: CreationValues,
  mode: CreationMode,
  objectCovered: string,
): AddInput {
  const common = {
    name: values.name.trim(),
    ...(values.description.trim() ? { description: values.description } : {}),
    objectCovered,
    ...(values.labels.length ? { objectLabel: values.labels } : {}),
    ...(values.markings.length ? { objectMarking: values.markings } : {}),
  };
  if (mode === 'automated') {
    return {
      ...common,
      auto_enrichment_disable: false,
      periodicity: normalizeDuration(values.periodicity),
      duration: normalizeDuration(values.duration),
      type_affinity: values.typeAffinity,
      platforms_affinity: values.platforms,
    };
  }
  return {
    ...common,
    auto_enrichment_disable: true,
    ...(values.validity.trim() ? { periodicity: normalizeDuration(values.validity) } : {}),
    coverage_information: Object.entries(values.metrics)
      .filter(([, metric]) => metric.selected)
      .map(([coverage_name, metric]) => ({
        coverage_name,
        coverage_score: Number(metric.score.trim()),
      })),
    ...(values.sourceUrl.trim() ? { external_uri: values.sourceUrl.trim() } : {}),
    ...(values.testedIds.length
      ? { add_related_entities: { selected_ids: values.testedIds } }
      : {}),
  };
}

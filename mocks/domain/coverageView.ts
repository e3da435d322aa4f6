import type { Store } from '../store/store';
import {
  CONTAINER_TYPES,
  type CoverageMetric,
  type CoverageRecord,
  type CoverageResultRecord,
  type DomainRecord,
  type RelationshipRecord,
} from '../store/types';
import type { Shape } from './context';

/** Per-metric average over results, rounded (Math.round), metric names in first-seen order. */
export function averageCoverage(lists: readonly (readonly CoverageMetric[])[]): CoverageMetric[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const list of lists) {
    for (const metric of list) {
      const entry = sums.get(metric.coverage_name) ?? { sum: 0, count: 0 };
      entry.sum += metric.coverage_score;
      entry.count += 1;
      sums.set(metric.coverage_name, entry);
    }
  }
  return [...sums.entries()].map(([coverage_name, { sum, count }]) => ({
    coverage_name,
    coverage_score: Math.round(sum / count),
  }));
}

function resultDate(result: CoverageResultRecord): string {
  return result.coverage_last_result ?? result.created_at;
}

/** The result pushed last (G1 kept only the last push on the coverage itself). */
export function latestResult(
  results: readonly CoverageResultRecord[],
): CoverageResultRecord | undefined {
  let latest: CoverageResultRecord | undefined;
  for (const result of results) {
    if (!latest || resultDate(result) > resultDate(latest)) latest = result;
  }
  return latest;
}

export interface CoverageValues {
  coverage_information: CoverageMetric[];
  coverage_last_result: string | null;
  coverage_valid_from: string | null;
  coverage_valid_to: string | null;
  external_uri: string | null;
}

/**
 * The coverage-level values. G2 computes them from the SecurityCoverageResults: average scores, most recent
 * `coverage_last_result`, and `external_uri` / validity dates only when there is exactly one result. A G1 server
 * stored them on the coverage and every push overwrote them, so the G1 view is the latest result's values.
 */
export function coverageValues(
  store: Store,
  coverage: CoverageRecord,
  shape: Shape,
): CoverageValues {
  const results = store.resultsOf(coverage.id);
  if (shape === 'g1') {
    const latest = latestResult(results);
    return {
      coverage_information: latest?.coverage_information ?? [],
      coverage_last_result: latest?.coverage_last_result ?? null,
      coverage_valid_from: latest?.coverage_valid_from ?? null,
      coverage_valid_to: latest?.coverage_valid_to ?? null,
      external_uri: latest?.external_uri ?? null,
    };
  }
  const dates = results.map((r) => r.coverage_last_result).filter((d): d is string => d !== null);
  const single = results.length === 1 ? results[0] : undefined;
  return {
    coverage_information: averageCoverage(results.map((r) => r.coverage_information)),
    coverage_last_result: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
    coverage_valid_from: single?.coverage_valid_from ?? null,
    coverage_valid_to: single?.coverage_valid_to ?? null,
    external_uri: single?.external_uri ?? null,
  };
}

/** `has-covered` relationships of a coverage: from all its results (G2) or from the latest push (G1). */
export function hasCoveredOf(
  store: Store,
  coverage: CoverageRecord,
  shape: Shape,
): RelationshipRecord[] {
  const results = store.resultsOf(coverage.id);
  const sources = shape === 'g1' ? [latestResult(results)].filter((r) => r !== undefined) : results;
  return sources.flatMap((result) =>
    store.relationshipsFrom(result.id).filter((rel) => rel.relationship_type === 'has-covered'),
  );
}

export function isContainer(record: DomainRecord): boolean {
  return CONTAINER_TYPES.includes(record.entity_type);
}

/**
 * The entities a coverage can test, as OpenCTI puts them in the enrichment bundle and in the "entities to test"
 * step: a container's objects, or what a campaign / intrusion set / incident `uses` and `targets`.
 */
export function relatedTestableEntities(
  store: Store,
  coveredId: string,
  types: readonly string[],
): DomainRecord[] {
  const covered = store.getDomain(coveredId);
  if (!covered) return [];
  const ids =
    'objects' in covered
      ? covered.objects
      : store
          .relationshipsFrom(covered.id)
          .filter((rel) => rel.relationship_type === 'uses' || rel.relationship_type === 'targets')
          .map((rel) => rel.toId);
  const seen = new Set<string>();
  const entities: DomainRecord[] = [];
  for (const id of ids) {
    const entity = store.getDomain(id);
    if (entity && types.includes(entity.entity_type) && !seen.has(entity.id)) {
      seen.add(entity.id);
      entities.push(entity);
    }
  }
  return entities;
}

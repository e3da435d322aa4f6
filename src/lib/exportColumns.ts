import {
  metricDisplayName,
  metricKey,
  orderMetrics,
  type Metric,
  type VocabularyEntry,
} from './scores';

type Metrics = readonly Metric[] | null | undefined;

/**
 * The score columns of an export: one per metric found in the exported rows, in the vocabulary's order. `cells`
 * gives a row's scores in those columns, an empty cell where the row has no score (an empty cell is not a 0).
 */
export function metricColumns(rows: readonly Metrics[], vocabulary: readonly VocabularyEntry[]) {
  const names = orderMetrics(
    rows.flatMap((metrics) => metrics ?? []),
    vocabulary,
  ).map((m) => m.coverage_name);
  return {
    header: names.map(metricDisplayName),
    cells(metrics: Metrics): (number | '')[] {
      const scores = new Map(
        (metrics ?? []).map((m) => [metricKey(m.coverage_name), m.coverage_score]),
      );
      return names.map((name) => scores.get(metricKey(name)) ?? '');
    },
  };
}

/** Several values in one cell ("TLP:GREEN; PAP:AMBER"). */
export function joinValues<T>(
  items: readonly T[] | null | undefined,
  pick: (item: T) => string | null | undefined,
): string {
  return (items ?? []).map((item) => pick(item) ?? '').join('; ');
}

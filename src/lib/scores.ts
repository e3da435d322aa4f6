/** A metric as OpenCTI stores it: `coverage_information { coverage_name coverage_score }`. */
export interface Metric {
  coverage_name: string;
  coverage_score: number;
}

export interface VocabularyEntry {
  name: string;
  order?: number | null;
}

export type ScoreLevel = 'success' | 'warning' | 'error';

/** The colour band of a score, as analysts read OpenCTI's gauges: ≥ 70 good, ≥ 40 partial, below that poor. */
export function scoreLevel(score: number): ScoreLevel {
  if (score >= 70) return 'success';
  if (score >= 40) return 'warning';
  return 'error';
}

/** OpenAEV sends PREVENTION, the vocabulary says prevention: metric names compare case-insensitively. */
export function metricKey(name: string): string {
  return name.trim().toLowerCase();
}

/** "prevention" → "Prevention", "HUMAN_RESPONSE" → "Human response". */
export function metricDisplayName(name: string): string {
  const words = metricKey(name).replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Orders metrics as the coverage_ov vocabulary does (by its `order`, then its listing), names the vocabulary does
 * not know last and alphabetically. Each name appears once: a duplicate keeps its first score.
 */
export function orderMetrics<M extends Metric>(
  metrics: readonly M[],
  vocabulary: readonly VocabularyEntry[],
): M[] {
  const rank = new Map<string, number>();
  [...vocabulary]
    .map((entry, index) => ({
      key: metricKey(entry.name),
      order: entry.order ?? Number.MAX_SAFE_INTEGER,
      index,
    }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .forEach((entry, position) => {
      if (!rank.has(entry.key)) rank.set(entry.key, position);
    });
  const seen = new Set<string>();
  const unique = metrics.filter((metric) => {
    const key = metricKey(metric.coverage_name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => {
    const ra = rank.get(metricKey(a.coverage_name)) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(metricKey(b.coverage_name)) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || metricKey(a.coverage_name).localeCompare(metricKey(b.coverage_name));
  });
}

/** The vocabulary OpenCTI ships for coverage_ov, for servers or moments where it could not be read. */
export const DEFAULT_COVERAGE_VOCABULARY: readonly VocabularyEntry[] = [
  { name: 'prevention', order: 1 },
  { name: 'detection', order: 2 },
  { name: 'vulnerability', order: 3 },
];

/** The metric names of a vocabulary, in its order. */
export function vocabularyNames(vocabulary: readonly VocabularyEntry[]): string[] {
  return orderMetrics(
    vocabulary.map((entry) => ({ coverage_name: entry.name, coverage_score: 0 })),
    vocabulary,
  ).map((m) => m.coverage_name);
}

import { metricKey, type Metric } from './scores';

export interface MatrixPhase {
  kill_chain_name: string;
  phase_name: string;
  x_opencti_order?: number | null;
}

export interface MatrixPattern {
  id: string;
  name: string;
  x_mitre_id?: string | null;
  killChainPhases?: readonly MatrixPhase[] | null;
}

/** One `has-covered` of one result, as `coveredAttackPatterns` returns it. */
export interface CoveredPattern {
  coverage_information?: readonly Metric[] | null;
  to?: MatrixPattern | null;
}

/** tested: a result carries scores; placeholder: OpenAEV could not run it (no score); untested: in no result. */
export type CellState = 'tested' | 'placeholder' | 'untested';

export interface MatrixCell {
  id: string;
  name: string;
  mitreId: string | null;
  state: CellState;
  /** Per-metric averages over the results (rounded), in first-seen order. */
  metrics: Metric[];
}

export interface MatrixColumn {
  phase: string;
  order: number;
  cells: MatrixCell[];
}

export const DEFAULT_KILL_CHAIN = 'mitre-attack';

/**
 * Averages each tested pattern's metrics over the results (one `has-covered` per result): per metric name (compared
 * case-insensitively, first spelling kept), `Math.round(sum / count)`. A pattern whose relations all have empty
 * metrics is kept with an empty list: it is a placeholder, not an untested pattern.
 */
export function averageCoverage(entities: readonly CoveredPattern[]): Map<string, Metric[]> {
  const sums = new Map<string, Map<string, { name: string; scores: number[] }>>();
  for (const entity of entities) {
    const id = entity.to?.id;
    if (!id) continue;
    const perMetric = sums.get(id) ?? new Map<string, { name: string; scores: number[] }>();
    sums.set(id, perMetric);
    for (const metric of entity.coverage_information ?? []) {
      const key = metricKey(metric.coverage_name);
      const entry = perMetric.get(key) ?? { name: metric.coverage_name, scores: [] };
      entry.scores.push(metric.coverage_score);
      perMetric.set(key, entry);
    }
  }
  const result = new Map<string, Metric[]>();
  for (const [id, perMetric] of sums) {
    result.set(
      id,
      [...perMetric.values()].map(({ name, scores }) => ({
        coverage_name: name,
        coverage_score: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
      })),
    );
  }
  return result;
}

/** The kill chains the patterns belong to, the default (MITRE ATT&CK) first. */
export function killChains(patterns: readonly MatrixPattern[]): string[] {
  const names = new Set<string>();
  for (const p of patterns)
    for (const phase of p.killChainPhases ?? []) names.add(phase.kill_chain_name);
  return [...names].sort((a, b) =>
    a === DEFAULT_KILL_CHAIN ? -1 : b === DEFAULT_KILL_CHAIN ? 1 : a.localeCompare(b),
  );
}

const byMitreId = new Intl.Collator('en', { numeric: true });

/**
 * Lays the covered entity's attack patterns (plus any pattern a result tested that the entity no longer lists) out
 * by tactic of one kill chain: one column per phase in `x_opencti_order`, cells in ATT&CK ID order. A pattern with
 * several tactics appears in each of their columns; one without a phase of this kill chain goes to a last column
 * whose `phase` is the empty string.
 */
export function buildAttackMatrix(
  entityPatterns: readonly MatrixPattern[],
  covered: readonly CoveredPattern[],
  killChain: string = DEFAULT_KILL_CHAIN,
): MatrixColumn[] {
  const averages = averageCoverage(covered);
  const patterns = new Map<string, MatrixPattern>();
  for (const p of entityPatterns) patterns.set(p.id, p);
  for (const c of covered) if (c.to && !patterns.has(c.to.id)) patterns.set(c.to.id, c.to);
  const columns = new Map<string, MatrixColumn>();
  for (const pattern of patterns.values()) {
    const metrics = averages.get(pattern.id);
    const cell: MatrixCell = {
      id: pattern.id,
      name: pattern.name,
      mitreId: pattern.x_mitre_id ?? null,
      state: !metrics ? 'untested' : metrics.length > 0 ? 'tested' : 'placeholder',
      metrics: metrics ?? [],
    };
    const phases = (pattern.killChainPhases ?? []).filter((p) => p.kill_chain_name === killChain);
    const targets = phases.length > 0 ? phases : [null];
    for (const phase of targets) {
      const key = phase?.phase_name ?? '';
      const column = columns.get(key) ?? {
        phase: key,
        order: phase
          ? (phase.x_opencti_order ?? Number.MAX_SAFE_INTEGER - 1)
          : Number.MAX_SAFE_INTEGER,
        cells: [],
      };
      if (!column.cells.some((c) => c.id === cell.id)) column.cells.push(cell);
      columns.set(key, column);
    }
  }
  const sorted = [...columns.values()].sort(
    (a, b) => a.order - b.order || a.phase.localeCompare(b.phase),
  );
  for (const column of sorted)
    column.cells.sort((a, b) =>
      byMitreId.compare(a.mitreId ?? `~${a.name}`, b.mitreId ?? `~${b.name}`),
    );
  return sorted;
}

/** A cell's score for one metric (compared case-insensitively), or null when it has none. */
export function cellScore(cell: MatrixCell, metric: string): number | null {
  const found = cell.metrics.find((m) => metricKey(m.coverage_name) === metricKey(metric));
  return found ? found.coverage_score : null;
}

/** The metric names the cells carry, each once (first spelling kept). */
export function matrixMetrics(columns: readonly MatrixColumn[]): Metric[] {
  const seen = new Map<string, Metric>();
  for (const column of columns)
    for (const cell of column.cells)
      for (const m of cell.metrics)
        if (!seen.has(metricKey(m.coverage_name))) seen.set(metricKey(m.coverage_name), m);
  return [...seen.values()];
}

/** "initial-access" → "Initial access". */
export function phaseDisplayName(phase: string): string {
  const words = phase.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

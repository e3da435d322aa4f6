import { metricKey, type Metric } from './scores';

/**
 * MITRE ATT&CK Navigator layers (format 4.5) built from a coverage's tested attack patterns: one layer per metric
 * (Prevention, Detection…). Pure: the caller fetches the rows and offers the file.
 */

export const LAYER_FORMAT_VERSION = '4.5';
export const NAVIGATOR_VERSION = '5.1.0';
export const ATTACK_VERSION = '17';
/** The Navigator's default red → yellow → green gradient; the layer format takes hex colours only. */
export const GRADIENT_COLORS = ['#ff6666', '#ffe766', '#8ec843'] as const;
export const PLACEHOLDER_COLOR = '#bdbdbd';

const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;

/** One tested entity row of the Result tab: a has-covered relationship of one result (tenant or manual entry). */
export interface TestedTechnique {
  mitreId: string | null | undefined;
  name: string;
  resultName: string;
  metrics: readonly Metric[] | null | undefined;
}

export interface LayerTexts {
  /** Layer name, e.g. "Volt Typhoon – Prevention". */
  name: string;
  description: string;
  /** The comment on a technique for which OpenAEV made only a placeholder inject. */
  placeholderComment: string;
  placeholderLegend: string;
  /** Comment line giving one result's score, e.g. "{result}: {score}". */
  scoreLine: (resultName: string, score: number | null) => string;
  lowLegend: string;
  highLegend: string;
}

export interface NavigatorTechnique {
  techniqueID: string;
  score?: number;
  color?: string;
  comment: string;
  enabled: boolean;
  showSubtechniques: boolean;
  metadata: { name: string; value: string }[];
}

export interface NavigatorLayer {
  name: string;
  versions: { layer: string; navigator: string; attack: string };
  domain: 'enterprise-attack';
  description: string;
  sorting: number;
  layout: {
    layout: 'side';
    showID: boolean;
    showName: boolean;
    showAggregateScores: boolean;
    countUnscored: boolean;
    aggregateFunction: 'average';
    expandedSubtechniques: 'annotated';
  };
  hideDisabled: boolean;
  techniques: NavigatorTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  metadata: { name: string; value: string }[];
  showTacticRowBackground: boolean;
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
  selectVisibleTechniques: boolean;
}

/** The metric names found on attack patterns, first-seen order, one per case-insensitive name. */
export function layerMetrics(rows: readonly TestedTechnique[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows)
    for (const m of row.metrics ?? [])
      if (!seen.has(metricKey(m.coverage_name)))
        seen.set(metricKey(m.coverage_name), m.coverage_name);
  return [...seen.values()];
}

/**
 * One layer for `metric`. A technique tested by several results gets the rounded average of their scores (as
 * OpenCTI averages per tested entity); a technique none of whose results has any metric is a placeholder: no
 * score (unscored in the Navigator, never 0), a grey colour and a comment. Rows without a valid ATT&CK ID
 * (analyst-made patterns) cannot be placed on the matrix and are counted in the layer's metadata.
 */
export function buildNavigatorLayer(
  rows: readonly TestedTechnique[],
  metric: string,
  texts: LayerTexts,
): NavigatorLayer {
  const key = metricKey(metric);
  const byId = new Map<string, TestedTechnique[]>();
  let skipped = 0;
  for (const row of rows) {
    const id = row.mitreId?.trim().toUpperCase() ?? '';
    if (!TECHNIQUE_ID.test(id)) {
      skipped += 1;
      continue;
    }
    byId.set(id, [...(byId.get(id) ?? []), row]);
  }
  const techniques: NavigatorTechnique[] = [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([techniqueID, group]) => {
      const placeholder = group.every((r) => !r.metrics?.length);
      const scores = group.map((r) => {
        const found = (r.metrics ?? []).find((m) => metricKey(m.coverage_name) === key);
        return found ? found.coverage_score : null;
      });
      const present = scores.filter((s): s is number => s !== null);
      const base = {
        techniqueID,
        enabled: true,
        showSubtechniques: false,
        metadata: [
          { name: 'name', value: group[0]?.name ?? techniqueID },
          { name: 'placeholder', value: placeholder ? 'true' : 'false' },
        ],
      };
      if (placeholder)
        return { ...base, color: PLACEHOLDER_COLOR, comment: texts.placeholderComment };
      const comment = group
        .map((r, i) => texts.scoreLine(r.resultName, scores[i] ?? null))
        .join('\n');
      return present.length > 0
        ? {
            ...base,
            score: Math.round(present.reduce((sum, s) => sum + s, 0) / present.length),
            comment,
          }
        : { ...base, comment };
    });
  return {
    name: texts.name,
    versions: { layer: LAYER_FORMAT_VERSION, navigator: NAVIGATOR_VERSION, attack: ATTACK_VERSION },
    domain: 'enterprise-attack',
    description: texts.description,
    sorting: 0,
    layout: {
      layout: 'side',
      showID: true,
      showName: true,
      showAggregateScores: false,
      countUnscored: false,
      aggregateFunction: 'average',
      expandedSubtechniques: 'annotated',
    },
    hideDisabled: false,
    techniques,
    gradient: { colors: [...GRADIENT_COLORS], minValue: 0, maxValue: 100 },
    legendItems: [
      { label: texts.lowLegend, color: GRADIENT_COLORS[0] },
      { label: texts.highLegend, color: GRADIENT_COLORS[2] },
      { label: texts.placeholderLegend, color: PLACEHOLDER_COLOR },
    ],
    metadata: [
      { name: 'metric', value: metric },
      { name: 'techniques', value: String(techniques.length) },
      {
        name: 'placeholders',
        value: String(techniques.filter((t) => t.color === PLACEHOLDER_COLOR).length),
      },
      { name: 'without ATT&CK ID', value: String(skipped) },
    ],
    showTacticRowBackground: false,
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
  };
}

/** A file name safe on every system, the metric always kept: "volt-typhoon-prevention.layer.json". */
export function layerFileName(coverageName: string, metric: string): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-');
  const name = slug(coverageName).slice(0, 60).replace(/-+$/, '');
  return `${[name || 'coverage', slug(metric)].filter(Boolean).join('-')}.layer.json`;
}

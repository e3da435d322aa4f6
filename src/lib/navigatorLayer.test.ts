import { describe, expect, it } from 'vitest';
import {
  buildNavigatorLayer,
  layerFileName,
  layerMetrics,
  PLACEHOLDER_COLOR,
  type LayerTexts,
  type TestedTechnique,
} from './navigatorLayer';

const texts: LayerTexts = {
  name: 'Volt Typhoon – Prevention',
  description: 'Prevention scores',
  placeholderComment: 'Placeholder inject',
  placeholderLegend: 'Placeholder',
  scoreLine: (result, score) => `${result}: ${score ?? '–'}`,
  lowLegend: '0',
  highLegend: '100',
};

const rows: TestedTechnique[] = [
  {
    mitreId: 'T1059.001',
    name: 'PowerShell',
    resultName: 'EMEA',
    metrics: [
      { coverage_name: 'PREVENTION', coverage_score: 40 },
      { coverage_name: 'DETECTION', coverage_score: 90 },
    ],
  },
  {
    mitreId: 'T1059.001',
    name: 'PowerShell',
    resultName: 'APAC',
    metrics: [{ coverage_name: 'prevention', coverage_score: 61 }],
  },
  { mitreId: 'T1583', name: 'Acquire Infrastructure', resultName: 'EMEA', metrics: [] },
  {
    mitreId: 'T1003',
    name: 'OS Credential Dumping',
    resultName: 'EMEA',
    metrics: [{ coverage_name: 'Prevention', coverage_score: 0 }],
  },
  {
    mitreId: 'T1190',
    name: 'Exploit Public-Facing Application',
    resultName: 'EMEA',
    metrics: [{ coverage_name: 'Detection', coverage_score: 10 }],
  },
  { mitreId: null, name: 'Analyst pattern', resultName: 'EMEA', metrics: [] },
];

describe('ATT&CK Navigator layer 4.5', () => {
  const layer = buildNavigatorLayer(rows, 'Prevention', texts);

  it('has the required top-level fields of format 4.5', () => {
    expect(layer.name).toBe('Volt Typhoon – Prevention');
    expect(layer.domain).toBe('enterprise-attack');
    expect(layer.versions.layer).toBe('4.5');
    expect(layer.versions.navigator).toMatch(/^\d+\.\d+\.\d+$/);
    expect(layer.versions.attack).toMatch(/^\d+$/);
    expect([0, 1, 2, 3]).toContain(layer.sorting);
    expect(['side', 'flat', 'mini']).toContain(layer.layout.layout);
    expect(['average', 'min', 'max', 'sum']).toContain(layer.layout.aggregateFunction);
    // A JSON round trip keeps everything (no undefined, functions or dates in the file).
    expect(JSON.parse(JSON.stringify(layer))).toEqual(layer);
  });

  it('has a valid gradient and legend', () => {
    expect(layer.gradient.colors.length).toBeGreaterThanOrEqual(2);
    for (const c of layer.gradient.colors) expect(c).toMatch(/^#[0-9a-f]{6}$/i);
    expect(layer.gradient.maxValue).toBeGreaterThan(layer.gradient.minValue);
    for (const item of layer.legendItems) {
      expect(typeof item.label).toBe('string');
      expect(item.color).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('gives one technique per ATT&CK ID, averaging results and rounding half up', () => {
    const ids = layer.techniques.map((t) => t.techniqueID);
    expect(ids).toEqual(['T1003', 'T1059.001', 'T1190', 'T1583']);
    for (const id of ids) expect(id).toMatch(/^T\d{4}(\.\d{3})?$/);
    const powershell = layer.techniques.find((t) => t.techniqueID === 'T1059.001');
    expect(powershell?.score).toBe(51);
    expect(powershell?.comment).toBe('EMEA: 40\nAPAC: 61');
  });

  it('keeps a 0 % score, and leaves untested metrics and placeholders unscored', () => {
    expect(layer.techniques.find((t) => t.techniqueID === 'T1003')?.score).toBe(0);
    const detectionOnly = layer.techniques.find((t) => t.techniqueID === 'T1190');
    expect(detectionOnly).not.toHaveProperty('score');
    expect(detectionOnly?.color).toBeUndefined();
    const placeholder = layer.techniques.find((t) => t.techniqueID === 'T1583');
    expect(placeholder).not.toHaveProperty('score');
    expect(placeholder?.color).toBe(PLACEHOLDER_COLOR);
    expect(placeholder?.comment).toBe('Placeholder inject');
    expect(placeholder?.metadata).toContainEqual({ name: 'placeholder', value: 'true' });
  });

  it('counts what it could not place on the matrix', () => {
    expect(layer.metadata).toContainEqual({ name: 'without ATT&CK ID', value: '1' });
    expect(layer.metadata).toContainEqual({ name: 'placeholders', value: '1' });
  });

  it('builds a separate layer per metric', () => {
    expect(layerMetrics(rows)).toEqual(['PREVENTION', 'DETECTION']);
    const detection = buildNavigatorLayer(rows, 'detection', texts);
    expect(detection.techniques.find((t) => t.techniqueID === 'T1059.001')?.score).toBe(90);
    expect(detection.techniques.find((t) => t.techniqueID === 'T1190')?.score).toBe(10);
  });

  it('names files safely', () => {
    expect(layerFileName('Volt Typhoon: AA24-038A', 'Prevention')).toBe(
      'volt-typhoon-aa24-038a-prevention.layer.json',
    );
    expect(layerFileName('x'.repeat(200), 'Detection')).toMatch(/^x{60}-detection\.layer\.json$/);
  });
});

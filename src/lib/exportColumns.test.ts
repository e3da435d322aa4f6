import { describe, expect, it } from 'vitest';
import { joinValues, metricColumns } from './exportColumns';

const vocabulary = [
  { name: 'prevention', order: 1 },
  { name: 'detection', order: 2 },
];

describe('metricColumns', () => {
  it('makes one column per metric present, in the vocabulary order, with empty cells for missing scores', () => {
    const columns = metricColumns(
      [
        [{ coverage_name: 'Detection', coverage_score: 40 }],
        null,
        [
          { coverage_name: 'prevention', coverage_score: 0 },
          { coverage_name: 'detection', coverage_score: 75 },
        ],
      ],
      vocabulary,
    );
    expect(columns.header).toEqual(['Prevention', 'Detection']);
    expect(columns.cells([{ coverage_name: 'DETECTION', coverage_score: 40 }])).toEqual(['', 40]);
    expect(columns.cells(undefined)).toEqual(['', '']);
    expect(columns.cells([{ coverage_name: 'prevention', coverage_score: 0 }])).toEqual([0, '']);
  });

  it('has no score column when no row is scored', () => {
    const columns = metricColumns([[], null], vocabulary);
    expect(columns.header).toEqual([]);
    expect(columns.cells([])).toEqual([]);
  });
});

describe('joinValues', () => {
  it('joins the picked values with semicolons', () => {
    expect(joinValues([{ v: 'a' }, { v: null }, { v: 'c' }], (x) => x.v)).toBe('a; ; c');
    expect(joinValues(null, (x: { v: string }) => x.v)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { metricDisplayName, orderMetrics, scoreLevel, vocabularyNames } from './scores';

describe('scoreLevel', () => {
  it.each([
    [0, 'error'],
    [39, 'error'],
    [40, 'warning'],
    [69, 'warning'],
    [70, 'success'],
    [100, 'success'],
  ] as const)('%i is %s', (score, level) => expect(scoreLevel(score)).toBe(level));
});

describe('orderMetrics', () => {
  const vocabulary = [
    { name: 'vulnerability', order: 3 },
    { name: 'prevention', order: 1 },
    { name: 'detection', order: 2 },
  ];

  it('follows the vocabulary order, case-insensitively', () => {
    const ordered = orderMetrics(
      [
        { coverage_name: 'DETECTION', coverage_score: 10 },
        { coverage_name: 'vulnerability', coverage_score: 0 },
        { coverage_name: 'PREVENTION', coverage_score: 90 },
      ],
      vocabulary,
    );
    expect(ordered.map((m) => m.coverage_name)).toEqual([
      'PREVENTION',
      'DETECTION',
      'vulnerability',
    ]);
  });

  it('puts unknown names last, alphabetically, and drops duplicates', () => {
    const ordered = orderMetrics(
      [
        { coverage_name: 'zeta', coverage_score: 1 },
        { coverage_name: 'HUMAN_RESPONSE', coverage_score: 2 },
        { coverage_name: 'detection', coverage_score: 3 },
        { coverage_name: 'Detection', coverage_score: 4 },
      ],
      vocabulary,
    );
    expect(ordered.map((m) => [m.coverage_name, m.coverage_score])).toEqual([
      ['detection', 3],
      ['HUMAN_RESPONSE', 2],
      ['zeta', 1],
    ]);
  });
});

describe('metricDisplayName', () => {
  it('reads well whatever the case', () => {
    expect(metricDisplayName('PREVENTION')).toBe('Prevention');
    expect(metricDisplayName('human_response')).toBe('Human response');
  });
});

describe('vocabularyNames', () => {
  it('lists the names of a vocabulary in its order', () => {
    expect(
      vocabularyNames([
        { name: 'detection', order: 2 },
        { name: 'prevention', order: 1 },
        { name: 'other' },
      ]),
    ).toEqual(['prevention', 'detection', 'other']);
  });
});

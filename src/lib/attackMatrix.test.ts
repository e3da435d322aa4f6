import { describe, expect, it } from 'vitest';
import {
  averageCoverage,
  buildAttackMatrix,
  cellScore,
  killChains,
  matrixMetrics,
  phaseDisplayName,
  type MatrixPattern,
} from './attackMatrix';

const phase = (phase_name: string, x_opencti_order: number, kill_chain_name = 'mitre-attack') => ({
  kill_chain_name,
  phase_name,
  x_opencti_order,
});
const ap = (id: string, mitre: string, ...phases: ReturnType<typeof phase>[]): MatrixPattern => ({
  id,
  name: `Pattern ${mitre}`,
  x_mitre_id: mitre,
  killChainPhases: phases,
});
const m = (coverage_name: string, coverage_score: number) => ({ coverage_name, coverage_score });

describe('averageCoverage', () => {
  it('averages per metric over results and rounds half up', () => {
    const map = averageCoverage([
      { to: ap('ap-1', 'T1'), coverage_information: [m('Prevention', 40), m('Detection', 90)] },
      { to: ap('ap-1', 'T1'), coverage_information: [m('prevention', 61)] },
      { to: ap('ap-2', 'T2'), coverage_information: [m('Detection', 20)] },
      { to: null, coverage_information: [m('Detection', 5)] },
    ]);
    expect(map.size).toBe(2);
    expect(map.get('ap-1')).toEqual([m('Prevention', 51), m('Detection', 90)]);
    expect(map.get('ap-2')).toEqual([m('Detection', 20)]);
  });

  it('keeps a pattern with only empty metrics, with an empty list', () => {
    expect(
      averageCoverage([{ to: ap('ap-1', 'T1'), coverage_information: [] }]).get('ap-1'),
    ).toEqual([]);
  });
});

describe('buildAttackMatrix', () => {
  const patterns = [
    ap('a', 'T1059.001', phase('execution', 4)),
    ap('b', 'T1003', phase('credential-access', 8)),
    ap('c', 'T1133', phase('initial-access', 3), phase('persistence', 5)),
    ap('d', 'T1583', phase('resource-development', 2)),
    { id: 'e', name: 'Analyst pattern', x_mitre_id: null, killChainPhases: [] },
  ];
  const covered = [
    { to: patterns[0], coverage_information: [m('PREVENTION', 0), m('DETECTION', 100)] },
    { to: patterns[2], coverage_information: [m('PREVENTION', 70)] },
    { to: patterns[3], coverage_information: [] },
  ];

  it('lays patterns out by tactic order, with a last column for patterns without a tactic', () => {
    const columns = buildAttackMatrix(patterns, covered);
    expect(columns.map((c) => c.phase)).toEqual([
      'resource-development',
      'initial-access',
      'execution',
      'persistence',
      'credential-access',
      '',
    ]);
    expect(columns[1]?.cells.map((c) => c.mitreId)).toEqual(['T1133']);
    expect(columns[3]?.cells.map((c) => c.mitreId)).toEqual(['T1133']);
  });

  it('marks tested, placeholder and untested cells; a 0 score is a score', () => {
    const cells = buildAttackMatrix(patterns, covered).flatMap((c) => c.cells);
    const byId = (id: string) => cells.find((c) => c.id === id);
    expect(byId('a')?.state).toBe('tested');
    expect(cellScore(byId('a')!, 'prevention')).toBe(0);
    expect(cellScore(byId('a')!, 'Detection')).toBe(100);
    expect(byId('d')?.state).toBe('placeholder');
    expect(byId('b')?.state).toBe('untested');
    expect(cellScore(byId('b')!, 'prevention')).toBeNull();
    expect(cellScore(byId('c')!, 'detection')).toBeNull();
  });

  it('adds patterns a result tested that the entity does not list', () => {
    const extra = ap('z', 'T1490', phase('impact', 14));
    const columns = buildAttackMatrix(
      [],
      [{ to: extra, coverage_information: [m('Detection', 50)] }],
    );
    expect(columns).toHaveLength(1);
    expect(columns[0]?.cells[0]?.state).toBe('tested');
  });

  it('sorts cells by ATT&CK ID numerically', () => {
    const columns = buildAttackMatrix(
      [
        ap('x', 'T1059.010', phase('execution', 4)),
        ap('y', 'T1059.002', phase('execution', 4)),
        ap('w', 'T1047', phase('execution', 4)),
      ],
      [],
    );
    expect(columns[0]?.cells.map((c) => c.mitreId)).toEqual(['T1047', 'T1059.002', 'T1059.010']);
  });

  it('uses the chosen kill chain', () => {
    const p = ap('k', 'T1', phase('execution', 4), phase('stage-1', 1, 'lockheed'));
    expect(killChains([p])).toEqual(['mitre-attack', 'lockheed']);
    expect(buildAttackMatrix([p], [], 'lockheed').map((c) => c.phase)).toEqual(['stage-1']);
  });

  it('lists the metrics the cells carry once each', () => {
    const names = matrixMetrics(buildAttackMatrix(patterns, covered)).map((x) => x.coverage_name);
    expect(names).toEqual(['PREVENTION', 'DETECTION']);
  });
});

it('phaseDisplayName capitalises and spaces a phase', () => {
  expect(phaseDisplayName('command-and-control')).toBe('Command and control');
});

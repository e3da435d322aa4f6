import { describe, expect, it } from 'vitest';
import { countEligible, testableEntitiesFilter } from './eligibility';

describe('testable entities', () => {
  it('reads a container through objects', () => {
    expect(testableEntitiesFilter('r1', 'Report').filters).toEqual([
      { key: ['objects'], values: ['r1'], operator: 'eq', mode: 'or' },
    ]);
  });

  it('reads other entities through their uses and targets relationships', () => {
    const filter = testableEntitiesFilter('c1', 'Campaign').filters[0];
    expect(filter?.key).toEqual(['regardingOf']);
    expect(filter?.values).toEqual([
      { key: 'id', values: ['c1'] },
      { key: 'relationship_type', values: ['uses', 'targets'] },
    ]);
  });

  it('counts attack patterns with a MITRE ID and vulnerabilities', () => {
    expect(
      countEligible([
        { entity_type: 'Attack-Pattern', x_mitre_id: 'T1059.001' },
        { entity_type: 'Attack-Pattern', x_mitre_id: '' },
        { entity_type: 'Attack-Pattern', x_mitre_id: null },
        { entity_type: 'Vulnerability' },
        { entity_type: 'Indicator' },
      ]),
    ).toEqual({ attackPatterns: 1, vulnerabilities: 1, total: 2 });
  });
});

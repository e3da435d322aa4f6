import { anyOf, filterGroup, type FilterGroup } from './filters';
import type { CoverableEntityType } from './entityTypes';

/** The entity types an automated coverage can test (what OpenAEV builds injects for). */
export const TESTABLE_TYPES = ['Attack-Pattern', 'Vulnerability'] as const;

/** Report, Grouping and Incident Response hold their entities; the others point at them through relationships. */
export const CONTAINER_TYPES: readonly CoverableEntityType[] = [
  'Report',
  'Grouping',
  'Case-Incident',
];

/**
 * The filter that selects what a covered entity contains or uses, as OpenCTI's own form builds it: a container's
 * `objects`, or the targets of its outbound `uses` / `targets` relationships.
 */
export function testableEntitiesFilter(
  entityId: string,
  entityType: CoverableEntityType,
): FilterGroup {
  if (CONTAINER_TYPES.includes(entityType)) return filterGroup([anyOf('objects', [entityId])]);
  return filterGroup([
    {
      key: ['regardingOf'],
      values: [
        { key: 'id', values: [entityId] },
        { key: 'relationship_type', values: ['uses', 'targets'] },
      ],
      operator: 'eq',
      mode: 'or',
    },
  ]);
}

export interface TestableEntity {
  entity_type: string;
  x_mitre_id?: string | null;
}

/** What OpenAEV can test: attack patterns with a MITRE ATT&CK ID, and vulnerabilities. */
export function countEligible(entities: readonly TestableEntity[]): {
  attackPatterns: number;
  vulnerabilities: number;
  total: number;
} {
  const attackPatterns = entities.filter(
    (e) => e.entity_type === 'Attack-Pattern' && !!e.x_mitre_id?.trim(),
  ).length;
  const vulnerabilities = entities.filter((e) => e.entity_type === 'Vulnerability').length;
  return { attackPatterns, vulnerabilities, total: attackPatterns + vulnerabilities };
}

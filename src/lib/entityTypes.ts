/** The six entity types a Security Coverage can cover (OpenCTI's COVERED_ENTITIES_TYPE), in menu order. */
export const COVERABLE_ENTITY_TYPES = [
  'Report',
  'Grouping',
  'Campaign',
  'Intrusion-Set',
  'Incident',
  'Case-Incident',
] as const;

export type CoverableEntityType = (typeof COVERABLE_ENTITY_TYPES)[number];

/** The URL segment of each coverable type, as OpenCTI's own front end has it, so links are interchangeable. */
export const ENTITY_TYPE_SEGMENT: Record<CoverableEntityType, string> = {
  Report: 'analyses/reports',
  Grouping: 'analyses/groupings',
  Campaign: 'threats/campaigns',
  'Intrusion-Set': 'threats/intrusion_sets',
  Incident: 'events/incidents',
  'Case-Incident': 'cases/incidents',
};

export function isCoverableEntityType(value: string): value is CoverableEntityType {
  return (COVERABLE_ENTITY_TYPES as readonly string[]).includes(value);
}

export function coverableTypeForSegment(segment: string): CoverableEntityType | undefined {
  return COVERABLE_ENTITY_TYPES.find((type) => ENTITY_TYPE_SEGMENT[type] === segment);
}

import { iso } from '../clock';
import { uuidFrom } from '../store/hash';
import type { Store } from '../store/store';
import type { RelationshipRecord, StixRecord } from '../store/types';

const STIX_PREFIX: Record<StixRecord['entity_type'], string> = {
  Report: 'report',
  Grouping: 'grouping',
  'Case-Incident': 'case-incident',
  Campaign: 'campaign',
  'Intrusion-Set': 'intrusion-set',
  Incident: 'incident',
  'Attack-Pattern': 'attack-pattern',
  Vulnerability: 'vulnerability',
  Organization: 'identity',
  Individual: 'identity',
  SecurityPlatform: 'identity',
  'Security-Coverage': 'security-coverage',
  'Security-Coverage-Result': 'security-coverage-result',
  Label: 'label',
  'Marking-Definition': 'marking-definition',
  'Kill-Chain-Phase': 'kill-chain-phase',
  Vocabulary: 'vocabulary',
};

/**
 * A STIX standard id. OpenCTI derives it (uuid5) from the type's identifying properties; here a stable hash of
 * the same properties plays that role, so equal inputs give equal standard ids.
 */
export function standardId(entityType: StixRecord['entity_type'], identity: string): string {
  return `${STIX_PREFIX[entityType]}--${uuidFrom(`${entityType}|${identity.trim().toLowerCase()}`)}`;
}

export interface DomainDefaults {
  id: string;
  standard_id: string;
  created_at: string;
  updated_at: string;
  created: string;
  modified: string;
  creators: string[];
  x_opencti_stix_ids: string[];
  confidence: number | null;
  revoked: boolean;
  lang: string;
  createdBy: string | null;
  objectMarking: string[];
  objectLabel: string[];
}

export function domainDefaults(
  id: string,
  stdId: string,
  at: number,
  userId: string,
  overrides: Partial<DomainDefaults> = {},
): DomainDefaults {
  const stamp = iso(at);
  // Built field by field (no object spread) so V8 keeps these records in fast, compact mode.
  return {
    id,
    standard_id: stdId,
    created_at: overrides.created_at ?? stamp,
    updated_at: overrides.updated_at ?? stamp,
    created: overrides.created ?? stamp,
    modified: overrides.modified ?? stamp,
    creators: overrides.creators ?? [userId],
    x_opencti_stix_ids: overrides.x_opencti_stix_ids ?? [],
    confidence: overrides.confidence === undefined ? 75 : overrides.confidence,
    revoked: overrides.revoked ?? false,
    lang: overrides.lang ?? 'en',
    createdBy: overrides.createdBy ?? null,
    objectMarking: overrides.objectMarking ?? [],
    objectLabel: overrides.objectLabel ?? [],
  };
}

export function newRelationship(
  store: Store,
  input: {
    id?: string;
    type: string;
    fromId: string;
    toId: string;
    at: number;
    userId: string;
    coverage?: RelationshipRecord['coverage_information'];
    startTime?: string | null;
    stopTime?: string | null;
    description?: string | null;
    createdBy?: string | null;
    objectMarking?: string[];
    confidence?: number | null;
  },
): RelationshipRecord {
  const id = input.id ?? store.newId('relationship');
  const stamp = iso(input.at);
  return {
    id,
    standard_id: `relationship--${uuidFrom(`${input.type}|${input.fromId}|${input.toId}`)}`,
    relationship_type: input.type,
    fromId: input.fromId,
    toId: input.toId,
    created_at: stamp,
    updated_at: stamp,
    created: stamp,
    modified: stamp,
    start_time: input.startTime ?? null,
    stop_time: input.stopTime ?? null,
    confidence: input.confidence ?? 75,
    description: input.description ?? null,
    revoked: false,
    lang: 'en',
    createdBy: input.createdBy ?? null,
    objectMarking: input.objectMarking ?? [],
    objectLabel: [],
    creators: [input.userId],
    x_opencti_stix_ids: [],
    coverage_information: input.coverage ?? null,
  };
}

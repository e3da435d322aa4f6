import type {
  ConnectorRecord,
  DomainRecord,
  LogRecord,
  RelationshipRecord,
  StixRecord,
  UserRecord,
  WorkRecord,
} from '../store/types';
import { isRecord } from './args';

/**
 * The objects resolvers receive as `source`: store records, plus a few transient shapes. Guards check them at
 * run time so field resolvers stay typed without blind casts.
 */

/** A `StixRefRelationship` answered by the ref mutations (object-label, object-marking, object…). */
export interface RefRelationship {
  kind: 'ref';
  id: string;
  relationship_type: string;
  fromId: string;
  toId: string;
  created_at: string;
}

/** `stixCoreObjectEdit(id)` / `stixCoreRelationshipEdit(id)` / `workEdit(id)` return a handle on the id. */
export interface EditHandle {
  kind: 'edit';
  id: string;
}

export const STIX_TYPENAMES: Readonly<Record<StixRecord['entity_type'], string>> = {
  Report: 'Report',
  Grouping: 'Grouping',
  'Case-Incident': 'CaseIncident',
  Campaign: 'Campaign',
  'Intrusion-Set': 'IntrusionSet',
  Incident: 'Incident',
  'Attack-Pattern': 'AttackPattern',
  Vulnerability: 'Vulnerability',
  Organization: 'Organization',
  Individual: 'Individual',
  SecurityPlatform: 'SecurityPlatform',
  'Security-Coverage': 'SecurityCoverage',
  'Security-Coverage-Result': 'SecurityCoverageResult',
  Label: 'Label',
  'Marking-Definition': 'MarkingDefinition',
  'Kill-Chain-Phase': 'KillChainPhase',
  Vocabulary: 'Vocabulary',
};

function isStixType(value: unknown): value is StixRecord['entity_type'] {
  return typeof value === 'string' && value in STIX_TYPENAMES;
}

export function isStixRecord(value: unknown): value is StixRecord {
  return isRecord(value) && isStixType(value.entity_type) && typeof value.standard_id === 'string';
}

export function isDomain(value: unknown): value is DomainRecord {
  return (
    isStixRecord(value) &&
    value.entity_type !== 'Label' &&
    value.entity_type !== 'Marking-Definition' &&
    value.entity_type !== 'Kill-Chain-Phase' &&
    value.entity_type !== 'Vocabulary'
  );
}

export function isRelationship(value: unknown): value is RelationshipRecord {
  return isRecord(value) && typeof value.relationship_type === 'string' && value.kind !== 'ref';
}

export function isRefRelationship(value: unknown): value is RefRelationship {
  return isRecord(value) && value.kind === 'ref';
}

export function isWork(value: unknown): value is WorkRecord {
  return isRecord(value) && value.entity_type === 'Work';
}

export function isConnector(value: unknown): value is ConnectorRecord {
  return isRecord(value) && value.entity_type === 'Connector';
}

export function isUser(value: unknown): value is UserRecord {
  return isRecord(value) && value.entity_type === 'User' && typeof value.role === 'string';
}

export function isLog(value: unknown): value is LogRecord {
  return isRecord(value) && value.entity_type === 'History';
}

export function isEditHandle(value: unknown): value is EditHandle {
  return isRecord(value) && value.kind === 'edit' && typeof value.id === 'string';
}

/** `__typename` of any source (interfaces and unions resolve through it). */
export function typeNameOf(value: unknown): string | undefined {
  if (isRefRelationship(value)) return 'StixRefRelationship';
  if (isRelationship(value)) return 'StixCoreRelationship';
  if (isStixRecord(value)) return STIX_TYPENAMES[value.entity_type];
  if (isUser(value)) return 'Creator';
  if (isConnector(value)) return 'Connector';
  if (isRecord(value) && value.entity_type === 'Capability') return 'Capability';
  if (isRecord(value) && value.entity_type === 'Settings') return 'Settings';
  return undefined;
}

import type { StixRecord } from '../store/types';

/** OpenCTI's `parent_types` of each entity type. */
export function parentTypes(entityType: string): string[] {
  const base = ['Basic-Object', 'Stix-Object'];
  switch (entityType) {
    case 'Label':
    case 'Marking-Definition':
    case 'Kill-Chain-Phase':
    case 'Vocabulary':
      return [...base, 'Stix-Meta-Object'];
    case 'Report':
    case 'Grouping':
      return [...base, 'Stix-Core-Object', 'Stix-Domain-Object', 'Container'];
    case 'Case-Incident':
      return [...base, 'Stix-Core-Object', 'Stix-Domain-Object', 'Container', 'Case'];
    case 'Organization':
    case 'Individual':
    case 'SecurityPlatform':
      return [...base, 'Stix-Core-Object', 'Stix-Domain-Object', 'Identity'];
    default:
      return [...base, 'Stix-Core-Object', 'Stix-Domain-Object'];
  }
}

export const RELATIONSHIP_PARENT_TYPES = [
  'basic-relationship',
  'stix-relationship',
  'stix-core-relationship',
];

export function typeMatches(
  entityType: string,
  types: readonly string[] | null | undefined,
): boolean {
  if (!types || types.length === 0) return true;
  const candidates = [entityType, ...parentTypes(entityType)].map((t) => t.toLowerCase());
  return types.some((t) => candidates.includes(t.toLowerCase()));
}

/** Reads a record attribute by its GraphQL name. */
export function readField(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

export function recordName(record: StixRecord | undefined): string {
  if (!record) return '';
  switch (record.entity_type) {
    case 'Label':
      return record.value;
    case 'Marking-Definition':
      return record.definition;
    case 'Kill-Chain-Phase':
      return record.phase_name;
    default:
      return record.name;
  }
}

// ---- search --------------------------------------------------------------------------------------------

function searchableText(record: StixRecord): string[] {
  const parts = [
    recordName(record),
    readField(record, 'description'),
    readField(record, 'x_mitre_id'),
  ];
  for (const key of ['aliases', 'x_opencti_aliases']) {
    const value = readField(record, key);
    if (Array.isArray(value)) parts.push(...value);
  }
  return parts.filter((p): p is string => typeof p === 'string').map((p) => p.toLowerCase());
}

function tokens(search: string): string[] {
  return search
    .toLowerCase()
    .replace(/["*]/g, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0);
}

/** Every search word must appear in the name, description, MITRE id or aliases (case-insensitive). */
export function matchesSearch(record: StixRecord, search: string | null | undefined): boolean {
  if (!search || !search.trim()) return true;
  const text = searchableText(record).join(' ');
  return tokens(search).every((token) => text.includes(token));
}

/** A crude relevance: name hits weigh more than description hits. */
export function searchScore(record: StixRecord, search: string | null | undefined): number {
  if (!search) return 0;
  const name = recordName(record).toLowerCase();
  const text = searchableText(record).join(' ');
  return tokens(search).reduce(
    (score, token) =>
      score +
      (name === token ? 10 : 0) +
      (name.includes(token) ? 5 : 0) +
      (text.includes(token) ? 1 : 0),
    0,
  );
}

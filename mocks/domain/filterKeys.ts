import type { FilterScalar, KeyHandler, KeyRegistry } from '../store/filters';
import {
  compileFilterGroup,
  matchValues,
  parseFilterGroup,
  subFilterValues,
} from '../store/filters';
import type { Store } from '../store/store';
import type { DomainRecord, RelationshipRecord } from '../store/types';
import type { Shape } from './context';
import { coverageValues } from './coverageView';
import { parentTypes, readField, recordName, RELATIONSHIP_PARENT_TYPES } from './listing';

/** Filter keys of the lists, per record kind (see store/filters.ts for the engine). */

function scalars(value: unknown): FilterScalar[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter(
    (v): v is FilterScalar =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
}

// ---- relations (regardingOf) ---------------------------------------------------------------------------

interface Relation {
  type: string;
  otherId: string;
  /** 'out': the item is the source; 'in': the item is the target. */
  direction: 'out' | 'in';
}

/** Core relationships and the refs OpenCTI also treats as relations (object, object-covered, result-of). */
export function relationsOf(store: Store, record: DomainRecord): Relation[] {
  const relations: Relation[] = [];
  for (const rel of store.relationshipsFrom(record.id)) {
    relations.push({ type: rel.relationship_type, otherId: rel.toId, direction: 'out' });
  }
  for (const rel of store.relationshipsTo(record.id)) {
    relations.push({ type: rel.relationship_type, otherId: rel.fromId, direction: 'in' });
  }
  for (const containerId of store.containersOf(record.id)) {
    relations.push({ type: 'object', otherId: containerId, direction: 'in' });
  }
  if ('objects' in record) {
    for (const objectId of record.objects)
      relations.push({ type: 'object', otherId: objectId, direction: 'out' });
  }
  if (record.entity_type === 'Security-Coverage') {
    relations.push({ type: 'object-covered', otherId: record.objectCovered, direction: 'out' });
    for (const result of store.resultsOf(record.id)) {
      relations.push({ type: 'result-of', otherId: result.id, direction: 'in' });
    }
  }
  if (record.entity_type === 'Security-Coverage-Result') {
    relations.push({ type: 'result-of', otherId: record.resultOf, direction: 'out' });
  }
  const coverage = store.coverageOf(record.id);
  if (coverage) relations.push({ type: 'object-covered', otherId: coverage.id, direction: 'in' });
  return relations;
}

function dateBound(
  field: 'created' | 'created_at',
  operator: 'gte' | 'lte',
): KeyHandler<DomainRecord> {
  return {
    match: (item, filter, env) => matchValues([item[field]], { ...filter, operator }, env),
  };
}

function truthy(values: unknown[] | null): boolean {
  return values !== null && values.some((v) => v === true || v === 'true');
}

// ---- registries ----------------------------------------------------------------------------------------

const PLAIN_ENTITY_KEYS = [
  'name',
  'description',
  'standard_id',
  'confidence',
  'revoked',
  'created',
  'created_at',
  'updated_at',
  'modified',
  'periodicity',
  'duration',
  'type_affinity',
  'platforms_affinity',
  'x_mitre_id',
  'x_mitre_platforms',
  'isSubAttackPattern',
  'x_opencti_cvss_base_score',
  'x_opencti_cvss_base_severity',
  'x_opencti_cvss_attack_vector',
  'x_opencti_cisa_kev',
  'x_opencti_epss_score',
  'x_opencti_score',
  'x_opencti_cwe',
  'report_types',
  'published',
  'context',
  'severity',
  'priority',
  'incident_type',
  'response_types',
  'first_seen',
  'last_seen',
  'aliases',
  'x_opencti_aliases',
  'security_platform_type',
  'identity_class',
  'primary_motivation',
  'resource_level',
  'source',
  'objective',
  'tenant_id',
  'tenant_name',
];

export function entityKeys(store: Store, shape: Shape): KeyRegistry<DomainRecord> {
  const registry: Record<string, KeyRegistry<DomainRecord>[string]> = {};
  for (const key of PLAIN_ENTITY_KEYS) {
    registry[key] = { values: (item) => scalars(readField(item, key)) };
  }
  const ids = { values: (item: DomainRecord) => [item.id, item.standard_id] };
  const coverageField = (
    field: 'coverage_last_result' | 'coverage_valid_from' | 'coverage_valid_to' | 'external_uri',
  ) => ({
    values: (item: DomainRecord) => {
      if (item.entity_type === 'Security-Coverage')
        return [coverageValues(store, item, shape)[field]];
      if (item.entity_type === 'Security-Coverage-Result') return [item[field]];
      return [];
    },
  });
  const keys: KeyRegistry<DomainRecord> = {
    ...registry,
    id: ids,
    ids,
    internal_id: ids,
    entity_type: { values: (item) => [item.entity_type, ...parentTypes(item.entity_type)] },
    objectLabel: { values: (item) => item.objectLabel },
    objectMarking: { values: (item) => item.objectMarking },
    createdBy: { values: (item) => [item.createdBy] },
    creator_id: { values: (item) => item.creators },
    creator: { values: (item) => item.creators },
    objects: { values: (item) => store.containersOf(item.id) },
    killChainPhases: {
      values: (item) =>
        item.entity_type === 'Attack-Pattern'
          ? item.killChainPhases.flatMap((id) => {
              const phase = store.getOfType('Kill-Chain-Phase', id);
              return phase ? [phase.id, phase.phase_name] : [];
            })
          : [],
    },
    objectCovered: {
      values: (item) => {
        if (item.entity_type !== 'Security-Coverage') return [];
        return [item.objectCovered, store.get(item.objectCovered)?.standard_id];
      },
    },
    auto_enrichment_disable: {
      values: (item) =>
        item.entity_type === 'Security-Coverage' ? [item.auto_enrichment_disable] : [],
    },
    resultOf: {
      values: (item) => (item.entity_type === 'Security-Coverage-Result' ? [item.resultOf] : []),
    },
    coverage_last_result: coverageField('coverage_last_result'),
    coverage_valid_from: coverageField('coverage_valid_from'),
    coverage_valid_to: coverageField('coverage_valid_to'),
    external_uri: coverageField('external_uri'),
    coverage_information: {
      values: (item) => {
        if (item.entity_type === 'Security-Coverage') {
          return coverageValues(store, item, shape).coverage_information.map(
            (m) => m.coverage_name,
          );
        }
        if (item.entity_type === 'Security-Coverage-Result') {
          return item.coverage_information.map((m) => m.coverage_name);
        }
        return [];
      },
    },
    // Date-range keys of the OpenCTI filter bar, kept as aliases of `created` / `created_at` with gte / lte.
    created_start_date: dateBound('created', 'gte'),
    created_end_date: dateBound('created', 'lte'),
    created_at_start_date: dateBound('created_at', 'gte'),
    created_at_end_date: dateBound('created_at', 'lte'),
    regardingOf: {
      match: (item, filter, env) => {
        const rawIds = subFilterValues(filter, 'id');
        const idSet = rawIds
          ? new Set(
              rawIds.flatMap((id) => (typeof id === 'string' ? [store.get(id)?.id ?? id] : [])),
            )
          : null;
        const types = subFilterValues(filter, 'relationship_type')?.map(String) ?? null;
        const forced = truthy(subFilterValues(filter, 'direction_forced'));
        const reverse = truthy(subFilterValues(filter, 'direction_reverse'));
        // `dynamic`: the entity at the other end must match a filter group of its own.
        const dynamicGroup = parseFilterGroup(subFilterValues(filter, 'dynamic')?.[0] ?? null);
        const otherMatches = dynamicGroup ? compileFilterGroup(dynamicGroup, keys, env) : null;
        const hit = relationsOf(store, item).some((rel) => {
          if (idSet && !idSet.has(rel.otherId)) return false;
          if (types && types.length > 0 && !types.includes(rel.type)) return false;
          if (forced && rel.direction !== (reverse ? 'out' : 'in')) return false;
          if (!otherMatches) return true;
          const other = store.getDomain(rel.otherId);
          return other !== undefined && otherMatches(other);
        });
        return filter.operator === 'not_eq' ? !hit : hit;
      },
    },
  };
  return keys;
}

export function relationshipKeys(store: Store): KeyRegistry<RelationshipRecord> {
  const typeOf = (id: string): string[] => {
    const record = store.get(id);
    return record ? [record.entity_type, ...parentTypes(record.entity_type)] : [];
  };
  const ids = { values: (rel: RelationshipRecord) => [rel.id, rel.standard_id] };
  const plain = (key: keyof RelationshipRecord) => ({
    values: (rel: RelationshipRecord) => scalars(rel[key]),
  });
  return {
    id: ids,
    ids,
    internal_id: ids,
    entity_type: { values: (rel) => [rel.relationship_type, ...RELATIONSHIP_PARENT_TYPES] },
    relationship_type: { values: (rel) => [rel.relationship_type] },
    fromId: { values: (rel) => [rel.fromId, store.get(rel.fromId)?.standard_id] },
    toId: { values: (rel) => [rel.toId, store.get(rel.toId)?.standard_id] },
    fromOrToId: { values: (rel) => [rel.fromId, rel.toId] },
    elementId: { values: (rel) => [rel.fromId, rel.toId] },
    fromTypes: { values: (rel) => typeOf(rel.fromId) },
    toTypes: { values: (rel) => typeOf(rel.toId) },
    created: plain('created'),
    created_at: plain('created_at'),
    updated_at: plain('updated_at'),
    modified: plain('modified'),
    start_time: plain('start_time'),
    stop_time: plain('stop_time'),
    confidence: plain('confidence'),
    description: plain('description'),
    revoked: plain('revoked'),
    objectLabel: { values: (rel) => rel.objectLabel },
    objectMarking: { values: (rel) => rel.objectMarking },
    createdBy: { values: (rel) => [rel.createdBy] },
    creator_id: { values: (rel) => rel.creators },
    coverage_information: {
      values: (rel) => (rel.coverage_information ?? []).map((m) => m.coverage_name),
    },
    toName: { values: (rel) => [recordName(store.get(rel.toId))] },
    fromName: { values: (rel) => [recordName(store.get(rel.fromId))] },
  };
}

import { enrichmentConnectorsFor, isWorkPending } from '../domain/enrichment';
import { isDomainRecord, type EntityTypeName } from '../store/store';
import type { KeyRegistry } from '../store/filters';
import { paginate } from '../store/paginate';
import type {
  DomainRecord,
  LabelRecord,
  LogRecord,
  MarkingRecord,
  VocabularyRecord,
  WorkRecord,
} from '../store/types';
import { str, type Args } from './args';
import type { FieldResolver } from './common';
import { requireCapability, type ResolverContext } from './context';
import { entityConnection, simpleConnection } from './lists';

const ids = <T extends { id: string }>() => ({ values: (item: T) => [item.id] });

const LABEL_KEYS: KeyRegistry<LabelRecord> = {
  id: ids<LabelRecord>(),
  ids: ids<LabelRecord>(),
  value: { values: (l) => [l.value] },
  color: { values: (l) => [l.color] },
  created_at: { values: (l) => [l.created_at] },
  entity_type: { values: () => ['Label', 'Stix-Meta-Object'] },
};

const MARKING_KEYS: KeyRegistry<MarkingRecord> = {
  id: ids<MarkingRecord>(),
  ids: ids<MarkingRecord>(),
  definition_type: { values: (m) => [m.definition_type] },
  definition: { values: (m) => [m.definition] },
  x_opencti_order: { values: (m) => [m.x_opencti_order] },
  entity_type: { values: () => ['Marking-Definition', 'Stix-Meta-Object'] },
};

const VOCABULARY_KEYS: KeyRegistry<VocabularyRecord> = {
  id: ids<VocabularyRecord>(),
  ids: ids<VocabularyRecord>(),
  name: { values: (v) => [v.name] },
  category: { values: (v) => [v.category] },
  order: { values: (v) => [v.order] },
  builtIn: { values: (v) => [v.builtIn] },
};

const WORK_KEYS: KeyRegistry<WorkRecord> = {
  id: ids<WorkRecord>(),
  ids: ids<WorkRecord>(),
  status: { values: (w) => [w.status] },
  connector_id: { values: (w) => [w.connectorId] },
  event_source_id: { values: (w) => [w.entityId] },
  user_id: { values: (w) => [w.userId] },
  timestamp: { values: (w) => [w.timestamp] },
  received_time: { values: (w) => [w.received_time] },
  completed_time: { values: (w) => [w.completed_time] },
  event_type: { values: () => ['INTERNAL_ENRICHMENT'] },
};

const LOG_KEYS: KeyRegistry<LogRecord> = {
  id: ids<LogRecord>(),
  'context_data.id': { values: (l) => [l.context_data.entity_id] },
  'context_data.entity_id': { values: (l) => [l.context_data.entity_id] },
  entity_id: { values: (l) => [l.context_data.entity_id] },
  'context_data.entity_type': { values: (l) => [l.context_data.entity_type] },
  entity_type: { values: (l) => [l.entity_type] },
  event_type: { values: (l) => [l.event_type] },
  event_scope: { values: (l) => [l.event_scope] },
  user_id: { values: (l) => [l.user_id] },
  timestamp: { values: (l) => [l.timestamp] },
};

function knowledge(ctx: ResolverContext): void {
  requireCapability(ctx, 'KNOWLEDGE');
}

/** A G1 server has no SecurityCoverageResult type: results stay internal to the G1 view. */
function visible(ctx: ResolverContext, record: DomainRecord): boolean {
  return ctx.shape === 'g2' || record.entity_type !== 'Security-Coverage-Result';
}

function domainRecords(ctx: ResolverContext): DomainRecord[] {
  const records: DomainRecord[] = [];
  for (const record of ctx.store.objects.values()) {
    if (isDomainRecord(record) && visible(ctx, record)) records.push(record);
  }
  return records;
}

function getter(type: EntityTypeName | null): FieldResolver {
  return (_root, args, ctx) => {
    knowledge(ctx);
    const id = str(args, 'id');
    if (!id) return null;
    const record = type ? ctx.store.getOfType(type, id) : ctx.store.getDomain(id);
    return record && isDomainRecord(record) && visible(ctx, record) ? record : null;
  };
}

function list(type: EntityTypeName): FieldResolver {
  return (_root, args, ctx) => {
    knowledge(ctx);
    return entityConnection(ctx, ctx.store.all(type).filter(isDomainRecord), args, null);
  };
}

export const QUERY_FIELDS: Readonly<Record<string, FieldResolver>> = {
  about: (_root, _args, ctx) => ({ version: ctx.shape === 'g1' ? '6.9.0' : '7.0.0' }),
  settings: (_root, _args, ctx) => ({ ...ctx.store.settings, entity_type: 'Settings' }),
  me: (_root, _args, ctx) => ctx.user,
  logs: (_root, args, ctx) => {
    knowledge(ctx);
    return simpleConnection(ctx, ctx.store.logs, args, {
      registry: LOG_KEYS,
      searchFields: [],
      defaultOrderBy: 'timestamp',
      defaultOrderMode: 'desc',
    });
  },
  log: (_root, args, ctx) => ctx.store.logs.find((l) => l.id === str(args, 'id')) ?? null,
  audits: () => paginate([], {}),
  markingDefinition: (_root, args, ctx) =>
    ctx.store.getOfType('Marking-Definition', str(args, 'id') ?? '') ?? null,
  markingDefinitions: (_root, args, ctx) =>
    simpleConnection(ctx, ctx.store.all('Marking-Definition'), args, {
      registry: MARKING_KEYS,
      searchFields: ['definition', 'definition_type'],
      defaultOrderBy: 'x_opencti_order',
    }),
  label: (_root, args, ctx) => ctx.store.getOfType('Label', str(args, 'id') ?? '') ?? null,
  labels: (_root, args, ctx) =>
    simpleConnection(ctx, ctx.store.all('Label'), args, {
      registry: LABEL_KEYS,
      searchFields: ['value'],
      defaultOrderBy: 'value',
    }),
  connector: (_root, args, ctx) => ctx.store.connectors.get(str(args, 'id') ?? '') ?? null,
  connectors: (_root, _args, ctx) =>
    [...ctx.store.connectors.values()].sort((a, b) => a.name.localeCompare(b.name)),
  enrichmentConnectors: (_root, args, ctx) =>
    enrichmentConnectorsFor(ctx.store, str(args, 'type') ?? ''),
  connectorsForImport: (_root, _args, ctx) =>
    [...ctx.store.connectors.values()].filter((c) => c.connector_type === 'INTERNAL_IMPORT_FILE'),
  work: (_root, args, ctx) => ctx.store.works.get(str(args, 'id') ?? '') ?? null,
  isWorkAlive: (_root, args, ctx) => {
    const work = ctx.store.works.get(str(args, 'id') ?? '');
    return work ? isWorkPending(work) : false;
  },
  works: (_root, args: Args, ctx) =>
    simpleConnection(ctx, [...ctx.store.works.values()], args, {
      registry: WORK_KEYS,
      searchFields: ['name'],
      defaultOrderBy: 'timestamp',
      defaultOrderMode: 'desc',
      sortValue: (work, orderBy) =>
        orderBy === 'status' ? work.status : orderBy === '_score' ? 0 : work.timestamp,
    }),
  stixCoreObject: getter(null),
  stixDomainObject: getter(null),
  stixCoreObjects: (_root, args, ctx) => {
    knowledge(ctx);
    return entityConnection(ctx, domainRecords(ctx), args);
  },
  stixDomainObjects: (_root, args, ctx) => {
    knowledge(ctx);
    return entityConnection(ctx, domainRecords(ctx), args);
  },
  stixCoreRelationship: (_root, args, ctx) => {
    knowledge(ctx);
    return ctx.store.relationships.get(str(args, 'id') ?? '') ?? null;
  },
  attackPattern: getter('Attack-Pattern'),
  attackPatterns: list('Attack-Pattern'),
  vulnerability: getter('Vulnerability'),
  vulnerabilities: list('Vulnerability'),
  campaign: getter('Campaign'),
  campaigns: list('Campaign'),
  intrusionSet: getter('Intrusion-Set'),
  intrusionSets: list('Intrusion-Set'),
  incident: getter('Incident'),
  incidents: list('Incident'),
  report: getter('Report'),
  reports: list('Report'),
  grouping: getter('Grouping'),
  groupings: list('Grouping'),
  caseIncident: getter('Case-Incident'),
  caseIncidents: list('Case-Incident'),
  securityPlatform: getter('SecurityPlatform'),
  securityPlatforms: list('SecurityPlatform'),
  securityCoverage: getter('Security-Coverage'),
  securityCoverages: list('Security-Coverage'),
  securityCoverageResult: getter('Security-Coverage-Result'),
  securityCoverageResults: list('Security-Coverage-Result'),
  vocabularies: (_root, args, ctx) => {
    const category = str(args, 'category');
    return simpleConnection(
      ctx,
      ctx.store.all('Vocabulary').filter((v) => !category || v.category === category),
      args,
      {
        registry: VOCABULARY_KEYS,
        searchFields: ['name', 'description'],
        defaultOrderBy: 'order',
        sortValue: (v, orderBy) =>
          orderBy === 'name' ? v.name : orderBy === 'category' ? v.category : (v.order ?? v.name),
      },
    );
  },
};

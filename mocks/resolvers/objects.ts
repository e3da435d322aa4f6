import { ms } from '../clock';
import { recordName } from '../domain/listing';
import type { UserRecord } from '../store/types';
import { str } from './args';
import { presentedSource, type FieldResolver } from './common';
import { isConnector, isLog, isRefRelationship, isRelationship, isUser, isWork } from './sources';

export const RELATIONSHIP_FIELDS: Readonly<Record<string, FieldResolver>> = {
  from: (source, _args, ctx) =>
    isRelationship(source) ? (presentedSource(ctx, source) ?? null) : null,
  to: (source, _args, ctx) =>
    isRelationship(source) ? (ctx.store.get(source.toId) ?? null) : null,
  fromId: (source, _args, ctx) =>
    isRelationship(source) ? (presentedSource(ctx, source)?.id ?? source.fromId) : null,
  fromType: (source, _args, ctx) =>
    isRelationship(source) ? (presentedSource(ctx, source)?.entity_type ?? 'Unknown') : null,
  toType: (source, _args, ctx) =>
    isRelationship(source) ? (ctx.store.get(source.toId)?.entity_type ?? 'Unknown') : null,
  coverage_information: (source) =>
    isRelationship(source)
      ? (source.coverage_information ?? (source.relationship_type === 'has-covered' ? [] : null))
      : null,
  fromRole: (source) => (isRelationship(source) ? `${source.relationship_type}_from` : null),
  toRole: (source) => (isRelationship(source) ? `${source.relationship_type}_to` : null),
};

export const REF_RELATIONSHIP_FIELDS: Readonly<Record<string, FieldResolver>> = {
  entity_type: (source) => (isRefRelationship(source) ? source.relationship_type : null),
  standard_id: (source) => (isRefRelationship(source) ? `relationship-meta--${source.id}` : null),
  parent_types: () => ['basic-relationship', 'stix-relationship', 'stix-ref-relationship'],
  representative: (source, _args, ctx) =>
    isRefRelationship(source)
      ? {
          main: `${recordName(ctx.store.get(source.fromId))} → ${recordName(ctx.store.get(source.toId))}`,
          secondary: null,
        }
      : null,
  from: (source, _args, ctx) =>
    isRefRelationship(source) ? (ctx.store.get(source.fromId) ?? null) : null,
  to: (source, _args, ctx) =>
    isRefRelationship(source) ? (ctx.store.get(source.toId) ?? null) : null,
  updated_at: (source) => (isRefRelationship(source) ? source.created_at : null),
  created: (source) => (isRefRelationship(source) ? source.created_at : null),
  modified: (source) => (isRefRelationship(source) ? source.created_at : null),
  confidence: () => null,
  createdBy: () => null,
  objectMarking: () => [],
  creators: () => [],
  start_time: () => null,
  stop_time: () => null,
  datable: () => false,
};

export const CONNECTOR_FIELDS: Readonly<Record<string, FieldResolver>> = {
  standard_id: (source) => (isConnector(source) ? `connector--${source.id}` : null),
  /** Pinged recently: the simulated OpenAEV connectors are active while online. */
  active: (source) => (isConnector(source) ? source.online : false),
  refreshed_at: (source) => (isConnector(source) ? source.updated_at : null),
  works: (source, args, ctx) => {
    if (!isConnector(source)) return [];
    const status = str(args, 'status');
    return [...ctx.store.works.values()]
      .filter((w) => w.connectorId === source.id && (!status || w.status === status))
      .sort((a, b) => ms(b.timestamp) - ms(a.timestamp));
  },
};

export const WORK_FIELDS: Readonly<Record<string, FieldResolver>> = {
  connector: (source, _args, ctx) =>
    isWork(source) ? (ctx.store.connectors.get(source.connectorId) ?? null) : null,
  user: (source, _args, ctx) =>
    isWork(source) ? (ctx.store.users.get(source.userId) ?? null) : null,
  event_source_id: (source) => (isWork(source) ? source.entityId : null),
  completed_number: (source) => (isWork(source) ? (source.status === 'complete' ? 1 : 0) : null),
  tracking: (source) =>
    isWork(source)
      ? {
          import_expected_number: 1,
          import_last_processed: source.processed_time,
          import_processed_number: source.status === 'complete' ? 1 : 0,
        }
      : null,
  draft_context: () => null,
};

function capability(name: string, index: number) {
  return {
    id: `capability--${name.toLowerCase()}`,
    standard_id: `capability--${name.toLowerCase()}`,
    entity_type: 'Capability',
    name,
    description: name.replace(/_/g, ' ').toLowerCase(),
    attribute_order: index,
    created_at: '2024-01-01T00:00:00.000Z',
    updated_at: '2024-01-01T00:00:00.000Z',
  };
}

function meUser(source: unknown): UserRecord | null {
  return isUser(source) ? source : null;
}

export const ME_FIELDS: Readonly<Record<string, FieldResolver>> = {
  standard_id: (source) => `user--${meUser(source)?.id ?? ''}`,
  capabilities: (source) => (meUser(source)?.capabilities ?? []).map(capability),
  capabilitiesInDraft: () => [],
  effective_confidence_level: (source) => ({
    max_confidence: meUser(source)?.role === 'admin' ? 100 : 50,
    overrides: [],
  }),
  allowed_marking: (_source, _args, ctx) => ctx.store.all('Marking-Definition'),
  max_shareable_marking: (_source, _args, ctx) => ctx.store.all('Marking-Definition'),
  default_marking: () => [],
};

export const SETTINGS_FIELDS: Readonly<Record<string, FieldResolver>> = {
  standard_id: (source) => `settings--${isRecordWithId(source)}`,
  entity_type: () => 'Settings',
  representative: (_source, _args, ctx) => ({
    main: ctx.store.settings.platform_title,
    secondary: null,
  }),
  platform_enterprise_edition: () => ({ license_enterprise: false, license_validated: false }),
  platform_modules: () => [
    { id: 'CONNECTOR_MANAGER', enable: true, running: true, warning: false },
  ],
  platform_feature_flags: () => [
    { id: 'SECURITY_PLATFORM', enable: true, running: true, warning: false },
  ],
  platform_opengrc_url: () => null,
  platform_xtmhub_url: () => null,
  platform_demo: () => true,
};

function isRecordWithId(source: unknown): string {
  return typeof source === 'object' && source !== null && 'id' in source ? String(source.id) : '';
}

export const VOCABULARY_FIELDS: Readonly<Record<string, FieldResolver>> = {
  category: (source) => {
    const key =
      typeof source === 'object' && source !== null && 'category' in source
        ? String(source.category)
        : '';
    return {
      key,
      description: null,
      closed: false,
      entity_types: key === 'coverage_ov' ? ['Security-Coverage', 'Security-Coverage-Result'] : [],
      fields: [],
    };
  },
  usages: () => 0,
};

export const LOG_FIELDS: Readonly<Record<string, FieldResolver>> = {
  user: (source, _args, ctx) =>
    isLog(source) ? (ctx.store.users.get(source.user_id) ?? null) : null,
  context_data: (source) =>
    isLog(source)
      ? {
          ...source.context_data,
          from_id: null,
          to_id: null,
          commit: null,
          workspace_type: null,
          pir_ids: null,
          pir_score: null,
          pir_match_from: null,
          changes: [],
        }
      : null,
  raw_data: () => null,
  context_uri: () => null,
  user_metadata: () => null,
};

import {
  addCoverage,
  deleteCoverage,
  type CoverageAddInput,
  type SelectedEntitiesInput,
} from '../domain/coverages';
import { patchCoverage } from '../domain/coveragePatch';
import { addResult, deleteResult } from '../domain/results';
import { askEnrichment } from '../domain/enrichment';
import { addRef, removeRef } from '../domain/refEdits';
import {
  addCoreRelationship,
  deleteRelationship,
  patchRelationship,
} from '../domain/relationships';
import { iso } from '../clock';
import { functionalError, openCtiError } from '../store/errors';
import { MSG_DONE } from '../openaev/engine';
import {
  bool,
  editInputs,
  int,
  isRecord,
  metrics,
  obj,
  optInt,
  optStr,
  str,
  strList,
  type Args,
} from './args';
import type { FieldResolver } from './common';
import { domainContext, requireCapability, type ResolverContext } from './context';
import { isEditHandle, type EditHandle, type RefRelationship } from './sources';

function input(args: Args): Args {
  return obj(args, 'input') ?? {};
}

function selection(value: Args | null): SelectedEntitiesInput | null {
  if (!value) return null;
  return {
    selected_ids: strList(value, 'selected_ids'),
    filters: str(value, 'filters'),
    excluded_ids: strList(value, 'excluded_ids'),
    search: str(value, 'search'),
  };
}

function coverageInput(raw: Args): CoverageAddInput {
  const autoDisable = bool(raw, 'auto_enrichment_disable');
  if (autoDisable === null) {
    throw functionalError('auto_enrichment_disable is required', {
      field: 'auto_enrichment_disable',
    });
  }
  return {
    name: str(raw, 'name') ?? '',
    description: optStr(raw, 'description'),
    confidence: optInt(raw, 'confidence'),
    createdBy: optStr(raw, 'createdBy'),
    objectMarking: strList(raw, 'objectMarking'),
    objectLabel: strList(raw, 'objectLabel'),
    objectCovered: str(raw, 'objectCovered') ?? '',
    created: str(raw, 'created'),
    modified: str(raw, 'modified'),
    revoked: bool(raw, 'revoked'),
    external_uri: str(raw, 'external_uri'),
    auto_enrichment_disable: autoDisable,
    periodicity: optStr(raw, 'periodicity'),
    duration: optStr(raw, 'duration'),
    type_affinity: optStr(raw, 'type_affinity'),
    platforms_affinity: strList(raw, 'platforms_affinity'),
    coverage_last_result: str(raw, 'coverage_last_result'),
    coverage_valid_from: str(raw, 'coverage_valid_from'),
    coverage_valid_to: str(raw, 'coverage_valid_to'),
    coverage_information: metrics(raw, 'coverage_information') ?? null,
    tenant_id: str(raw, 'tenant_id'),
    tenant_name: str(raw, 'tenant_name'),
    add_related_entities: selection(obj(raw, 'add_related_entities')),
  };
}

function handle(args: Args): EditHandle {
  return { kind: 'edit', id: str(args, 'id') ?? '' };
}

function refResult(ctx: ResolverContext, entityId: string, raw: Args): RefRelationship {
  const type = str(raw, 'relationship_type') ?? '';
  const toId = str(raw, 'toId');
  if (!toId) throw functionalError('toId is required', { field: 'toId' });
  return { kind: 'ref', ...addRef(domainContext(ctx), entityId, type, toId) };
}

export const MUTATION_FIELDS: Readonly<Record<string, FieldResolver>> = {
  token: (_root, args, ctx) => {
    const credentials = obj(args, 'input');
    const user = [...ctx.store.users.values()].find(
      (u) => u.user_email === str(credentials ?? {}, 'email'),
    );
    if (!user || user.role === 'connector')
      throw openCtiError('AUTH_FAILURE', 'Bad login or password');
    return user.role === 'admin' ? 'demo-token' : 'demo-readonly-token';
  },
  logout: (_root, _args, ctx) => ctx.user.id,
  securityCoverageAdd: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return addCoverage(domainContext(ctx), coverageInput(input(args)));
  },
  securityCoverageFieldPatch: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return patchCoverage(domainContext(ctx), str(args, 'id') ?? '', editInputs(args));
  },
  securityCoverageDelete: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE_KNDELETE');
    return deleteCoverage(domainContext(ctx), str(args, 'id') ?? '');
  },
  securityCoverageContextPatch: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return ctx.store.getOfType('Security-Coverage', str(args, 'id') ?? '') ?? null;
  },
  securityCoverageContextClean: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return ctx.store.getOfType('Security-Coverage', str(args, 'id') ?? '') ?? null;
  },
  securityCoverageRelationAdd: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return refResult(ctx, str(args, 'id') ?? '', input(args));
  },
  securityCoverageRelationDelete: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    const id = str(args, 'id') ?? '';
    removeRef(
      domainContext(ctx),
      id,
      str(args, 'toId') ?? '',
      str(args, 'relationship_type') ?? '',
    );
    return ctx.store.getOfType('Security-Coverage', id) ?? null;
  },
  securityCoverageResultAdd: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    const raw = input(args);
    return addResult(domainContext(ctx), {
      resultOf: str(raw, 'resultOf') ?? '',
      name: str(raw, 'name'),
      description: optStr(raw, 'description'),
      external_uri: str(raw, 'external_uri'),
      coverage_information: metrics(raw, 'coverage_information') ?? null,
      coverage_last_result: str(raw, 'coverage_last_result'),
      coverage_valid_from: str(raw, 'coverage_valid_from'),
      coverage_valid_to: str(raw, 'coverage_valid_to'),
    });
  },
  securityCoverageResultDelete: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE_KNDELETE');
    return deleteResult(domainContext(ctx), str(args, 'id') ?? '');
  },
  securityCoverageResultRelationAdd: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return refResult(ctx, str(args, 'id') ?? '', input(args));
  },
  securityCoverageResultRelationDelete: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    const id = str(args, 'id') ?? '';
    removeRef(
      domainContext(ctx),
      id,
      str(args, 'toId') ?? '',
      str(args, 'relationship_type') ?? '',
    );
    const result = ctx.store.getOfType('Security-Coverage-Result', id);
    return result ? (ctx.store.getOfType('Security-Coverage', result.resultOf) ?? null) : null;
  },
  stixCoreObjectEdit: (_root, args) => handle(args),
  stixCoreRelationshipEdit: (_root, args) => handle(args),
  workEdit: (_root, args) => handle(args),
  stixCoreRelationshipAdd: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    const raw = input(args);
    return addCoreRelationship(domainContext(ctx), {
      fromId: str(raw, 'fromId') ?? '',
      toId: str(raw, 'toId') ?? '',
      relationship_type: str(raw, 'relationship_type') ?? '',
      description: optStr(raw, 'description'),
      start_time: str(raw, 'start_time'),
      stop_time: str(raw, 'stop_time'),
      confidence: int(raw, 'confidence'),
      createdBy: str(raw, 'createdBy'),
      objectMarking: strList(raw, 'objectMarking'),
      external_uri: str(raw, 'external_uri'),
      coverage_information: metrics(raw, 'coverage_information') ?? null,
    });
  },
  stixCoreRelationshipDelete: (_root, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE_KNDELETE');
    const fromId = ctx.store.get(str(args, 'fromId') ?? '')?.id ?? '';
    const toId = ctx.store.get(str(args, 'toId') ?? '')?.id ?? '';
    const rel = ctx.store.findRelationship(str(args, 'relationship_type') ?? '', fromId, toId);
    if (!rel) return false;
    deleteRelationship(domainContext(ctx), rel.id);
    return true;
  },
};

function handleId(source: unknown): string {
  if (!isEditHandle(source)) throw functionalError('Invalid edition context');
  return source.id;
}

export const STIX_CORE_OBJECT_EDIT_FIELDS: Readonly<Record<string, FieldResolver>> = {
  askEnrichment: (source, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNENRICHMENT');
    return askEnrichment(domainContext(ctx), handleId(source), str(args, 'connectorId') ?? '');
  },
  askEnrichments: (source, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNENRICHMENT');
    const id = handleId(source);
    return (strList(args, 'connectorIds') ?? []).map((connectorId) =>
      askEnrichment(domainContext(ctx), id, connectorId),
    );
  },
  delete: (source, _args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE_KNDELETE');
    const id = handleId(source);
    const entity = ctx.store.getDomain(id);
    if (!entity) throw openCtiError('ALREADY_DELETED_ERROR', 'Already deleted elements', { id });
    if (entity.entity_type === 'Security-Coverage')
      return deleteCoverage(domainContext(ctx), entity.id);
    if (entity.entity_type === 'Security-Coverage-Result')
      return deleteResult(domainContext(ctx), entity.id);
    const coverage = ctx.store.coverageOf(entity.id);
    if (coverage) deleteCoverage(domainContext(ctx), coverage.id);
    ctx.store.remove(entity.id);
    ctx.store.touch();
    return entity.id;
  },
  relationAdd: (source, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return refResult(ctx, handleId(source), input(args));
  },
  relationDelete: (source, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    const id = handleId(source);
    removeRef(
      domainContext(ctx),
      id,
      str(args, 'toId') ?? '',
      str(args, 'relationship_type') ?? '',
    );
    return ctx.store.getDomain(id) ?? null;
  },
};

export const STIX_CORE_RELATIONSHIP_EDIT_FIELDS: Readonly<Record<string, FieldResolver>> = {
  fieldPatch: (source, args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE');
    return patchRelationship(domainContext(ctx), handleId(source), editInputs(args));
  },
  delete: (source, _args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNUPDATE_KNDELETE');
    return deleteRelationship(domainContext(ctx), handleId(source));
  },
};

function workOf(ctx: ResolverContext, source: unknown) {
  const work = ctx.store.works.get(handleId(source));
  if (!work) throw functionalError('Cannot find the work', { id: handleId(source) });
  return work;
}

/** `workEdit`: deleting a work is the enrichment panel's "cancel"; the other calls are what a connector sends. */
export const WORK_EDIT_FIELDS: Readonly<Record<string, FieldResolver>> = {
  delete: (source, _args, ctx) => {
    requireCapability(ctx, 'KNOWLEDGE_KNENRICHMENT');
    const work = workOf(ctx, source);
    ctx.store.removeWork(work.id);
    ctx.store.touch();
    return work.id;
  },
  ping: (source, _args, ctx) => {
    requireCapability(ctx, 'CONNECTORAPI');
    return workOf(ctx, source).id;
  },
  toReceived: (source, args, ctx) => {
    requireCapability(ctx, 'CONNECTORAPI');
    const work = workOf(ctx, source);
    const at = iso(ctx.now());
    Object.assign(work, { status: 'progress', received_time: at });
    work.messages.push({
      timestamp: at,
      message: str(args, 'message') ?? 'Work received',
      sequence: work.messages.length,
      source: null,
    });
    ctx.store.touch();
    return work.id;
  },
  toProcessed: (source, args, ctx) => {
    requireCapability(ctx, 'CONNECTORAPI');
    const work = workOf(ctx, source);
    const at = iso(ctx.now());
    const entry = {
      timestamp: at,
      message: str(args, 'message') ?? MSG_DONE,
      sequence: work.messages.length,
      source: null,
    };
    if (bool(args, 'inError')) work.errors.push(entry);
    else work.messages.push(entry);
    Object.assign(work, {
      status: 'complete',
      processed_time: at,
      completed_time: at,
      nextEventAt: null,
    });
    ctx.store.touch();
    return work.id;
  },
  reportExpectation: (source, args, ctx) => {
    requireCapability(ctx, 'CONNECTORAPI');
    const work = workOf(ctx, source);
    const error = obj(args, 'error');
    if (error && isRecord(error)) {
      work.errors.push({
        timestamp: iso(ctx.now()),
        message: str(error, 'error') ?? 'Error',
        sequence: work.errors.length,
        source: str(error, 'source'),
      });
      ctx.store.touch();
    }
    return work.id;
  },
  addExpectations: (source, _args, ctx) => {
    requireCapability(ctx, 'CONNECTORAPI');
    return workOf(ctx, source).id;
  },
  addDraftContext: (source, _args, ctx) => {
    requireCapability(ctx, 'CONNECTORAPI');
    return workOf(ctx, source).id;
  },
};

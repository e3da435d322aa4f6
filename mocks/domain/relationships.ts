import { iso } from '../clock';
import { functionalError } from '../store/errors';
import type { CoverageMetric, RelationshipRecord } from '../store/types';
import type { DomainContext } from './context';
import { latestResult } from './coverageView';
import { parseMetrics, type EditOperation } from './coveragePatch';
import { upsertResult } from './results';
import { newRelationship } from './records';
import { resolveMarkings } from './refs';

export interface RelationshipAddInput {
  fromId: string;
  toId: string;
  relationship_type: string;
  description?: string | null;
  start_time?: string | null;
  stop_time?: string | null;
  confidence?: number | null;
  createdBy?: string | null;
  objectMarking?: string[] | null;
  external_uri?: string | null;
  coverage_information?: CoverageMetric[] | null;
}

/**
 * Where a `has-covered` whose source is a coverage really goes. G2 re-targets it to the result with the same
 * `external_uri`, or to the only result (compatibility with OpenAEV versions that send no URI), and fails
 * otherwise. G1 kept has-covered on the coverage: the G1 view stores it on the latest result (or a new one).
 */
function hasCoveredSource(
  ctx: DomainContext,
  coverageId: string,
  externalUri: string | null,
): string {
  const coverage = ctx.store.getOfType('Security-Coverage', coverageId);
  if (!coverage) return coverageId;
  const results = ctx.store.resultsOf(coverage.id);
  if (ctx.shape === 'g1') {
    return (latestResult(results) ?? upsertResult(ctx, coverage, { origin: 'manual' })).id;
  }
  const match = externalUri
    ? results.find((r) => r.external_uri === externalUri)
    : results.length === 1
      ? results[0]
      : undefined;
  if (!match)
    throw functionalError('Cannot find SecurityCoverageResult for this has-covered relationship');
  return match.id;
}

/** `stixCoreRelationshipAdd`: relationships are upserted on (type, from, to). */
export function addCoreRelationship(
  ctx: DomainContext,
  input: RelationshipAddInput,
): RelationshipRecord {
  const from = ctx.store.getDomain(input.fromId);
  const to = ctx.store.getDomain(input.toId);
  if (!from)
    throw functionalError(`Cannot find the source entity ${input.fromId}`, { field: 'fromId' });
  if (!to) throw functionalError(`Cannot find the target entity ${input.toId}`, { field: 'toId' });
  const type = input.relationship_type;
  const fromId =
    type === 'has-covered' && from.entity_type === 'Security-Coverage'
      ? hasCoveredSource(ctx, from.id, input.external_uri ?? null)
      : from.id;
  const coverage = input.coverage_information ?? (type === 'has-covered' ? [] : null);
  const existing = ctx.store.findRelationship(type, fromId, to.id);
  if (existing) {
    if (input.coverage_information) existing.coverage_information = input.coverage_information;
    if (input.description !== undefined) existing.description = input.description;
    existing.updated_at = iso(ctx.now);
    existing.modified = existing.updated_at;
    ctx.store.touch();
    return existing;
  }
  const rel = newRelationship(ctx.store, {
    type,
    fromId,
    toId: to.id,
    at: ctx.now,
    userId: ctx.userId,
    coverage,
    startTime: input.start_time ?? null,
    stopTime: input.stop_time ?? null,
    description: input.description ?? null,
    createdBy: input.createdBy ?? null,
    objectMarking: resolveMarkings(ctx.store, input.objectMarking),
    confidence: input.confidence ?? 75,
  });
  ctx.store.addRelationship(rel);
  ctx.store.touch();
  return rel;
}

/** `stixCoreRelationshipEdit(id) { fieldPatch }` (the per-entity scores of a has-covered). */
export function patchRelationship(
  ctx: DomainContext,
  id: string,
  edits: readonly EditOperation[],
): RelationshipRecord {
  const rel = ctx.store.relationships.get(id);
  if (!rel) throw functionalError('Cannot find the relationship to update', { id });
  for (const edit of edits) {
    const first = edit.value[0];
    switch (edit.key) {
      case 'coverage_information':
        rel.coverage_information = parseMetrics(edit.value);
        break;
      case 'description':
      case 'start_time':
      case 'stop_time':
        rel[edit.key] =
          first === null || first === undefined || first === '' ? null : String(first);
        break;
      case 'confidence': {
        const n = Number(first);
        rel.confidence = Number.isFinite(n) ? n : null;
        break;
      }
      default:
        throw functionalError(`The field ${edit.key} cannot be updated`, { field: edit.key });
    }
  }
  rel.updated_at = iso(ctx.now);
  rel.modified = rel.updated_at;
  ctx.store.touch();
  return rel;
}

export function deleteRelationship(ctx: DomainContext, id: string): string {
  if (!ctx.store.relationships.has(id))
    throw functionalError('Cannot find the relationship to delete', { id });
  ctx.store.removeRelationship(id);
  ctx.store.touch();
  return id;
}

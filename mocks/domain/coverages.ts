import { iso } from '../clock';
import { functionalError } from '../store/errors';
import { compileFilterGroup, parseFilterGroup } from '../store/filters';
import {
  COVERED_ENTITY_TYPES,
  HAS_COVERED_TARGET_TYPES,
  type CoverageMetric,
  type CoverageRecord,
  type DomainRecord,
} from '../store/types';
import type { DomainContext } from './context';
import { relatedTestableEntities } from './coverageView';
import { autoEnrich } from './enrichment';
import { entityKeys } from './filterKeys';
import { matchesSearch } from './listing';
import { logEvent } from './logs';
import { domainDefaults, standardId } from './records';
import { mergeIds, resolveIdentity, resolveLabels, resolveMarkings } from './refs';
import { upsertHasCovered, upsertResult } from './results';

export interface SelectedEntitiesInput {
  selected_ids: string[] | null;
  filters: string | null;
  excluded_ids: string[] | null;
  search: string | null;
}

export interface CoverageAddInput {
  name: string;
  description?: string | null;
  confidence?: number | null;
  createdBy?: string | null;
  objectMarking?: string[] | null;
  objectLabel?: string[] | null;
  objectCovered: string;
  created?: string | null;
  modified?: string | null;
  revoked?: boolean | null;
  external_uri?: string | null;
  auto_enrichment_disable: boolean;
  periodicity?: string | null;
  duration?: string | null;
  type_affinity?: string | null;
  platforms_affinity?: string[] | null;
  coverage_last_result?: string | null;
  coverage_valid_from?: string | null;
  coverage_valid_to?: string | null;
  coverage_information?: CoverageMetric[] | null;
  tenant_id?: string | null;
  tenant_name?: string | null;
  add_related_entities?: SelectedEntitiesInput | null;
}

/** `name` carries `@constraint(minLength: 2, format: "not-blank")` on the server. */
export function validateName(name: string): string {
  if (name.trim().length < 2) {
    throw functionalError('The name must contain at least 2 non-blank characters', {
      field: 'name',
    });
  }
  return name;
}

function coveredEntity(ctx: DomainContext, id: string): DomainRecord {
  const covered = ctx.store.getDomain(id);
  if (!covered) {
    throw functionalError(`Cannot find the entity to cover (${id})`, { field: 'objectCovered' });
  }
  if (!COVERED_ENTITY_TYPES.some((type) => type === covered.entity_type)) {
    throw functionalError(
      'A security coverage can only cover a Report, Grouping, Incident response, Campaign, Intrusion set or Incident',
      { field: 'objectCovered', entity_type: covered.entity_type },
    );
  }
  return covered;
}

/** The entities selected in the "entities to test" step (explicit ids, or "all" narrowed by filters). */
function selectedTargets(
  ctx: DomainContext,
  covered: DomainRecord,
  selection: SelectedEntitiesInput,
): DomainRecord[] {
  if (selection.selected_ids) {
    return selection.selected_ids.map((id) => {
      const target = ctx.store.getDomain(id);
      if (!target || !HAS_COVERED_TARGET_TYPES.includes(target.entity_type)) {
        throw functionalError(`Cannot test the entity ${id}`, { field: 'add_related_entities' });
      }
      return target;
    });
  }
  const test = compileFilterGroup(
    parseFilterGroup(selection.filters),
    entityKeys(ctx.store, ctx.shape),
    {
      now: ctx.now,
    },
  );
  const excluded = new Set(selection.excluded_ids ?? []);
  return relatedTestableEntities(ctx.store, covered.id, HAS_COVERED_TARGET_TYPES).filter(
    (entity) => !excluded.has(entity.id) && matchesSearch(entity, selection.search) && test(entity),
  );
}

/**
 * `securityCoverageAdd`. One coverage per covered entity: adding again for the same entity upserts the existing
 * coverage (its standard id derives from `objectCovered` only). `auto_enrichment_disable` is not upserted.
 * Result-type fields go to a SecurityCoverageResult, created when related entities are selected (manual flow),
 * when `external_uri` is set (a push from OpenAEV) or when scores are given.
 */
export function addCoverage(
  ctx: DomainContext,
  input: CoverageAddInput,
  options: { autoEnrich?: boolean; id?: string } = {},
): CoverageRecord {
  const name = validateName(input.name);
  const covered = coveredEntity(ctx, input.objectCovered);
  const createdBy = resolveIdentity(ctx.store, input.createdBy);
  const markings = resolveMarkings(ctx.store, input.objectMarking);
  const labels = resolveLabels(ctx.store, input.objectLabel);
  const stamp = iso(ctx.now);
  let coverage = ctx.store.coverageOf(covered.id);
  const upsert = coverage !== undefined;
  if (coverage) {
    coverage.name = name;
    if (input.description !== undefined) coverage.description = input.description;
    if (input.confidence !== undefined) coverage.confidence = input.confidence;
    if (input.createdBy !== undefined) coverage.createdBy = createdBy;
    coverage.objectMarking = mergeIds(coverage.objectMarking, markings);
    coverage.objectLabel = mergeIds(coverage.objectLabel, labels);
    if (input.periodicity !== undefined) coverage.periodicity = input.periodicity;
    if (input.duration !== undefined) coverage.duration = input.duration;
    if (input.type_affinity !== undefined) coverage.type_affinity = input.type_affinity;
    if (input.platforms_affinity) coverage.platforms_affinity = [...input.platforms_affinity];
    coverage.updated_at = stamp;
    coverage.modified = input.modified ?? stamp;
  } else {
    const id = options.id ?? ctx.store.newId('security-coverage');
    coverage = {
      ...domainDefaults(
        id,
        standardId('Security-Coverage', covered.standard_id),
        ctx.now,
        ctx.userId,
        {
          confidence: input.confidence ?? 75,
          createdBy,
          objectMarking: markings,
          objectLabel: labels,
          created: input.created ?? stamp,
          modified: input.modified ?? stamp,
          revoked: input.revoked ?? false,
        },
      ),
      entity_type: 'Security-Coverage',
      name,
      description: input.description ?? null,
      objectCovered: covered.id,
      periodicity: input.periodicity ?? null,
      duration: input.duration ?? null,
      type_affinity: input.type_affinity ?? null,
      platforms_affinity: [...(input.platforms_affinity ?? [])],
      auto_enrichment_disable: input.auto_enrichment_disable,
    };
    ctx.store.add(coverage);
  }
  const metrics = input.coverage_information ?? [];
  if (input.add_related_entities || input.external_uri || metrics.length > 0) {
    const result = upsertResult(ctx, coverage, {
      external_uri: input.external_uri,
      tenant_id: input.tenant_id,
      tenant_name: input.tenant_name,
      coverage_information: metrics,
      coverage_last_result: input.coverage_last_result,
      coverage_valid_from: input.coverage_valid_from,
      coverage_valid_to: input.coverage_valid_to,
      origin: 'manual',
    });
    if (input.add_related_entities) {
      upsertHasCovered(
        ctx,
        result,
        selectedTargets(ctx, covered, input.add_related_entities),
        metrics,
      );
    }
  }
  logEvent(
    ctx,
    upsert ? 'update' : 'create',
    coverage,
    `${upsert ? 'updates' : 'creates'} Security coverage \`${coverage.name}\``,
  );
  if (options.autoEnrich ?? true) autoEnrich(ctx, coverage, upsert ? 'update' : 'create');
  ctx.store.touch();
  return coverage;
}

/** `securityCoverageDelete`: its results go first (with their has-covered), then the coverage and its refs. */
export function deleteCoverage(ctx: DomainContext, id: string): string {
  const coverage = ctx.store.getOfType('Security-Coverage', id);
  if (!coverage) throw functionalError('Cannot find the security coverage to delete', { id });
  for (const result of ctx.store.resultsOf(coverage.id)) ctx.store.remove(result.id);
  ctx.store.openaev.scenarios = ctx.store.openaev.scenarios.filter(
    (s) => s.coverageId !== coverage.id,
  );
  ctx.store.remove(coverage.id);
  logEvent(ctx, 'delete', coverage, `deletes Security coverage \`${coverage.name}\``);
  ctx.store.touch();
  return coverage.id;
}

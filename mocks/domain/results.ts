import { iso } from '../clock';
import { addIsoDuration } from '../openaev/duration';
import { functionalError } from '../store/errors';
import type {
  CoverageMetric,
  CoverageRecord,
  CoverageResultRecord,
  DomainRecord,
} from '../store/types';
import type { DomainContext } from './context';
import { logEvent } from './logs';
import { domainDefaults, newRelationship, standardId } from './records';

/** SCR name: "<tenant_name | external_uri | tenant_id> Result of <coverage name>", trimmed. */
export function resultName(
  coverageName: string,
  source: { tenant_name?: string | null; external_uri?: string | null; tenant_id?: string | null },
): string {
  const prefix = source.tenant_name || source.external_uri || source.tenant_id || '';
  return `${prefix} Result of ${coverageName}`.trim();
}

export interface ResultFields {
  name?: string | null;
  description?: string | null;
  external_uri?: string | null;
  tenant_id?: string | null;
  tenant_name?: string | null;
  coverage_information?: CoverageMetric[] | null;
  coverage_last_result?: string | null;
  coverage_valid_from?: string | null;
  coverage_valid_to?: string | null;
  origin: CoverageResultRecord['origin'];
}

/**
 * Creates or updates a SecurityCoverageResult. Its identity is (name, external_uri, resultOf), so one result per
 * provider / tenant URI. Entering scores stamps the result at `now`, valid for one `periodicity`.
 */
export function upsertResult(
  ctx: DomainContext,
  coverage: CoverageRecord,
  fields: ResultFields,
): CoverageResultRecord {
  const name = fields.name?.trim() || resultName(coverage.name, fields);
  const uri = fields.external_uri || null;
  const existing = ctx.store
    .resultsOf(coverage.id)
    .find((r) => r.name === name && r.external_uri === uri);
  const scored = (fields.coverage_information?.length ?? 0) > 0;
  const stampedAt = iso(ctx.now);
  const validTo = addIsoDuration(ctx.now, coverage.periodicity);
  const timing = {
    coverage_last_result:
      fields.coverage_last_result ??
      (scored ? stampedAt : (existing?.coverage_last_result ?? null)),
    coverage_valid_from:
      fields.coverage_valid_from ?? (scored ? stampedAt : (existing?.coverage_valid_from ?? null)),
    coverage_valid_to:
      fields.coverage_valid_to ??
      (scored && validTo !== null ? iso(validTo) : (existing?.coverage_valid_to ?? null)),
  };
  if (existing) {
    if (fields.coverage_information) existing.coverage_information = fields.coverage_information;
    if (fields.description !== undefined) existing.description = fields.description;
    Object.assign(existing, timing, { updated_at: stampedAt, modified: stampedAt });
    ctx.store.touch();
    return existing;
  }
  const id = ctx.store.newId('security-coverage-result');
  const result: CoverageResultRecord = {
    ...domainDefaults(
      id,
      standardId('Security-Coverage-Result', `${name}|${uri ?? ''}|${coverage.id}`),
      ctx.now,
      ctx.userId,
      {
        confidence: coverage.confidence,
        createdBy: coverage.createdBy,
        objectMarking: [...coverage.objectMarking],
        objectLabel: [...coverage.objectLabel],
      },
    ),
    entity_type: 'Security-Coverage-Result',
    name,
    description: fields.description ?? null,
    resultOf: coverage.id,
    external_uri: uri,
    tenant_id: fields.tenant_id ?? null,
    tenant_name: fields.tenant_name ?? null,
    coverage_information: fields.coverage_information ?? [],
    ...timing,
    origin: fields.origin,
  };
  ctx.store.add(result);
  ctx.store.touch();
  return result;
}

/** Creates or updates `has-covered` from a result to each target, carrying the given scores. */
export function upsertHasCovered(
  ctx: DomainContext,
  result: CoverageResultRecord,
  targets: readonly DomainRecord[],
  coverage: CoverageMetric[],
): void {
  for (const target of targets) {
    const existing = ctx.store.findRelationship('has-covered', result.id, target.id);
    if (existing) {
      existing.coverage_information = coverage.map((m) => ({ ...m }));
      existing.updated_at = iso(ctx.now);
      existing.modified = existing.updated_at;
    } else {
      ctx.store.addRelationship(
        newRelationship(ctx.store, {
          type: 'has-covered',
          fromId: result.id,
          toId: target.id,
          at: ctx.now,
          userId: ctx.userId,
          coverage: coverage.map((m) => ({ ...m })),
          startTime: result.coverage_valid_from,
          stopTime: result.coverage_valid_to,
          objectMarking: [...result.objectMarking],
        }),
      );
    }
  }
  ctx.store.touch();
}

export interface ResultAddInput extends Omit<ResultFields, 'origin'> {
  resultOf: string;
}

/** `securityCoverageResultAdd` (a manual result entered by an analyst). */
export function addResult(ctx: DomainContext, input: ResultAddInput): CoverageResultRecord {
  const coverage = ctx.store.getOfType('Security-Coverage', input.resultOf);
  if (!coverage)
    throw functionalError('Cannot find the security coverage of this result', {
      field: 'resultOf',
    });
  const result = upsertResult(ctx, coverage, { ...input, origin: 'manual' });
  logEvent(
    ctx,
    'update',
    coverage,
    `adds the result \`${result.name}\` to Security coverage \`${coverage.name}\``,
  );
  return result;
}

export function deleteResult(ctx: DomainContext, id: string): string {
  const result = ctx.store.getOfType('Security-Coverage-Result', id);
  if (!result) throw functionalError('Cannot find the security coverage result to delete', { id });
  ctx.store.openaev.scenarios = ctx.store.openaev.scenarios.filter((s) => s.resultId !== result.id);
  ctx.store.remove(result.id);
  ctx.store.touch();
  return result.id;
}

import { iso } from '../clock';
import { addIsoDuration } from '../openaev/duration';
import { functionalError } from '../store/errors';
import type { CoverageMetric, CoverageRecord, CoverageResultRecord } from '../store/types';
import type { DomainContext } from './context';
import { latestResult } from './coverageView';
import { autoEnrich } from './enrichment';
import { logEvent } from './logs';
import { mergeIds, resolveIdentity, resolveLabels, resolveMarkings } from './refs';
import { upsertResult } from './results';
import { validateName } from './coverages';

export interface EditOperation {
  key: string;
  value: unknown[];
  operation: 'add' | 'replace' | 'remove';
}

function stringValue(edit: EditOperation): string | null {
  const first = edit.value[0];
  if (first === null || first === undefined || first === '') return null;
  return String(first);
}

function booleanValue(edit: EditOperation): boolean {
  const first = edit.value[0];
  return first === true || first === 'true';
}

function stringList(edit: EditOperation): string[] {
  return edit.value.filter((v): v is string => typeof v === 'string');
}

function applyListEdit(
  current: readonly string[],
  values: readonly string[],
  edit: EditOperation,
): string[] {
  if (edit.operation === 'add') return mergeIds(current, values);
  if (edit.operation === 'remove') return current.filter((v) => !values.includes(v));
  return [...new Set(values)];
}

export function parseMetrics(values: readonly unknown[]): CoverageMetric[] {
  return values.map((value) => {
    if (typeof value !== 'object' || value === null) {
      throw functionalError('Invalid coverage information', { field: 'coverage_information' });
    }
    const name: unknown = Reflect.get(value, 'coverage_name');
    const score = Number(Reflect.get(value, 'coverage_score'));
    if (typeof name !== 'string' || name.trim() === '' || !Number.isFinite(score)) {
      throw functionalError('Invalid coverage information', { field: 'coverage_information' });
    }
    return { coverage_name: name, coverage_score: Math.round(score) };
  });
}

const RESULT_KEYS = [
  'coverage_information',
  'external_uri',
  'coverage_last_result',
  'coverage_valid_from',
  'coverage_valid_to',
];

/**
 * The result a patch of result-type fields on the coverage lands in. G2 computes those fields from results, so
 * (this mock's choice) a patch is written to the coverage's manual result, created when missing; a G1 server
 * stored them on the coverage, so the G1 view writes to the latest result (the one it displays).
 */
function patchTargetResult(ctx: DomainContext, coverage: CoverageRecord): CoverageResultRecord {
  const results = ctx.store.resultsOf(coverage.id);
  const target =
    ctx.shape === 'g1' ? latestResult(results) : results.find((r) => r.origin === 'manual');
  return target ?? upsertResult(ctx, coverage, { origin: 'manual' });
}

/** `securityCoverageFieldPatch`: `coverage_information` is replaced as a whole (upsert_force_replace). */
export function patchCoverage(
  ctx: DomainContext,
  id: string,
  edits: readonly EditOperation[],
): CoverageRecord {
  const coverage = ctx.store.getOfType('Security-Coverage', id);
  if (!coverage) throw functionalError('Cannot find the security coverage to update', { id });
  const resultEdits = edits.filter((edit) => RESULT_KEYS.includes(edit.key));
  for (const edit of edits) {
    switch (edit.key) {
      case 'name':
        coverage.name = validateName(stringValue(edit) ?? '');
        break;
      case 'description':
      case 'periodicity':
      case 'duration':
      case 'type_affinity':
        coverage[edit.key] = stringValue(edit);
        break;
      case 'confidence': {
        const n = Number(edit.value[0]);
        coverage.confidence = Number.isFinite(n) ? n : null;
        break;
      }
      case 'revoked':
        coverage.revoked = booleanValue(edit);
        break;
      case 'auto_enrichment_disable':
        coverage.auto_enrichment_disable = booleanValue(edit);
        break;
      case 'platforms_affinity':
        coverage.platforms_affinity = applyListEdit(
          coverage.platforms_affinity,
          stringList(edit),
          edit,
        );
        break;
      case 'createdBy':
        coverage.createdBy = resolveIdentity(ctx.store, stringValue(edit));
        break;
      case 'objectMarking':
        coverage.objectMarking = applyListEdit(
          coverage.objectMarking,
          resolveMarkings(ctx.store, stringList(edit)),
          edit,
        );
        break;
      case 'objectLabel':
        coverage.objectLabel = applyListEdit(
          coverage.objectLabel,
          resolveLabels(ctx.store, stringList(edit)),
          edit,
        );
        break;
      default:
        if (!RESULT_KEYS.includes(edit.key)) {
          throw functionalError(`The field ${edit.key} cannot be updated`, { field: edit.key });
        }
    }
  }
  if (resultEdits.length > 0) {
    const result = patchTargetResult(ctx, coverage);
    const stamp = iso(ctx.now);
    let scored = false;
    for (const edit of resultEdits) {
      if (edit.key === 'coverage_information') {
        result.coverage_information = parseMetrics(edit.value);
        scored = true;
      } else if (edit.key === 'external_uri') {
        result.external_uri = stringValue(edit);
      } else if (
        edit.key === 'coverage_last_result' ||
        edit.key === 'coverage_valid_from' ||
        edit.key === 'coverage_valid_to'
      ) {
        result[edit.key] = stringValue(edit);
      }
    }
    const explicit = (key: string): boolean => resultEdits.some((edit) => edit.key === key);
    if (scored) {
      if (!explicit('coverage_last_result')) result.coverage_last_result = stamp;
      if (!explicit('coverage_valid_from')) result.coverage_valid_from = stamp;
      const validTo = addIsoDuration(ctx.now, coverage.periodicity);
      if (!explicit('coverage_valid_to') && validTo !== null)
        result.coverage_valid_to = iso(validTo);
    }
    result.updated_at = stamp;
    result.modified = stamp;
  }
  coverage.updated_at = iso(ctx.now);
  coverage.modified = coverage.updated_at;
  logEvent(
    ctx,
    'update',
    coverage,
    `updates \`${edits.map((e) => e.key).join(', ')}\` of Security coverage \`${coverage.name}\``,
  );
  autoEnrich(ctx, coverage, 'update');
  ctx.store.touch();
  return coverage;
}

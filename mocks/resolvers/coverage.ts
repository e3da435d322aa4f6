import { coverageValues, hasCoveredOf } from '../domain/coverageView';
import { relationshipKeys } from '../domain/filterKeys';
import { readField } from '../domain/listing';
import { relationshipSortValue } from '../domain/sorting';
import { uuidFrom } from '../store/hash';
import { compileFilterGroup } from '../store/filters';
import { paginate } from '../store/paginate';
import type { CoverageRecord, RelationshipRecord, StixRecord } from '../store/types';
import { filters, int, orderMode, str, strList, type Args } from './args';
import type { FieldResolver } from './common';
import type { ResolverContext } from './context';
import { relationshipArgsTest, relationshipConnection, relationshipMatchesSearch } from './lists';
import { isDomain } from './sources';

function coverageOf(source: unknown): CoverageRecord | null {
  return isDomain(source) && source.entity_type === 'Security-Coverage' ? source : null;
}

/** Relationships whose source or target is one of the coverage's results (G2 `stixCoreRelationshipsFromResults`). */
function fromResults(ctx: ResolverContext, coverage: CoverageRecord): RelationshipRecord[] {
  return ctx.store
    .resultsOf(coverage.id)
    .flatMap((r) => [...ctx.store.relationshipsFrom(r.id), ...ctx.store.relationshipsTo(r.id)]);
}

/** has-covered relationships narrowed by the usual relationship arguments, filters and search, unpaginated. */
function selectHasCovered(
  ctx: ResolverContext,
  rels: readonly RelationshipRecord[],
  args: Args,
): RelationshipRecord[] {
  const argsTest = relationshipArgsTest(ctx, args);
  const test = compileFilterGroup(filters(args), relationshipKeys(ctx.store), { now: ctx.now() });
  const search = str(args, 'search');
  return rels.filter(
    (rel) => argsTest(rel) && relationshipMatchesSearch(ctx, rel, search) && test(rel),
  );
}

/** `coveredAttackPatterns` / `coveredVulnerabilities`: `{ count, entities: [{ relationship_id, coverage_information, to }] }`. */
function covered(targetType: string): FieldResolver {
  return (source, args, ctx) => {
    const coverage = coverageOf(source);
    if (!coverage) return { count: 0, entities: [] };
    const rels = selectHasCovered(
      ctx,
      hasCoveredOf(ctx.store, coverage, 'g2').filter(
        (rel) => ctx.store.get(rel.toId)?.entity_type === targetType,
      ),
      args,
    );
    const orderBy = str(args, 'orderBy') ?? 'created_at';
    const page = paginate(rels, {
      first: int(args, 'first') ?? 5000,
      maxFirst: 5000,
      sortValue: relationshipSortValue(ctx.store, orderBy, str(args, 'search')),
      orderMode: orderMode(args) ?? 'asc',
    });
    return {
      count: rels.length,
      entities: page.edges.map(({ node }) => ({
        relationship_id: node.id,
        coverage_information: node.coverage_information ?? [],
        to: ctx.store.get(node.toId) ?? null,
      })),
    };
  };
}

/** A distribution of the tested entities (distinct targets) by a field of the target, e.g. `entity_type`. */
function distribution(
  rels: readonly RelationshipRecord[],
  ctx: ResolverContext,
  args: Args,
): { label: string; value: number; entity: null }[] {
  const field = str(args, 'field') ?? 'entity_type';
  const counts = new Map<string, Set<string>>();
  for (const rel of rels) {
    const target = ctx.store.get(rel.toId);
    if (!target) continue;
    const raw = readField(target, field);
    const label = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
    if (label === null) continue;
    const set = counts.get(label) ?? new Set<string>();
    set.add(target.id);
    counts.set(label, set);
  }
  const order = str(args, 'order') === 'asc' ? 1 : -1;
  return [...counts.entries()]
    .map(([label, set]) => ({ label, value: set.size, entity: null }))
    .sort((a, b) => order * (a.value - b.value) || a.label.localeCompare(b.label))
    .slice(0, int(args, 'limit') ?? 50);
}

function relationshipTypes(args: Args): string[] | null {
  const types = strList(args, 'relationship_type');
  return types && types.length > 0 ? types : null;
}

function stixOf(record: StixRecord | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const [type] = record.standard_id.split('--');
  return {
    id: record.standard_id,
    type,
    spec_version: '2.1',
    name:
      readField(record, 'name') ?? readField(record, 'value') ?? readField(record, 'definition'),
    description: readField(record, 'description') ?? undefined,
    created: readField(record, 'created'),
    modified: readField(record, 'modified'),
    external_id: readField(record, 'x_mitre_id') ?? undefined,
  };
}

export const SECURITY_COVERAGE_FIELDS: Readonly<Record<string, FieldResolver>> = {
  coverage_information: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? coverageValues(ctx.store, coverage, ctx.shape).coverage_information : [];
  },
  coverage_last_result: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? coverageValues(ctx.store, coverage, ctx.shape).coverage_last_result : null;
  },
  coverage_valid_from: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? coverageValues(ctx.store, coverage, ctx.shape).coverage_valid_from : null;
  },
  coverage_valid_to: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? coverageValues(ctx.store, coverage, ctx.shape).coverage_valid_to : null;
  },
  external_uri: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? coverageValues(ctx.store, coverage, ctx.shape).external_uri : null;
  },
  security_platform_type: () => null,
  results: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? ctx.store.resultsOf(coverage.id) : [];
  },
  objectCovered: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    return coverage ? (ctx.store.getDomain(coverage.objectCovered) ?? null) : null;
  },
  stixCoreRelationshipsFromResults: (source, args, ctx) => {
    const coverage = coverageOf(source);
    return relationshipConnection(ctx, coverage ? fromResults(ctx, coverage) : [], args);
  },
  coveredAttackPatterns: covered('Attack-Pattern'),
  coveredVulnerabilities: covered('Vulnerability'),
  coveredEntitiesDistribution: (source, args, ctx) => {
    const coverage = coverageOf(source);
    if (!coverage) return [];
    const types = relationshipTypes(args);
    const rels = fromResults(ctx, coverage).filter(
      (rel) => !types || types.includes(rel.relationship_type),
    );
    return distribution(
      selectHasCovered(ctx, rels, { ...args, relationship_type: null }),
      ctx,
      args,
    );
  },
  stixCoreRelationshipsDistribution: (source, args, ctx) => {
    const coverage = coverageOf(source);
    if (!coverage) return [];
    const types = relationshipTypes(args);
    const rels = (
      ctx.shape === 'g1' ? hasCoveredOf(ctx.store, coverage, 'g1') : fromResults(ctx, coverage)
    ).filter((rel) => !types || types.includes(rel.relationship_type));
    return distribution(
      selectHasCovered(ctx, rels, { ...args, relationship_type: null }),
      ctx,
      args,
    );
  },
  toStixBundle: (source, _args, ctx) => {
    const coverage = coverageOf(source);
    if (!coverage) return null;
    const coveredEntity = ctx.store.get(coverage.objectCovered);
    const values = coverageValues(ctx.store, coverage, ctx.shape);
    const refs =
      coveredEntity && 'objects' in coveredEntity
        ? coveredEntity.objects
        : ctx.store
            .relationshipsFrom(coverage.objectCovered)
            .filter(
              (rel) => rel.relationship_type === 'uses' || rel.relationship_type === 'targets',
            )
            .map((rel) => rel.toId);
    const objects = [
      {
        ...stixOf(coverage),
        covered_ref: coveredEntity?.standard_id,
        periodicity: coverage.periodicity,
        duration: coverage.duration,
        type_affinity: coverage.type_affinity,
        platforms_affinity: coverage.platforms_affinity,
        auto_enrichment_disable: coverage.auto_enrichment_disable,
        ...(ctx.shape === 'g1'
          ? {
              coverage: values.coverage_information.map((m) => ({
                name: m.coverage_name,
                score: m.coverage_score,
              })),
            }
          : { result_of_ref: ctx.store.resultsOf(coverage.id).map((r) => r.standard_id) }),
      },
      stixOf(coveredEntity),
      ...refs.map((id) => stixOf(ctx.store.get(id))),
    ].filter((o) => o !== null);
    return JSON.stringify({
      id: `bundle--${uuidFrom(`bundle:${coverage.id}:${coverage.modified}`)}`,
      spec_version: '2.1',
      type: 'bundle',
      objects,
    });
  },
};

export const SECURITY_COVERAGE_RESULT_FIELDS: Readonly<Record<string, FieldResolver>> = {
  resultOf: (source, _args, ctx) =>
    isDomain(source) && source.entity_type === 'Security-Coverage-Result'
      ? (ctx.store.getOfType('Security-Coverage', source.resultOf) ?? null)
      : null,
};

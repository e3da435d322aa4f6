import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { stripLatest } from '../schema/executable';
import { attackPatternId, SEED } from '../seed/ids';
import { fails, list, ok, pick, sdl, testBackend } from './helpers';

describe('G1 shape', () => {
  const { backend } = testBackend({ shape: 'g1' });

  it('strips every # LATEST field and type', () => {
    const schema = buildSchema(stripLatest(sdl));
    const coverage = schema.getType('SecurityCoverage');
    expect(isObjectType(coverage)).toBe(true);
    const fields = isObjectType(coverage) ? Object.keys(coverage.getFields()) : [];
    for (const latest of [
      'results',
      'stixCoreRelationshipsFromResults',
      'coveredAttackPatterns',
      'coveredVulnerabilities',
      'coveredEntitiesDistribution',
    ]) {
      expect(fields).not.toContain(latest);
    }
    expect(fields).toEqual(
      expect.arrayContaining([
        'coverage_information',
        'external_uri',
        'periodicity',
        'stixCoreRelationships',
      ]),
    );
    expect(schema.getType('SecurityCoverageResult')).toBeUndefined();
    expect(schema.getType('SecurityCoverageSelectedEntitiesInput')).toBeUndefined();
    const query = schema.getQueryType();
    expect(query && Object.keys(query.getFields())).not.toContain('securityCoverageResults');
    expect(backend.schema.getType('AttackPatternCoverages')).toBeUndefined();
  });

  it('rejects G2-only selections', async () => {
    const error = await fails(
      backend,
      `query R($id: String!) { securityCoverage(id: $id) { results { id } } }`,
      { id: SEED.coverages.fresh },
    );
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the G1 way: scores, URI and has-covered on the coverage itself', async () => {
    const data = await ok(
      backend,
      `query C($id: String!) { about { version } securityCoverage(id: $id) {
        external_uri coverage_information { coverage_name coverage_score } coverage_valid_from
        stixCoreRelationships(relationship_type: "has-covered", toTypes: ["Attack-Pattern"], first: 100, orderBy: created_at, orderMode: asc) {
          pageInfo { globalCount } edges { node { fromId fromType from { __typename } coverage_information { coverage_name } to { ... on AttackPattern { x_mitre_id } } } }
        }
      } }`,
      { id: SEED.coverages.twoTenants },
    );
    expect(pick(data, 'about.version')).toBe('6.9.0');
    // Two tenants pushed; G1 keeps the last push (EMEA ran last).
    expect(String(pick(data, 'securityCoverage.external_uri'))).toMatch(
      /^https:\/\/(apac\.)?openaev\.demo\.local\/admin\/scenarios\//,
    );
    expect(pick(data, 'securityCoverage.coverage_valid_from')).not.toBeNull();
    const edges = list(data, 'securityCoverage.stixCoreRelationships.edges');
    expect(edges.length).toBe(18);
    expect(
      edges.every(
        (e) =>
          pick(e, 'node.fromId') === SEED.coverages.twoTenants &&
          pick(e, 'node.fromType') === 'Security-Coverage',
      ),
    ).toBe(true);
    expect(pick(edges[0], 'node.from.__typename')).toBe('SecurityCoverage');
  });

  it('creates a manual coverage with its scores and has-covered added from the coverage', async () => {
    const { backend: local } = testBackend({ shape: 'g1' });
    const created = await ok(
      local,
      `mutation A($input: SecurityCoverageAddInput!) { securityCoverageAdd(input: $input) { id coverage_information { coverage_name coverage_score } } }`,
      {
        input: {
          name: 'Black Basta (manual)',
          objectCovered: SEED.reports.blackBastaAdvisory,
          auto_enrichment_disable: true,
          coverage_information: [{ coverage_name: 'prevention', coverage_score: 33 }],
        },
      },
    );
    const id = String(pick(created, 'securityCoverageAdd.id'));
    expect(pick(created, 'securityCoverageAdd.coverage_information')).toEqual([
      { coverage_name: 'prevention', coverage_score: 33 },
    ]);
    await ok(
      local,
      `mutation R($input: StixCoreRelationshipAddInput!) { stixCoreRelationshipAdd(input: $input) { id } }`,
      {
        input: {
          fromId: id,
          toId: attackPatternId('T1486'),
          relationship_type: 'has-covered',
          coverage_information: [{ coverage_name: 'prevention', coverage_score: 10 }],
        },
      },
    );
    const rels = await ok(
      local,
      `query C($id: String!) { securityCoverage(id: $id) { stixCoreRelationships(relationship_type: "has-covered") { edges { node { fromId coverage_information { coverage_score } } } } } }`,
      { id },
    );
    expect(
      list(rels, 'securityCoverage.stixCoreRelationships.edges').map((e) => pick(e, 'node.fromId')),
    ).toEqual([id]);
    const patched = await ok(
      local,
      `mutation P($id: ID!, $input: [EditInput]!) { securityCoverageFieldPatch(id: $id, input: $input) { coverage_information { coverage_name coverage_score } } }`,
      {
        id,
        input: [
          {
            key: 'coverage_information',
            value: [{ coverage_name: 'detection', coverage_score: 71 }],
          },
        ],
      },
    );
    expect(pick(patched, 'securityCoverageFieldPatch.coverage_information')).toEqual([
      { coverage_name: 'detection', coverage_score: 71 },
    ]);
  });
});

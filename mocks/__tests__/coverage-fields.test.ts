import { describe, expect, it } from 'vitest';
import { SEED } from '../seed/ids';
import { group, list, ok, pick, testBackend } from './helpers';

const { backend } = testBackend();

const RESULTS = `query R($id: String!, $search: String, $filters: FilterGroup, $toTypes: [String], $first: Int, $after: ID, $orderBy: StixCoreRelationshipsOrdering, $orderMode: OrderingMode) {
  securityCoverage(id: $id) {
    stixCoreRelationshipsFromResults(search: $search, filters: $filters, toTypes: $toTypes, first: $first, after: $after, orderBy: $orderBy, orderMode: $orderMode) {
      pageInfo { globalCount hasNextPage endCursor }
      edges { node { id relationship_type updated_at coverage_information { coverage_name coverage_score } to { __typename ... on AttackPattern { name x_mitre_id } ... on Vulnerability { name } ... on SecurityPlatform { name } } } }
    }
  }
}`;

function targets(data: unknown): string[] {
  return list(data, 'securityCoverage.stixCoreRelationshipsFromResults.edges').map((e) =>
    String(pick(e, 'node.to.x_mitre_id') ?? pick(e, 'node.to.name')),
  );
}

describe('G2 computed coverage fields', () => {
  it('averages the results per metric, takes the latest date, and hides single-result fields when there are two', async () => {
    const data = await ok(
      backend,
      `query C($id: String!) { securityCoverage(id: $id) { coverage_information { coverage_name coverage_score } coverage_last_result coverage_valid_from external_uri results { coverage_information { coverage_name coverage_score } coverage_last_result } } }`,
      { id: SEED.coverages.twoTenants },
    );
    const results = list(data, 'securityCoverage.results');
    const score = (r: unknown, name: string) =>
      Number(
        pick(
          list(r, 'coverage_information').find((m) => pick(m, 'coverage_name') === name),
          'coverage_score',
        ),
      );
    const prevention = list(data, 'securityCoverage.coverage_information').find(
      (m) => pick(m, 'coverage_name') === 'PREVENTION',
    );
    expect(pick(prevention, 'coverage_score')).toBe(
      Math.round((score(results[0], 'PREVENTION') + score(results[1], 'PREVENTION')) / 2),
    );
    const latest = results
      .map((r) => String(pick(r, 'coverage_last_result')))
      .sort()
      .at(-1);
    expect(pick(data, 'securityCoverage.coverage_last_result')).toBe(latest);
    expect(pick(data, 'securityCoverage.coverage_valid_from')).toBeNull();
    const single = await ok(
      backend,
      `query C($id: String!) { securityCoverage(id: $id) { external_uri coverage_valid_from } }`,
      { id: SEED.coverages.fresh },
    );
    expect(pick(single, 'securityCoverage.external_uri')).not.toBeNull();
    expect(pick(single, 'securityCoverage.coverage_valid_from')).not.toBeNull();
  });

  it('filters tested entities by coverage_information nil / not_nil, by type and by search', async () => {
    const all = await ok(backend, RESULTS, { id: SEED.coverages.placeholders, first: 500 });
    const total = Number(
      pick(all, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    );
    const empty = await ok(backend, RESULTS, {
      id: SEED.coverages.placeholders,
      first: 500,
      filters: group({ key: 'coverage_information', values: [], operator: 'nil' }),
    });
    const tested = await ok(backend, RESULTS, {
      id: SEED.coverages.placeholders,
      first: 500,
      filters: group({ key: 'coverage_information', values: [], operator: 'not_nil' }),
    });
    const emptyCount = Number(
      pick(empty, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    );
    expect(emptyCount).toBeGreaterThan(0);
    expect(
      emptyCount +
        Number(
          pick(tested, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
        ),
    ).toBe(total);
    expect(targets(empty)).toContain('T1591');
    const vulns = await ok(backend, RESULTS, {
      id: SEED.coverages.placeholders,
      first: 500,
      toTypes: ['Vulnerability'],
    });
    expect(targets(vulns).every((t) => t.startsWith('CVE-'))).toBe(true);
    const byType = await ok(backend, RESULTS, {
      id: SEED.coverages.placeholders,
      first: 500,
      filters: group({ key: 'toTypes', values: ['SecurityPlatform'] }),
    });
    expect(targets(byType).sort()).toEqual([
      'Corelight Open NDR',
      'CrowdStrike Falcon Insight XDR',
      'Microsoft Sentinel',
    ]);
    expect(
      targets(await ok(backend, RESULTS, { id: SEED.coverages.placeholders, search: 'T1059.003' })),
    ).toEqual(['T1059.003']);
    expect(
      targets(await ok(backend, RESULTS, { id: SEED.coverages.placeholders, search: 'botnet' })),
    ).toEqual(['T1584.005']);
  });

  it('sorts by toName and pages with cursors', async () => {
    const first = await ok(backend, RESULTS, {
      id: SEED.coverages.fresh,
      first: 5,
      orderBy: 'toName',
      orderMode: 'asc',
    });
    const second = await ok(backend, RESULTS, {
      id: SEED.coverages.fresh,
      first: 5,
      orderBy: 'toName',
      orderMode: 'asc',
      after: pick(first, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.endCursor'),
    });
    const names = [
      ...list(first, 'securityCoverage.stixCoreRelationshipsFromResults.edges'),
      ...list(second, 'securityCoverage.stixCoreRelationshipsFromResults.edges'),
    ].map((e) => String(pick(e, 'node.to.name')));
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    expect(new Set(names).size).toBe(10);
  });

  it('lists covered attack patterns and vulnerabilities and the tested-entity distribution', async () => {
    const data = await ok(
      backend,
      `query C($id: String!) { securityCoverage(id: $id) {
        coveredAttackPatterns(first: 5000, orderBy: created_at, orderMode: asc) { count entities { relationship_id coverage_information { coverage_name } to { id x_mitre_id } } }
        coveredVulnerabilities(first: 5000) { count entities { to { name } } }
        total: coveredEntitiesDistribution(field: "entity_type", operation: count, relationship_type: ["has-covered"]) { label value }
        tested: coveredEntitiesDistribution(field: "entity_type", operation: count, relationship_type: ["has-covered"], filters: { mode: and, filters: [{ key: ["coverage_information"], operator: not_nil, values: [] }], filterGroups: [] }) { label value }
      } }`,
      { id: SEED.coverages.twoTenants },
    );
    const count = Number(pick(data, 'securityCoverage.coveredAttackPatterns.count'));
    // Two results, one has-covered per technique each.
    expect(count).toBe(36);
    expect(
      list(data, 'securityCoverage.coveredVulnerabilities.entities')
        .map((e) => pick(e, 'to.name'))
        .sort(),
    ).toEqual(['CVE-2019-19781', 'CVE-2019-19781', 'CVE-2023-42793', 'CVE-2023-42793']);
    const total = Object.fromEntries(
      list(data, 'securityCoverage.total').map((d) => [pick(d, 'label'), pick(d, 'value')]),
    );
    expect(total).toEqual({ 'Attack-Pattern': 18, Vulnerability: 2, SecurityPlatform: 3 });
    const tested = Object.fromEntries(
      list(data, 'securityCoverage.tested').map((d) => [pick(d, 'label'), pick(d, 'value')]),
    );
    expect(Number(tested['Attack-Pattern'])).toBeLessThan(18);
  });
});

describe('generic lookups', () => {
  it('resolves __typename and accepts standard ids', async () => {
    const coverage = backend.store.getOfType('Security-Coverage', SEED.coverages.fresh);
    const data = await ok(
      backend,
      `query O($id: String!, $std: String!) { a: stixCoreObject(id: $id) { __typename entity_type parent_types } b: stixDomainObject(id: $std) { __typename id } }`,
      { id: SEED.caseIncidents.akira, std: coverage?.standard_id ?? '' },
    );
    expect(pick(data, 'a.__typename')).toBe('CaseIncident');
    expect(pick(data, 'a.entity_type')).toBe('Case-Incident');
    expect(pick(data, 'a.parent_types')).toContain('Container');
    expect(pick(data, 'b')).toEqual({ __typename: 'SecurityCoverage', id: SEED.coverages.fresh });
  });

  it('lists connectors, settings, vocabularies and the history of a coverage', async () => {
    const data = await ok(
      backend,
      `query S($id: Any!) { settings { platform_openaev_url } connectors { name connector_type connector_scope active auto auto_update }
        logs(filters: { mode: and, filters: [{ key: ["context_data.id"], values: [$id] }], filterGroups: [] }) { edges { node { event_scope context_data { entity_name message } } } } }`,
      { id: SEED.coverages.fresh },
    );
    expect(pick(data, 'settings.platform_openaev_url')).toBe('https://openaev.demo.local');
    const openaev = list(data, 'connectors').find((c) => pick(c, 'name') === 'OpenAEV Coverage');
    expect(openaev).toEqual({
      name: 'OpenAEV Coverage',
      connector_type: 'INTERNAL_ENRICHMENT',
      connector_scope: ['security-coverage'],
      active: true,
      auto: true,
      auto_update: true,
    });
    expect(list(data, 'logs.edges').map((e) => pick(e, 'node.event_scope'))).toEqual(['create']);
  });
});

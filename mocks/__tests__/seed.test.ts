import { describe, expect, it } from 'vitest';
import { SEED } from '../seed/ids';
import { SCALE_COVERAGES, SCALE_TESTED_ENTITIES } from '../seed/scale';
import { list, ok, pick, testBackend } from './helpers';

describe('demo seed', () => {
  const { backend } = testBackend();

  it('holds the covered entity types, techniques, CVEs and platform objects', async () => {
    const data = await ok(
      backend,
      `{
        reports { pageInfo { globalCount } } groupings { pageInfo { globalCount } } campaigns { pageInfo { globalCount } }
        intrusionSets { pageInfo { globalCount } } incidents { pageInfo { globalCount } } caseIncidents { pageInfo { globalCount } }
        attackPatterns(first: 500) { pageInfo { globalCount } edges { node { x_mitre_id isSubAttackPattern killChainPhases { kill_chain_name phase_name } } } }
        vulnerabilities { pageInfo { globalCount } }
        securityPlatforms { pageInfo { globalCount } }
        markingDefinitions { edges { node { definition_type definition x_opencti_order x_opencti_color } } }
        labels { pageInfo { globalCount } }
        vocabularies(category: coverage_ov) { edges { node { name order } } }
      }`,
    );
    expect(pick(data, 'reports.pageInfo.globalCount')).toBeGreaterThanOrEqual(3);
    expect(pick(data, 'groupings.pageInfo.globalCount')).toBeGreaterThanOrEqual(2);
    expect(pick(data, 'campaigns.pageInfo.globalCount')).toBeGreaterThanOrEqual(2);
    expect(pick(data, 'intrusionSets.pageInfo.globalCount')).toBeGreaterThanOrEqual(2);
    expect(pick(data, 'incidents.pageInfo.globalCount')).toBeGreaterThanOrEqual(2);
    expect(pick(data, 'caseIncidents.pageInfo.globalCount')).toBeGreaterThanOrEqual(2);
    expect(pick(data, 'attackPatterns.pageInfo.globalCount')).toBeGreaterThanOrEqual(60);
    expect(pick(data, 'vulnerabilities.pageInfo.globalCount')).toBeGreaterThanOrEqual(20);
    expect(pick(data, 'securityPlatforms.pageInfo.globalCount')).toBeGreaterThanOrEqual(3);
    const patterns = list(data, 'attackPatterns.edges');
    expect(
      patterns.some(
        (e) =>
          pick(e, 'node.x_mitre_id') === 'T1059.001' && pick(e, 'node.isSubAttackPattern') === true,
      ),
    ).toBe(true);
    expect(
      patterns.every((e) =>
        list(e, 'node.killChainPhases').every((p) => pick(p, 'kill_chain_name') === 'mitre-attack'),
      ),
    ).toBe(true);
    const tlp = list(data, 'markingDefinitions.edges').map((e) => pick(e, 'node.definition'));
    expect(tlp).toEqual(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
    expect(
      list(data, 'vocabularies.edges').map((e) => [pick(e, 'node.name'), pick(e, 'node.order')]),
    ).toEqual([
      ['prevention', 1],
      ['detection', 2],
      ['vulnerability', 3],
    ]);
  });

  it('seeds one coverage per state', async () => {
    const query = `query C($id: String!) { securityCoverage(id: $id) {
      auto_enrichment_disable coverage_information { coverage_name coverage_score } coverage_last_result periodicity
      external_uri results { id name external_uri } jobs { status errors { message } }
      stixCoreRelationshipsFromResults(first: 500) { edges { node { coverage_information { coverage_name } } } }
    } }`;
    const get = (id: string) => ok(backend, query, { id });
    const fresh = await get(SEED.coverages.fresh);
    expect(pick(fresh, 'securityCoverage.auto_enrichment_disable')).toBe(false);
    expect(
      Date.parse(String(pick(fresh, 'securityCoverage.coverage_last_result'))),
    ).toBeGreaterThan(Date.parse('2026-12-03T10:00:00Z'));
    expect(
      list(fresh, 'securityCoverage.coverage_information').map((m) => pick(m, 'coverage_name')),
    ).toEqual(['PREVENTION', 'DETECTION', 'VULNERABILITY']);

    const placeholders = await get(SEED.coverages.placeholders);
    const rels = list(placeholders, 'securityCoverage.stixCoreRelationshipsFromResults.edges');
    expect(
      rels.filter((e) => list(e, 'node.coverage_information').length === 0).length,
    ).toBeGreaterThan(3);

    const outdated = await get(SEED.coverages.outdated);
    expect(
      Date.parse(String(pick(outdated, 'securityCoverage.coverage_last_result'))),
    ).toBeLessThan(Date.parse('2026-12-03T10:00:00Z'));

    const provisioning = await get(SEED.coverages.provisioning);
    expect(list(provisioning, 'securityCoverage.results')).toHaveLength(0);
    expect(pick(provisioning, 'securityCoverage.jobs.0.status')).toBe('progress');

    const failed = await get(SEED.coverages.failed);
    expect(pick(failed, 'securityCoverage.jobs.0.status')).toBe('complete');
    expect(pick(failed, 'securityCoverage.jobs.0.errors.0.message')).toBe(
      'An unexpected server error occurred',
    );

    const detection = await get(SEED.coverages.manualDetection);
    expect(pick(detection, 'securityCoverage.auto_enrichment_disable')).toBe(true);
    expect(pick(detection, 'securityCoverage.coverage_information')).toEqual([
      { coverage_name: 'detection', coverage_score: 35 },
    ]);

    const full = await get(SEED.coverages.manualFull);
    expect(
      list(full, 'securityCoverage.coverage_information').map((m) => pick(m, 'coverage_name')),
    ).toEqual(['prevention', 'detection', 'vulnerability']);

    const tenants = await get(SEED.coverages.twoTenants);
    expect(list(tenants, 'securityCoverage.results').map((r) => pick(r, 'name'))).toEqual([
      'EMEA Result of APT29',
      'APAC Result of APT29',
    ]);
    expect(pick(tenants, 'securityCoverage.external_uri')).toBeNull();
  });

  it('leaves entities without coverage, eligible or not', async () => {
    const data = await ok(
      backend,
      `query E($report: String!, $none: String!) {
        report(id: $report) { securityCoverage { id } objects(types: ["Attack-Pattern", "Vulnerability"]) { pageInfo { globalCount } } }
        grouping(id: $none) { securityCoverage { id } objects(types: ["Attack-Pattern", "Vulnerability"]) { pageInfo { globalCount } } }
      }`,
      { report: SEED.reports.midnightBlizzardGuidance, none: SEED.groupings.phishingTriage },
    );
    expect(pick(data, 'report.securityCoverage')).toBeNull();
    expect(pick(data, 'report.objects.pageInfo.globalCount')).toBeGreaterThan(3);
    expect(pick(data, 'grouping.securityCoverage')).toBeNull();
    expect(pick(data, 'grouping.objects.pageInfo.globalCount')).toBe(0);
  });

  it('is deterministic: same ids and scores for two seeds at the same time', () => {
    const a = testBackend().backend.serialize();
    const b = testBackend().backend.serialize();
    expect(a).toBe(b);
  });

  it('empty seed has configuration but no knowledge', async () => {
    const empty = testBackend({ seed: 'empty' }).backend;
    const data = await ok(
      empty,
      '{ securityCoverages { pageInfo { globalCount } } reports { pageInfo { globalCount } } markingDefinitions { pageInfo { globalCount } } connectors { name } }',
    );
    expect(pick(data, 'securityCoverages.pageInfo.globalCount')).toBe(0);
    expect(pick(data, 'reports.pageInfo.globalCount')).toBe(0);
    expect(pick(data, 'markingDefinitions.pageInfo.globalCount')).toBe(5);
    expect(list(data, 'connectors').map((c) => pick(c, 'name'))).toContain('OpenAEV Coverage');
  });
});

describe('scale seed', () => {
  it('adds 10,000 coverages and one with 5,000 tested entities, quickly', async () => {
    const started = performance.now();
    const { backend } = testBackend({ seed: 'scale' });
    expect(performance.now() - started).toBeLessThan(3_000);
    const data = await ok(
      backend,
      `query S($id: String!) {
        securityCoverages(first: 500, orderBy: coverage_last_result, orderMode: desc) { edges { node { id } } pageInfo { globalCount hasNextPage } }
        securityCoverage(id: $id) { stixCoreRelationshipsFromResults(first: 100, orderBy: toName) { pageInfo { globalCount hasNextPage } } }
      }`,
      { id: SEED.scaleCoverage },
    );
    expect(pick(data, 'securityCoverages.pageInfo.globalCount')).toBe(8 + SCALE_COVERAGES + 1);
    expect(list(data, 'securityCoverages.edges')).toHaveLength(500);
    expect(
      pick(data, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    ).toBe(SCALE_TESTED_ENTITIES);
  });
});

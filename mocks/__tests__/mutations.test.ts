import { describe, expect, it } from 'vitest';
import { attackPatternId, SEED, vulnerabilityId } from '../seed/ids';
import { labelId, markingId } from '../seed/meta';
import { fails, list, ok, pick, testBackend } from './helpers';

const ADD = `mutation Add($input: SecurityCoverageAddInput!) {
  securityCoverageAdd(input: $input) {
    id name standard_id entity_type auto_enrichment_disable periodicity
    coverage_information { coverage_name coverage_score }
    results { id name coverage_information { coverage_name coverage_score } }
    objectCovered { ... on Report { id securityCoverage { id } } }
    stixCoreRelationshipsFromResults(first: 100) { pageInfo { globalCount } edges { node { coverage_information { coverage_name coverage_score } to { ... on AttackPattern { x_mitre_id } ... on Vulnerability { name } } } } }
    jobs { id status connector { name } }
  }
}`;
const PATCH = `mutation Patch($id: ID!, $input: [EditInput]!) { securityCoverageFieldPatch(id: $id, input: $input) { id name periodicity coverage_information { coverage_name coverage_score } coverage_last_result results { name } } }`;
const DELETE = `mutation Del($id: ID!) { securityCoverageDelete(id: $id) }`;

function manualInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Midnight Blizzard guidance',
    objectCovered: SEED.reports.midnightBlizzardGuidance,
    auto_enrichment_disable: true,
    periodicity: 'P1M',
    coverage_information: [{ coverage_name: 'detection', coverage_score: 42 }],
    objectMarking: [markingId('TLP:GREEN')],
    objectLabel: [labelId('cloud')],
    add_related_entities: {
      selected_ids: [attackPatternId('T1110.003'), attackPatternId('T1528')],
    },
    ...overrides,
  };
}

describe('securityCoverageAdd', () => {
  it('creates a manual coverage with its result and has-covered for the selected entities', async () => {
    const { backend } = testBackend();
    const data = await ok(backend, ADD, { input: manualInput() });
    const coverage = pick(data, 'securityCoverageAdd');
    expect(pick(coverage, 'entity_type')).toBe('Security-Coverage');
    expect(String(pick(coverage, 'standard_id'))).toMatch(/^security-coverage--/);
    expect(pick(coverage, 'coverage_information')).toEqual([
      { coverage_name: 'detection', coverage_score: 42 },
    ]);
    expect(list(coverage, 'results').map((r) => pick(r, 'name'))).toEqual([
      'Result of Midnight Blizzard guidance',
    ]);
    expect(pick(coverage, 'stixCoreRelationshipsFromResults.pageInfo.globalCount')).toBe(2);
    expect(
      list(coverage, 'stixCoreRelationshipsFromResults.edges').map((e) =>
        pick(e, 'node.coverage_information'),
      ),
    ).toEqual([
      [{ coverage_name: 'detection', coverage_score: 42 }],
      [{ coverage_name: 'detection', coverage_score: 42 }],
    ]);
    expect(pick(coverage, 'objectCovered.securityCoverage.id')).toBe(pick(coverage, 'id'));
    expect(list(coverage, 'jobs')).toHaveLength(0);
  });

  it('selects every eligible entity when add_related_entities has no ids, honouring filters, search and exclusions', async () => {
    const { backend } = testBackend();
    const all = await ok(backend, ADD, {
      input: manualInput({ add_related_entities: { excluded_ids: [attackPatternId('T1098')] } }),
    });
    expect(
      pick(all, 'securityCoverageAdd.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    ).toBe(6);
    const { backend: other } = testBackend();
    const filtered = await ok(other, ADD, {
      input: manualInput({
        add_related_entities: {
          filters: JSON.stringify({
            mode: 'and',
            filters: [{ key: ['entity_type'], values: ['Attack-Pattern'] }],
            filterGroups: [],
          }),
          search: 'token',
        },
      }),
    });
    expect(
      list(filtered, 'securityCoverageAdd.stixCoreRelationshipsFromResults.edges')
        .map((e) => pick(e, 'node.to.x_mitre_id'))
        .sort(),
    ).toEqual(['T1114.002', 'T1528', 'T1606.002']);
  });

  it('upserts: a second add for the same covered entity updates the existing coverage', async () => {
    const { backend } = testBackend();
    const first = await ok(backend, ADD, { input: manualInput() });
    const second = await ok(backend, ADD, {
      input: manualInput({
        name: 'Midnight Blizzard guidance (v2)',
        auto_enrichment_disable: false,
        coverage_information: [{ coverage_name: 'detection', coverage_score: 64 }],
      }),
    });
    expect(pick(second, 'securityCoverageAdd.id')).toBe(pick(first, 'securityCoverageAdd.id'));
    expect(pick(second, 'securityCoverageAdd.name')).toBe('Midnight Blizzard guidance (v2)');
    // auto_enrichment_disable is not upserted: the coverage stays manual.
    expect(pick(second, 'securityCoverageAdd.auto_enrichment_disable')).toBe(true);
    const count = await ok(backend, '{ securityCoverages { pageInfo { globalCount } } }');
    expect(pick(count, 'securityCoverages.pageInfo.globalCount')).toBe(9);
  });

  it('validates the name (at least 2 non-blank characters)', async () => {
    const { backend } = testBackend();
    for (const name of ['', 'a', '   ', ' b ']) {
      const error = await fails(backend, ADD, { input: manualInput({ name }) });
      expect(error.code).toBe('FUNCTIONAL_ERROR');
      expect(pick(error.data, 'field')).toBe('name');
    }
  });

  it('requires an existing covered entity of a coverable type', async () => {
    const { backend } = testBackend();
    const missing = await fails(backend, ADD, { input: manualInput({ objectCovered: 'nope' }) });
    expect(missing).toMatchObject({ code: 'FUNCTIONAL_ERROR' });
    expect(pick(missing.data, 'field')).toBe('objectCovered');
    const wrongType = await fails(backend, ADD, {
      input: manualInput({ objectCovered: vulnerabilityId('CVE-2021-44228') }),
    });
    expect(wrongType.code).toBe('FUNCTIONAL_ERROR');
    const missingFlag = await fails(backend, ADD, {
      input: { name: 'ok name', objectCovered: SEED.reports.blackBastaAdvisory },
    });
    expect(missingFlag.code).toBe('BAD_USER_INPUT');
  });

  it('starts an automatic enrichment for an automated coverage', async () => {
    const { backend } = testBackend();
    const data = await ok(backend, ADD, {
      input: {
        name: 'Black Basta',
        objectCovered: SEED.reports.blackBastaAdvisory,
        auto_enrichment_disable: false,
        periodicity: 'P1D',
        duration: 'P30D',
        type_affinity: 'ENDPOINT',
        platforms_affinity: ['windows', 'linux', 'macos'],
      },
    });
    expect(
      list(data, 'securityCoverageAdd.jobs').map((j) => [
        pick(j, 'status'),
        pick(j, 'connector.name'),
      ]),
    ).toEqual([['wait', 'OpenAEV Coverage']]);
    expect(list(data, 'securityCoverageAdd.results')).toHaveLength(0);
  });
});

describe('capabilities', () => {
  it('answers FORBIDDEN_ACCESS to the read-only user on writes, but lets it read', async () => {
    const { backend } = testBackend();
    const add = await fails(backend, ADD, { input: manualInput() }, 'readonly');
    expect(add).toMatchObject({
      message: 'You are not allowed to do this.',
      code: 'FORBIDDEN_ACCESS',
    });
    expect(
      (
        await fails(
          backend,
          PATCH,
          { id: SEED.coverages.fresh, input: [{ key: 'name', value: ['x y'] }] },
          'readonly',
        )
      ).code,
    ).toBe('FORBIDDEN_ACCESS');
    expect((await fails(backend, DELETE, { id: SEED.coverages.fresh }, 'readonly')).code).toBe(
      'FORBIDDEN_ACCESS',
    );
    const ask = `mutation A($id: ID!, $c: ID!) { stixCoreObjectEdit(id: $id) { askEnrichment(connectorId: $c) { id } } }`;
    expect(
      (
        await fails(
          backend,
          ask,
          { id: SEED.coverages.fresh, c: SEED.connectors.openaev },
          'readonly',
        )
      ).code,
    ).toBe('FORBIDDEN_ACCESS');
    const me = await ok(
      backend,
      '{ me { name capabilities { name } } securityCoverages { pageInfo { globalCount } } }',
      {},
      'readonly',
    );
    expect(list(me, 'me.capabilities').map((c) => pick(c, 'name'))).toEqual(['KNOWLEDGE']);
    expect(pick(me, 'securityCoverages.pageInfo.globalCount')).toBe(8);
  });

  it('gives the admin the capabilities the UI checks', async () => {
    const { backend } = testBackend();
    const me = await ok(backend, '{ me { capabilities { name } } }');
    expect(list(me, 'me.capabilities').map((c) => pick(c, 'name'))).toEqual(
      expect.arrayContaining([
        'KNOWLEDGE',
        'KNOWLEDGE_KNUPDATE',
        'KNOWLEDGE_KNUPDATE_KNDELETE',
        'KNOWLEDGE_KNENRICHMENT',
        'SETTINGS',
      ]),
    );
  });
});

describe('securityCoverageFieldPatch', () => {
  it('patches fields and replaces coverage_information as a whole on the manual result', async () => {
    const { backend, clock } = testBackend();
    clock.advance(60_000);
    const data = await ok(backend, PATCH, {
      id: SEED.coverages.manualFull,
      input: [
        { key: 'periodicity', value: ['P1W'] },
        {
          key: 'coverage_information',
          value: [{ coverage_name: 'detection', coverage_score: 90 }],
        },
      ],
    });
    expect(pick(data, 'securityCoverageFieldPatch.periodicity')).toBe('P1W');
    expect(pick(data, 'securityCoverageFieldPatch.coverage_information')).toEqual([
      { coverage_name: 'detection', coverage_score: 90 },
    ]);
    expect(pick(data, 'securityCoverageFieldPatch.coverage_last_result')).toBe(
      new Date(clock.now()).toISOString(),
    );
    expect(list(data, 'securityCoverageFieldPatch.results')).toHaveLength(1);
  });

  it('refuses a short name and an unknown field', async () => {
    const { backend } = testBackend();
    const short = await fails(backend, PATCH, {
      id: SEED.coverages.fresh,
      input: [{ key: 'name', value: ['x'] }],
    });
    expect(short.code).toBe('FUNCTIONAL_ERROR');
    expect(pick(short.data, 'field')).toBe('name');
    expect(
      (
        await fails(backend, PATCH, {
          id: SEED.coverages.fresh,
          input: [{ key: 'identity_class', value: ['x'] }],
        })
      ).code,
    ).toBe('FUNCTIONAL_ERROR');
  });
});

describe('deletion', () => {
  it('deletes the coverage, its results and their has-covered, not the covered entity', async () => {
    const { backend } = testBackend();
    const before = await ok(
      backend,
      `query R($id: String!) { securityCoverage(id: $id) { results { id } } }`,
      { id: SEED.coverages.twoTenants },
    );
    const resultIds = list(before, 'securityCoverage.results').map((r) => String(pick(r, 'id')));
    expect(resultIds).toHaveLength(2);
    const relCount = backend.store.relationships.size;
    const hasCovered = resultIds.flatMap((id) => backend.store.relationshipsFrom(id)).length;
    expect(hasCovered).toBeGreaterThan(0);
    const deleted = await ok(backend, DELETE, { id: SEED.coverages.twoTenants });
    expect(pick(deleted, 'securityCoverageDelete')).toBe(SEED.coverages.twoTenants);
    const after = await ok(
      backend,
      `query A($id: String!, $r: String!, $is: String!) { securityCoverage(id: $id) { id } securityCoverageResult(id: $r) { id } intrusionSet(id: $is) { id securityCoverage { id } } }`,
      { id: SEED.coverages.twoTenants, r: resultIds[0], is: SEED.intrusionSets.apt29 },
    );
    expect(pick(after, 'securityCoverage')).toBeNull();
    expect(pick(after, 'securityCoverageResult')).toBeNull();
    expect(pick(after, 'intrusionSet.id')).toBe(SEED.intrusionSets.apt29);
    expect(pick(after, 'intrusionSet.securityCoverage')).toBeNull();
    expect(backend.store.relationships.size).toBe(relCount - hasCovered);
  });
});

describe('results and relationships', () => {
  it('adds and deletes a manual result', async () => {
    const { backend } = testBackend();
    const added = await ok(
      backend,
      `mutation R($input: SecurityCoverageResultAddInput!) { securityCoverageResultAdd(input: $input) { id name resultOf { id } coverage_information { coverage_name coverage_score } } }`,
      {
        input: {
          resultOf: SEED.coverages.fresh,
          external_uri: 'https://purple.example/run/7',
          coverage_information: [{ coverage_name: 'PREVENTION', coverage_score: 21 }],
        },
      },
    );
    expect(pick(added, 'securityCoverageResultAdd.name')).toBe(
      'https://purple.example/run/7 Result of FIN7',
    );
    const averaged = await ok(
      backend,
      `query C($id: String!) { securityCoverage(id: $id) { coverage_information { coverage_name coverage_score } results { id } } }`,
      { id: SEED.coverages.fresh },
    );
    expect(list(averaged, 'securityCoverage.results')).toHaveLength(2);
    const prevention = list(averaged, 'securityCoverage.coverage_information').find(
      (m) => pick(m, 'coverage_name') === 'PREVENTION',
    );
    expect(pick(prevention, 'coverage_score')).toBe(Math.round((71 + 21) / 2));
    const id = pick(added, 'securityCoverageResultAdd.id');
    expect(
      pick(
        await ok(backend, 'mutation D($id: ID!) { securityCoverageResultDelete(id: $id) }', { id }),
        'securityCoverageResultDelete',
      ),
    ).toBe(id);
  });

  it('patches the scores of one tested entity', async () => {
    const { backend } = testBackend();
    const rels = await ok(
      backend,
      `query C($id: String!) { securityCoverage(id: $id) { stixCoreRelationshipsFromResults(first: 1, orderBy: toName) { edges { node { id } } } } }`,
      { id: SEED.coverages.manualDetection },
    );
    const id = pick(rels, 'securityCoverage.stixCoreRelationshipsFromResults.edges.0.node.id');
    const patched = await ok(
      backend,
      `mutation P($id: ID!, $input: [EditInput]!) { stixCoreRelationshipEdit(id: $id) { fieldPatch(input: $input) { id coverage_information { coverage_name coverage_score } } } }`,
      {
        id,
        input: [
          {
            key: 'coverage_information',
            value: [{ coverage_name: 'detection', coverage_score: 77 }],
          },
        ],
      },
    );
    expect(pick(patched, 'stixCoreRelationshipEdit.fieldPatch.coverage_information')).toEqual([
      { coverage_name: 'detection', coverage_score: 77 },
    ]);
  });

  it('re-targets a has-covered created from a coverage to its only result', async () => {
    const { backend } = testBackend();
    const data = await ok(
      backend,
      `mutation A($input: StixCoreRelationshipAddInput!) { stixCoreRelationshipAdd(input: $input) { id fromType from { ... on SecurityCoverageResult { resultOf { id } } } coverage_information { coverage_score } } }`,
      {
        input: {
          fromId: SEED.coverages.manualDetection,
          toId: attackPatternId('T1059.001'),
          relationship_type: 'has-covered',
          coverage_information: [{ coverage_name: 'detection', coverage_score: 12 }],
        },
      },
    );
    expect(pick(data, 'stixCoreRelationshipAdd.fromType')).toBe('Security-Coverage-Result');
    expect(pick(data, 'stixCoreRelationshipAdd.from.resultOf.id')).toBe(
      SEED.coverages.manualDetection,
    );
    const twoResults = await fails(
      backend,
      `mutation A($input: StixCoreRelationshipAddInput!) { stixCoreRelationshipAdd(input: $input) { id } }`,
      {
        input: {
          fromId: SEED.coverages.twoTenants,
          toId: attackPatternId('T1059.001'),
          relationship_type: 'has-covered',
        },
      },
    );
    expect(twoResults.code).toBe('FUNCTIONAL_ERROR');
  });

  it('removing an object from a covered container drops its has-covered', async () => {
    const { backend } = testBackend();
    const target = vulnerabilityId('CVE-2024-3400');
    await ok(
      backend,
      `mutation R($id: ID!, $to: StixRef!) { stixCoreObjectEdit(id: $id) { relationDelete(toId: $to, relationship_type: "object") { id } } }`,
      { id: SEED.groupings.edgeZeroDays, to: target },
    );
    const result = backend.store.resultsOf(SEED.coverages.manualDetection)[0];
    expect(result).toBeDefined();
    expect(backend.store.findRelationship('has-covered', result?.id ?? '', target)).toBeUndefined();
  });
});

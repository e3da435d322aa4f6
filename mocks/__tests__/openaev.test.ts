import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, SECOND } from '../clock';
import { addDuration, addIsoDuration, parseDuration } from '../openaev/duration';
import { SEED } from '../seed/ids';
import { fails, list, ok, pick, testBackend } from './helpers';

const ADD = `mutation Add($input: SecurityCoverageAddInput!) { securityCoverageAdd(input: $input) { id } }`;
const STATE = `query S($id: String!) { securityCoverage(id: $id) {
  external_uri coverage_last_result coverage_valid_to coverage_information { coverage_name coverage_score }
  results { name external_uri coverage_information { coverage_name coverage_score } }
  jobs { id status timestamp received_time processed_time messages { message } errors { message } }
  stixCoreRelationshipsFromResults(first: 500) { pageInfo { globalCount } edges { node { updated_at coverage_information { coverage_name coverage_score } to { ... on AttackPattern { x_mitre_id name } ... on Vulnerability { name } ... on SecurityPlatform { name } } } } }
} }`;
const ASK = `mutation A($id: ID!, $c: ID!) { stixCoreObjectEdit(id: $id) { askEnrichment(connectorId: $c) { id status } } }`;

async function automated(
  backend: ReturnType<typeof testBackend>['backend'],
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const data = await ok(backend, ADD, {
    input: {
      name: 'Black Basta',
      objectCovered: SEED.reports.blackBastaAdvisory,
      auto_enrichment_disable: false,
      periodicity: 'P1D',
      duration: 'P3D',
      type_affinity: 'ENDPOINT',
      platforms_affinity: ['windows', 'linux', 'macos'],
      ...overrides,
    },
  });
  return String(pick(data, 'securityCoverageAdd.id'));
}

describe('ISO-8601 durations', () => {
  it('parses and adds the periodicities the UI writes', () => {
    const start = Date.parse('2026-01-31T00:00:00Z');
    expect(addIsoDuration(start, 'P1D')).toBe(start + DAY);
    expect(addIsoDuration(start, 'PT12H')).toBe(start + 12 * HOUR);
    expect(addIsoDuration(start, 'P1W')).toBe(start + 7 * DAY);
    expect(addIsoDuration(start, 'P30D')).toBe(start + 30 * DAY);
    expect(new Date(addIsoDuration(start, 'P1M') ?? 0).toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    );
    expect(parseDuration('P1DT12H')).toMatchObject({ days: 1, hours: 12 });
    const duration = parseDuration('PT90M');
    expect(duration && addDuration(0, duration)).toBe(90 * MINUTE);
    for (const bad of ['', 'P', 'PT', '1D', 'P1X', 'every day', 'P0D'])
      expect(parseDuration(bad), bad).toBeNull();
  });
});

describe('enrichment work lifecycle', () => {
  it('goes wait → progress → complete, then a result with the scenario URL, then the first simulation', async () => {
    const { backend, clock } = testBackend();
    const id = await automated(backend);
    let state = await ok(backend, STATE, { id });
    expect(pick(state, 'securityCoverage.jobs.0.status')).toBe('wait');
    clock.advance(2 * SECOND);
    state = await ok(backend, STATE, { id });
    expect(pick(state, 'securityCoverage.jobs.0.status')).toBe('progress');
    expect(pick(state, 'securityCoverage.jobs.0.messages.0.message')).toBe(
      'OpenAEV ready to process the operation',
    );
    expect(pick(state, 'securityCoverage.jobs.0.received_time')).toBe(
      new Date(clock.now()).toISOString(),
    );
    clock.advance(6 * SECOND);
    state = await ok(backend, STATE, { id });
    expect(pick(state, 'securityCoverage.jobs.0.status')).toBe('complete');
    expect(pick(state, 'securityCoverage.jobs.0.messages.1.message')).toBe(
      'Coverage successfully created or updated',
    );
    expect(String(pick(state, 'securityCoverage.external_uri'))).toMatch(
      /^https:\/\/openaev\.demo\.local\/admin\/scenarios\/[0-9a-f-]{36}$/,
    );
    expect(pick(state, 'securityCoverage.results.0.name')).toBe('EMEA Result of Black Basta');
    expect(pick(state, 'securityCoverage.coverage_last_result')).toBeNull();
    expect(
      pick(state, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    ).toBe(0);
    clock.advance(2 * MINUTE - 1);
    expect(
      pick(await ok(backend, STATE, { id }), 'securityCoverage.coverage_last_result'),
    ).toBeNull();
    clock.advance(1);
    state = await ok(backend, STATE, { id });
    expect(pick(state, 'securityCoverage.coverage_last_result')).toBe(
      new Date(clock.now()).toISOString(),
    );
    expect(
      list(state, 'securityCoverage.coverage_information').map((m) => pick(m, 'coverage_name')),
    ).toEqual(['PREVENTION', 'DETECTION', 'VULNERABILITY']);
    expect(
      pick(state, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    ).toBeGreaterThan(10);
  });

  it('runs simulations every periodicity until start + duration', async () => {
    const { backend, clock } = testBackend();
    const id = await automated(backend, { periodicity: 'P1D', duration: 'P3D' });
    clock.advance(8 * SECOND + 2 * MINUTE);
    const firstAt = clock.now();
    const stamp = async () =>
      String(pick(await ok(backend, STATE, { id }), 'securityCoverage.coverage_last_result'));
    expect(await stamp()).toBe(new Date(firstAt).toISOString());
    clock.advance(DAY - 1);
    expect(await stamp()).toBe(new Date(firstAt).toISOString());
    clock.advance(1);
    expect(await stamp()).toBe(new Date(firstAt + DAY).toISOString());
    clock.advance(10 * DAY);
    expect(await stamp()).toBe(new Date(firstAt + 3 * DAY).toISOString());
    const scenario = backend.store.openaev.scenarios.find((s) => s.coverageId === id);
    expect(scenario?.simulationCount).toBe(4);
    expect(scenario?.nextRunAt).toBeNull();
  });

  it('scores deterministically in 0–100', async () => {
    const run = async () => {
      const { backend, clock } = testBackend();
      const id = await automated(backend);
      clock.advance(DAY + 3 * MINUTE);
      return ok(backend, STATE, { id });
    };
    const [a, b] = [await run(), await run()];
    expect(pick(a, 'securityCoverage.coverage_information')).toEqual(
      pick(b, 'securityCoverage.coverage_information'),
    );
    const scores = list(a, 'securityCoverage.stixCoreRelationshipsFromResults.edges').flatMap((e) =>
      list(e, 'node.coverage_information').map((m) => Number(pick(m, 'coverage_score'))),
    );
    expect(scores.length).toBeGreaterThan(10);
    expect(scores.every((s) => Number.isInteger(s) && s >= 0 && s <= 100)).toBe(true);
    expect(new Set(scores).size).toBeGreaterThan(3);
  });
});

describe('placeholder rules', () => {
  it('leaves coverage_information empty for unknown techniques and for platforms without payload', async () => {
    const { backend } = testBackend();
    const state = await ok(backend, STATE, { id: SEED.coverages.placeholders });
    const byRef = new Map(
      list(state, 'securityCoverage.stixCoreRelationshipsFromResults.edges').map((e) => [
        String(pick(e, 'node.to.x_mitre_id') ?? pick(e, 'node.to.name')),
        list(e, 'node.coverage_information').length,
      ]),
    );
    // Unknown to the payload library (no atomic test at all).
    for (const ref of ['T1584.005', 'T1583.003', 'T1588.002', 'T1591', 'T1190'])
      expect(byRef.get(ref), ref).toBe(0);
    // Analyst-made pattern without a MITRE id: looked up by name, unknown.
    expect(byRef.get('Living-off-the-land binaries (LOLBins) abuse')).toBe(0);
    // Appliance CVE: no endpoint payload.
    expect(byRef.get('CVE-2024-3400')).toBe(0);
    // Windows-only payload: executed on the Windows endpoints.
    expect(byRef.get('T1059.003')).toBe(2);
    const scenario = backend.store.openaev.scenarios.find(
      (s) => s.coverageId === SEED.coverages.placeholders,
    );
    const titles = scenario?.injects.filter((i) => i.placeholder).map((i) => i.title) ?? [];
    expect(titles).toContain('[T1591] Placeholder');
    expect(titles).toContain('[T1059.003] Placeholder - linux x86_64');
    expect(titles.some((t) => t.includes('macos'))).toBe(false);
  });

  it('follows platforms_affinity ∩ the default asset rule, and re-enrichment rebuilds the injects', async () => {
    const { backend, clock } = testBackend();
    const id = await automated(backend, { platforms_affinity: ['macos'] });
    clock.advance(8 * SECOND + 2 * MINUTE);
    const macOnly = await ok(backend, STATE, { id });
    const covered = list(macOnly, 'securityCoverage.stixCoreRelationshipsFromResults.edges').filter(
      (e) => pick(e, 'node.to.x_mitre_id') && list(e, 'node.coverage_information').length > 0,
    );
    // T1219 and T1569.002 only have Windows tests.
    const scored = covered.map((e) => pick(e, 'node.to.x_mitre_id'));
    expect(scored).not.toContain('T1219');
    expect(scored).toContain('T1486');
    const patch = `mutation P($id: ID!, $input: [EditInput]!) { securityCoverageFieldPatch(id: $id, input: $input) { id jobs { status } } }`;
    const patched = await ok(backend, patch, {
      id,
      input: [{ key: 'platforms_affinity', value: ['windows'] }],
    });
    expect(pick(patched, 'securityCoverageFieldPatch.jobs.0.status')).toBe('wait');
    clock.advance(8 * SECOND + 2 * MINUTE);
    const windows = await ok(backend, STATE, { id });
    const t1219 = list(windows, 'securityCoverage.stixCoreRelationshipsFromResults.edges').find(
      (e) => pick(e, 'node.to.x_mitre_id') === 'T1219',
    );
    expect(list(t1219, 'node.coverage_information').length).toBe(2);
    const scenario = backend.store.openaev.scenarios.find((s) => s.coverageId === id);
    expect(scenario?.injects.some((i) => i.platform === 'macos')).toBe(false);
  });

  it('x86_64-only payloads give a placeholder inject on arm64 endpoints', async () => {
    const { backend } = testBackend();
    const scenario = backend.store.openaev.scenarios.find(
      (s) => s.coverageId === SEED.coverages.fresh,
    );
    const proxyShell =
      scenario?.injects.filter((i) => i.title.startsWith('[CVE-2021-34473]')) ?? [];
    expect(proxyShell.map((i) => [i.platform, i.architecture, i.placeholder])).toEqual([
      ['windows', 'arm64', true],
      ['windows', 'x86_64', false],
    ]);
  });
});

describe('failures, re-asking and the connector state', () => {
  it('failNextEnrichment makes the next work complete with an error and no result', async () => {
    const { backend, clock } = testBackend();
    backend.demo.failNextEnrichment();
    const id = await automated(backend);
    clock.advance(10 * SECOND);
    const state = await ok(backend, STATE, { id });
    expect(pick(state, 'securityCoverage.jobs.0.status')).toBe('complete');
    expect(pick(state, 'securityCoverage.jobs.0.errors.0.message')).toBe(
      'An unexpected server error occurred',
    );
    expect(list(state, 'securityCoverage.results')).toHaveLength(0);
    // The failure is consumed: asking again succeeds.
    await ok(backend, ASK, { id, c: SEED.connectors.openaev });
    clock.advance(10 * SECOND);
    const retried = await ok(backend, STATE, { id });
    expect(list(retried, 'securityCoverage.results')).toHaveLength(1);
  });

  it('askEnrichment refuses unknown and incompatible connectors, and queues a work per request', async () => {
    const { backend } = testBackend();
    expect((await fails(backend, ASK, { id: SEED.coverages.fresh, c: 'unknown' })).code).toBe(
      'FUNCTIONAL_ERROR',
    );
    expect(
      (await fails(backend, ASK, { id: SEED.coverages.twoTenants, c: SEED.connectors.openaevApac }))
        .code,
    ).toBe('FUNCTIONAL_ERROR');
    expect(
      pick(
        await ok(backend, ASK, { id: SEED.coverages.fresh, c: SEED.connectors.openaev }),
        'stixCoreObjectEdit.askEnrichment.status',
      ),
    ).toBe('wait');
    // Like OpenCTI, a second request queues a second work: the console is what keeps analysts from asking twice.
    expect(
      pick(
        await ok(backend, ASK, { id: SEED.coverages.fresh, c: SEED.connectors.openaev }),
        'stixCoreObjectEdit.askEnrichment.status',
      ),
    ).toBe('wait');
  });

  it('an offline connector is inactive, keeps works waiting and picks them up once back', async () => {
    const { backend, clock } = testBackend();
    const connectors = `{ connectors { id active updated_at } }`;
    const openaev = async () =>
      list(await ok(backend, connectors), 'connectors').find(
        (c) => pick(c, 'id') === SEED.connectors.openaev,
      );
    backend.demo.setConnectorOnline(false);
    expect(backend.demo.isConnectorOnline()).toBe(false);
    expect(pick(await openaev(), 'active')).toBe(false);
    const stale = pick(await openaev(), 'updated_at');
    const id = await automated(backend);
    const noWork = await ok(backend, STATE, { id });
    expect(list(noWork, 'securityCoverage.jobs')).toHaveLength(0);
    const ask = await fails(backend, ASK, { id, c: SEED.connectors.openaev });
    expect(ask.code).toBe('FUNCTIONAL_ERROR');
    clock.advance(HOUR);
    expect(pick(await openaev(), 'updated_at')).toBe(stale);
    const fresh = String(
      pick(
        await ok(backend, STATE, { id: SEED.coverages.fresh }),
        'securityCoverage.coverage_last_result',
      ),
    );
    clock.advance(DAY);
    expect(
      pick(
        await ok(backend, STATE, { id: SEED.coverages.fresh }),
        'securityCoverage.coverage_last_result',
      ),
    ).toBe(fresh);
    backend.demo.setConnectorOnline(true);
    expect(pick(await openaev(), 'active')).toBe(true);
    expect(pick(await openaev(), 'updated_at')).toBe(new Date(clock.now()).toISOString());
    // Results of the simulations that ran meanwhile are delivered.
    expect(
      pick(
        await ok(backend, STATE, { id: SEED.coverages.fresh }),
        'securityCoverage.coverage_last_result',
      ),
    ).not.toBe(fresh);
  });

  it('keeps the heartbeat fresh while online', async () => {
    const { backend, clock } = testBackend();
    clock.advance(10 * MINUTE);
    const data = await ok(backend, `{ connectors { id updated_at } }`);
    const openaev = list(data, 'connectors').find((c) => pick(c, 'id') === SEED.connectors.openaev);
    expect(pick(openaev, 'updated_at')).toBe(new Date(clock.now()).toISOString());
  });

  it('runNextSimulation runs now and moves the schedule', async () => {
    const { backend, clock } = testBackend();
    clock.advance(MINUTE);
    backend.demo.runNextSimulation(SEED.coverages.fresh);
    const state = await ok(backend, STATE, { id: SEED.coverages.fresh });
    expect(pick(state, 'securityCoverage.coverage_last_result')).toBe(
      new Date(clock.now()).toISOString(),
    );
    const scenario = backend.store.openaev.scenarios.find(
      (s) => s.coverageId === SEED.coverages.fresh,
    );
    expect(scenario?.nextRunAt).toBe(new Date(clock.now() + DAY).toISOString());
    backend.demo.runNextSimulation();
    expect(
      backend.store.openaev.scenarios.some(
        (s) =>
          s.lastSimulationAt === new Date(clock.now()).toISOString() &&
          s.coverageId !== SEED.coverages.fresh,
      ),
    ).toBe(true);
  });

  it('completes the seeded provisioning coverage with its first result', async () => {
    const { backend, clock } = testBackend();
    clock.advance(6 * SECOND);
    const provisioned = await ok(backend, STATE, { id: SEED.coverages.provisioning });
    expect(pick(provisioned, 'securityCoverage.jobs.0.status')).toBe('complete');
    expect(pick(provisioned, 'securityCoverage.external_uri')).not.toBeNull();
    clock.advance(2 * MINUTE);
    const simulated = await ok(backend, STATE, { id: SEED.coverages.provisioning });
    expect(pick(simulated, 'securityCoverage.coverage_last_result')).not.toBeNull();
  });
});

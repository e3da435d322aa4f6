import { describe, expect, it } from 'vitest';
import { createMockBackend, ManualClock, STORE_VERSION } from '../backend';
import { SEED } from '../seed/ids';
import { COVERAGE_LIST, names, NOW, ok, pick, sdl, testBackend } from './helpers';

describe('serialize / restore', () => {
  it('round-trips the whole store, indexes included', async () => {
    const { backend, clock } = testBackend();
    await ok(backend, `mutation D($id: ID!) { securityCoverageDelete(id: $id) }`, {
      id: SEED.coverages.outdated,
    });
    backend.demo.setConnectorOnline(false);
    const state = backend.serialize();
    expect(JSON.parse(state)).toMatchObject({ version: STORE_VERSION, shape: 'g2' });
    const restored = createMockBackend({ sdl, clock: new ManualClock(clock.now()), state });
    expect(restored.serialize()).toBe(state);
    expect(names(await ok(restored, COVERAGE_LIST, { first: 100, orderBy: 'name' }))).toEqual(
      names(await ok(backend, COVERAGE_LIST, { first: 100, orderBy: 'name' })),
    );
    expect(restored.demo.isConnectorOnline()).toBe(false);
    const covered = await ok(
      restored,
      `query C($id: String!) { intrusionSet(id: $id) { securityCoverage { id } } }`,
      { id: SEED.intrusionSets.fin7 },
    );
    expect(pick(covered, 'intrusionSet.securityCoverage.id')).toBe(SEED.coverages.fresh);
  });

  it('reseeds when the saved version differs or the state is garbage', async () => {
    const { backend } = testBackend();
    await ok(backend, `mutation D($id: ID!) { securityCoverageDelete(id: $id) }`, {
      id: SEED.coverages.outdated,
    });
    const stale = JSON.stringify({
      ...JSON.parse(backend.serialize()),
      version: STORE_VERSION + 1,
    });
    for (const state of [stale, '{not json', '']) {
      const fresh = createMockBackend({ sdl, clock: new ManualClock(NOW), state });
      expect(
        pick(
          await ok(fresh, '{ securityCoverages { pageInfo { globalCount } } }'),
          'securityCoverages.pageInfo.globalCount',
        ),
      ).toBe(8);
    }
  });

  it('reset() reseeds at the current clock', async () => {
    const { backend, clock } = testBackend();
    await ok(backend, `mutation D($id: ID!) { securityCoverageDelete(id: $id) }`, {
      id: SEED.coverages.fresh,
    });
    clock.advance(30 * 86_400_000);
    backend.reset();
    const data = await ok(
      backend,
      `query C($id: String!) { securityCoverage(id: $id) { coverage_last_result } }`,
      { id: SEED.coverages.fresh },
    );
    expect(Date.parse(String(pick(data, 'securityCoverage.coverage_last_result')))).toBeGreaterThan(
      clock.now() - 86_400_000,
    );
  });
});

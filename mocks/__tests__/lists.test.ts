import { describe, expect, it } from 'vitest';
import { labelId, markingId, ORGS } from '../seed/meta';
import { SEED } from '../seed/ids';
import { COVERAGE_LIST, fails, group, list, names, ok, pick, testBackend } from './helpers';

const { backend } = testBackend();

describe('securityCoverages pagination', () => {
  it('pages with opaque cursors and a global count', async () => {
    const first = await ok(backend, COVERAGE_LIST, { first: 3, orderBy: 'name', orderMode: 'asc' });
    expect(names(first)).toEqual([
      'APT29',
      'Cl0p MOVEit Transfer mass exploitation',
      'Compromised Ivanti Connect Secure gateway at the logistics subsidiary',
    ]);
    expect(pick(first, 'securityCoverages.pageInfo')).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      globalCount: 8,
    });
    const endCursor = String(pick(first, 'securityCoverages.pageInfo.endCursor'));
    expect(endCursor).not.toContain('APT29');
    const second = await ok(backend, COVERAGE_LIST, {
      first: 3,
      after: endCursor,
      orderBy: 'name',
      orderMode: 'asc',
    });
    expect(names(second)).toEqual([
      'Edge appliance zero-days exploited in 2024',
      'FIN7',
      'IR-2026-044 — Akira ransomware containment at the Lyon plant',
    ]);
    expect(pick(second, 'securityCoverages.pageInfo.hasPreviousPage')).toBe(true);
    const third = await ok(backend, COVERAGE_LIST, {
      first: 3,
      after: pick(second, 'securityCoverages.pageInfo.endCursor'),
      orderBy: 'name',
      orderMode: 'asc',
    });
    expect(names(third)).toHaveLength(2);
    expect(pick(third, 'securityCoverages.pageInfo.hasNextPage')).toBe(false);
    expect(pick(third, 'securityCoverages.pageInfo.globalCount')).toBe(8);
  });

  it('keeps pages stable when a row is deleted between two pages', async () => {
    const { backend: local } = testBackend();
    const first = await ok(local, COVERAGE_LIST, { first: 2, orderBy: 'name', orderMode: 'asc' });
    await ok(local, 'mutation D($id: ID!) { securityCoverageDelete(id: $id) }', {
      id: SEED.coverages.twoTenants,
    });
    const second = await ok(local, COVERAGE_LIST, {
      first: 2,
      after: pick(first, 'securityCoverages.pageInfo.endCursor'),
      orderBy: 'name',
      orderMode: 'asc',
    });
    expect(names(second)[0]).toBe(
      'Compromised Ivanti Connect Secure gateway at the logistics subsidiary',
    );
  });

  it('defaults to 25 and caps first at 500', async () => {
    const { backend: scale } = testBackend({ seed: 'scale' });
    const byDefault = await ok(scale, COVERAGE_LIST, {});
    expect(list(byDefault, 'securityCoverages.edges')).toHaveLength(25);
    const capped = await ok(scale, COVERAGE_LIST, { first: 5000 });
    expect(list(capped, 'securityCoverages.edges')).toHaveLength(500);
    const none = await ok(scale, COVERAGE_LIST, { first: 0 });
    expect(list(none, 'securityCoverages.edges')).toHaveLength(0);
    expect(pick(none, 'securityCoverages.pageInfo.endCursor')).toBe('');
  });

  it('rejects a forged cursor', async () => {
    const error = await fails(backend, COVERAGE_LIST, { after: 'not-a-cursor' });
    expect(error.code).toBe('FUNCTIONAL_ERROR');
  });
});

describe('securityCoverages sorting and search', () => {
  it('sorts by every SecurityCoverageOrdering value', async () => {
    for (const orderBy of [
      'name',
      'created',
      'created_at',
      'modified',
      'updated_at',
      'coverage_last_result',
      'objectMarking',
      'creator',
      'confidence',
      '_score',
    ]) {
      const asc = names(
        await ok(backend, COVERAGE_LIST, { first: 100, orderBy, orderMode: 'asc' }),
      );
      const desc = names(
        await ok(backend, COVERAGE_LIST, { first: 100, orderBy, orderMode: 'desc' }),
      );
      expect(asc, orderBy).toHaveLength(8);
      expect(new Set(desc), orderBy).toEqual(new Set(asc));
    }
  });

  it('puts coverages without results last in both directions of coverage_last_result', async () => {
    const desc = names(
      await ok(backend, COVERAGE_LIST, {
        first: 100,
        orderBy: 'coverage_last_result',
        orderMode: 'desc',
      }),
    );
    const asc = names(
      await ok(backend, COVERAGE_LIST, {
        first: 100,
        orderBy: 'coverage_last_result',
        orderMode: 'asc',
      }),
    );
    expect(desc[0]).toBe(
      'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)',
    );
    expect(asc[0]).toBe('SolarWinds Compromise');
    expect(desc.slice(-2).sort()).toEqual([
      'Cl0p MOVEit Transfer mass exploitation',
      'Compromised Ivanti Connect Secure gateway at the logistics subsidiary',
    ]);
    expect(asc.slice(-2).sort()).toEqual(desc.slice(-2).sort());
  });

  it('sorts objectMarking by the highest TLP order', async () => {
    const { backend: local } = testBackend();
    const patch =
      'mutation P($id: ID!, $input: [EditInput]!) { securityCoverageFieldPatch(id: $id, input: $input) { id } }';
    await ok(local, patch, {
      id: SEED.coverages.fresh,
      input: [{ key: 'objectMarking', value: [markingId('TLP:RED')], operation: 'replace' }],
    });
    await ok(local, patch, {
      id: SEED.coverages.manualDetection,
      input: [{ key: 'objectMarking', value: [markingId('TLP:CLEAR')], operation: 'replace' }],
    });
    const asc = names(
      await ok(local, COVERAGE_LIST, { first: 100, orderBy: 'objectMarking', orderMode: 'asc' }),
    );
    expect(asc[0]).toBe('Edge appliance zero-days exploited in 2024');
    expect(asc.at(-1)).toBe('FIN7');
  });

  it('searches name and description, case-insensitively, every word', async () => {
    expect(names(await ok(backend, COVERAGE_LIST, { search: 'fin7' }))).toEqual(['FIN7']);
    expect(names(await ok(backend, COVERAGE_LIST, { search: 'PURPLE-TEAM session' }))).toEqual([
      'IR-2026-044 — Akira ransomware containment at the Lyon plant',
    ]);
    expect(names(await ok(backend, COVERAGE_LIST, { search: 'volt typhoon' }))).toEqual([
      'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)',
    ]);
    expect(names(await ok(backend, COVERAGE_LIST, { search: 'nothing-matches-this' }))).toEqual([]);
  });
});

describe('filters', () => {
  const count = async (filters: unknown, query = COVERAGE_LIST): Promise<string[]> =>
    names(await ok(backend, query, { first: 100, filters, orderBy: 'name', orderMode: 'asc' }));

  it('entity_type, ids, objectCovered', async () => {
    expect(await count(group({ key: 'entity_type', values: ['Security-Coverage'] }))).toHaveLength(
      8,
    );
    expect(await count(group({ key: 'entity_type', values: ['Report'] }))).toHaveLength(0);
    expect(
      await count(group({ key: 'ids', values: [SEED.coverages.fresh, SEED.coverages.outdated] })),
    ).toEqual(['FIN7', 'SolarWinds Compromise']);
    expect(await count(group({ key: 'id', values: [SEED.coverages.fresh] }))).toEqual(['FIN7']);
    expect(
      await count(group({ key: 'objectCovered', values: [SEED.intrusionSets.apt29] })),
    ).toEqual(['APT29']);
  });

  it('objectLabel, objectMarking, createdBy with eq / not_eq / nil / not_nil', async () => {
    expect(await count(group({ key: 'objectLabel', values: [labelId('ransomware')] }))).toEqual([
      'Cl0p MOVEit Transfer mass exploitation',
      'IR-2026-044 — Akira ransomware containment at the Lyon plant',
    ]);
    expect(
      await count(group({ key: 'objectMarking', values: [markingId('TLP:AMBER+STRICT')] })),
    ).toEqual(['IR-2026-044 — Akira ransomware containment at the Lyon plant']);
    expect(
      await count(
        group({ key: 'objectMarking', values: [markingId('TLP:AMBER')], operator: 'not_eq' }),
      ),
    ).toEqual(['IR-2026-044 — Akira ransomware containment at the Lyon plant']);
    expect(await count(group({ key: 'createdBy', values: [ORGS.contoso] }))).toHaveLength(8);
    expect(await count(group({ key: 'createdBy', values: [], operator: 'nil' }))).toHaveLength(0);
    expect(
      await count(group({ key: 'objectLabel', values: [], operator: 'not_nil' })),
    ).toHaveLength(8);
  });

  it('auto_enrichment_disable accepts strings and booleans', async () => {
    expect(await count(group({ key: 'auto_enrichment_disable', values: ['true'] }))).toEqual([
      'Edge appliance zero-days exploited in 2024',
      'IR-2026-044 — Akira ransomware containment at the Lyon plant',
    ]);
    expect(await count(group({ key: 'auto_enrichment_disable', values: [false] }))).toHaveLength(6);
  });

  it('coverage_last_result with nil / gt / lte and relative dates', async () => {
    expect(
      await count(group({ key: 'coverage_last_result', values: [], operator: 'nil' })),
    ).toEqual([
      'Cl0p MOVEit Transfer mass exploitation',
      'Compromised Ivanti Connect Secure gateway at the logistics subsidiary',
    ]);
    expect(
      await count(group({ key: 'coverage_last_result', values: ['now-1d'], operator: 'gt' })),
    ).toEqual([
      'FIN7',
      'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)',
    ]);
    expect(
      await count(
        group({
          key: 'coverage_last_result',
          values: ['2026-11-28T00:00:00.000Z'],
          operator: 'lte',
        }),
      ),
    ).toEqual(['SolarWinds Compromise']);
  });

  it('regardingOf in OpenCTI shape', async () => {
    const regarding = (operator: string) => ({
      mode: 'and',
      filters: [
        {
          key: ['regardingOf'],
          operator,
          values: [
            { key: 'id', values: [SEED.reports.voltTyphoonAdvisory] },
            { key: 'relationship_type', values: ['object-covered'] },
          ],
        },
      ],
      filterGroups: [],
    });
    expect(await count(regarding('eq'))).toEqual([
      'PRC State-Sponsored Actors Compromise and Maintain Persistent Access to U.S. Critical Infrastructure (AA24-038A)',
    ]);
    expect(await count(regarding('not_eq'))).toHaveLength(7);
  });

  it('regardingOf with a dynamic filter on the entity at the other end', async () => {
    const byCoveredType = (types: string[]) => ({
      mode: 'and',
      filters: [
        {
          key: ['regardingOf'],
          operator: 'eq',
          values: [
            { key: 'relationship_type', values: ['object-covered'] },
            {
              key: 'dynamic',
              values: [
                {
                  mode: 'and',
                  filters: [{ key: ['entity_type'], values: types, operator: 'eq', mode: 'or' }],
                  filterGroups: [],
                },
              ],
            },
          ],
        },
      ],
      filterGroups: [],
    });
    expect((await count(byCoveredType(['Intrusion-Set']))).sort()).toEqual(['APT29', 'FIN7']);
    expect(await count(byCoveredType(['Report', 'Grouping']))).toHaveLength(2);
    expect(await count(byCoveredType(['Attack-Pattern']))).toEqual([]);
  });

  it('nested groups and or mode', async () => {
    const filters = {
      mode: 'or',
      filters: [{ key: ['ids'], values: [SEED.coverages.fresh] }],
      filterGroups: [
        {
          mode: 'and',
          filters: [
            { key: ['auto_enrichment_disable'], values: ['true'] },
            { key: ['objectLabel'], values: [labelId('edge-device')] },
          ],
          filterGroups: [],
        },
      ],
    };
    expect(await count(filters)).toEqual(['Edge appliance zero-days exploited in 2024', 'FIN7']);
  });

  it('refuses an unknown key instead of ignoring it', async () => {
    const error = await fails(backend, COVERAGE_LIST, {
      filters: group({ key: 'not_a_key', values: ['x'] }),
    });
    expect(error).toMatchObject({
      message: 'Unsupported filter key not_a_key',
      code: 'FUNCTIONAL_ERROR',
    });
  });

  it('hides already covered entities in the entity picker (regardingOf not_eq object-covered)', async () => {
    const data = await ok(
      backend,
      `query P($filters: FilterGroup) { stixCoreObjects(types: ["Report", "Grouping", "Case-Incident", "Intrusion-Set", "Campaign", "Incident"], first: 50, filters: $filters) { edges { node { id } } pageInfo { globalCount } } }`,
      {
        filters: {
          mode: 'and',
          filters: [
            {
              key: ['regardingOf'],
              operator: 'not_eq',
              values: [{ key: 'relationship_type', values: ['object-covered'] }],
            },
          ],
          filterGroups: [],
        },
      },
    );
    const ids = list(data, 'stixCoreObjects.edges').map((e) => pick(e, 'node.id'));
    expect(ids).toContain(SEED.reports.midnightBlizzardGuidance);
    expect(ids).not.toContain(SEED.intrusionSets.fin7);
    expect(pick(data, 'stixCoreObjects.pageInfo.globalCount')).toBe(17 - 8);
  });

  it('lists the entities to test of a container and of an intrusion set', async () => {
    const query = `query T($filters: FilterGroup) { stixCoreObjects(first: 100, filters: $filters) { pageInfo { globalCount } } }`;
    const types = {
      key: ['entity_type'],
      values: ['Attack-Pattern', 'Vulnerability', 'SecurityPlatform'],
      operator: 'eq',
      mode: 'or',
    };
    const inContainer = await ok(backend, query, {
      filters: {
        mode: 'and',
        filters: [
          {
            key: ['objects'],
            values: [SEED.reports.clopMoveitAdvisory],
            operator: 'eq',
            mode: 'or',
          },
          types,
        ],
        filterGroups: [],
      },
    });
    expect(pick(inContainer, 'stixCoreObjects.pageInfo.globalCount')).toBe(7);
    const used = await ok(backend, query, {
      filters: {
        mode: 'and',
        filters: [
          {
            key: ['regardingOf'],
            operator: 'eq',
            mode: 'or',
            values: [
              { key: 'id', values: [SEED.intrusionSets.fin7] },
              { key: 'relationship_type', values: ['targets', 'uses'] },
              { key: 'direction_forced', values: [true] },
              { key: 'direction_reverse', values: [false] },
            ],
          },
          types,
        ],
        filterGroups: [],
      },
    });
    expect(pick(used, 'stixCoreObjects.pageInfo.globalCount')).toBe(15);
  });
});

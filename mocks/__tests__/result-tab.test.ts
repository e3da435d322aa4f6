import { describe, expect, it } from 'vitest';
import { SEED } from '../seed/ids';
import { fails, group, list, ok, pick, testBackend } from './helpers';

/** What the console's Result tab asks of `stixCoreRelationshipsFromResults` and of `stixCoreRelationshipEdit`. */
const ROWS = `query($id: String!, $first: Int, $after: ID, $search: String, $orderBy: StixCoreRelationshipsOrdering,
  $orderMode: OrderingMode, $filters: FilterGroup) {
  securityCoverage(id: $id) {
    stixCoreRelationshipsFromResults(first: $first, after: $after, relationship_type: "has-covered",
      search: $search, orderBy: $orderBy, orderMode: $orderMode, filters: $filters) {
      pageInfo { globalCount hasNextPage endCursor }
      edges { node { id updated_at coverage_information { coverage_name coverage_score }
        to { ... on StixCoreObject { entity_type representative { main } } ... on AttackPattern { name x_mitre_id } } } }
    }
  }
}`;

type Row = {
  id: string;
  updated_at: string;
  coverage_information: { coverage_name: string; coverage_score: number }[] | null;
  to: {
    entity_type: string;
    representative: { main: string };
    name?: string;
    x_mitre_id?: string | null;
  };
};

const { backend, clock } = testBackend();
const id = SEED.coverages.placeholders;

async function rows(variables: Record<string, unknown>) {
  const data = await ok(backend, ROWS, { id, first: 500, ...variables });
  return {
    count: Number(
      pick(data, 'securityCoverage.stixCoreRelationshipsFromResults.pageInfo.globalCount'),
    ),
    nodes: list(data, 'securityCoverage.stixCoreRelationshipsFromResults.edges').map(
      (e) => pick(e, 'node') as Row,
    ),
  };
}

describe('Result tab rows (stixCoreRelationshipsFromResults)', () => {
  it('splits covered rows from placeholders with coverage_information not_nil / nil', async () => {
    const all = await rows({});
    const covered = await rows({
      filters: group({ key: 'coverage_information', values: [], operator: 'not_nil' }),
    });
    const placeholders = await rows({
      filters: group({ key: 'coverage_information', values: [], operator: 'nil' }),
    });
    expect(placeholders.count).toBeGreaterThan(0);
    expect(covered.count + placeholders.count).toBe(all.count);
    expect(placeholders.nodes.every((n) => !n.coverage_information?.length)).toBe(true);
    expect(covered.nodes.every((n) => (n.coverage_information?.length ?? 0) > 0)).toBe(true);
  });

  it('filters on the tested entity type with toTypes', async () => {
    const vulns = await rows({ filters: group({ key: 'toTypes', values: ['Vulnerability'] }) });
    expect(vulns.count).toBeGreaterThan(0);
    expect(vulns.nodes.every((n) => n.to.entity_type === 'Vulnerability')).toBe(true);
  });

  it('finds an attack pattern by its MITRE ATT&CK ID (the matrix links with ?search=)', async () => {
    const { nodes } = await rows({
      filters: group({ key: 'toTypes', values: ['Attack-Pattern'] }),
    });
    const mitreId = nodes.find((n) => n.to.x_mitre_id)?.to.x_mitre_id ?? '';
    const found = await rows({ search: mitreId });
    expect(found.count).toBeGreaterThan(0);
    expect(found.nodes.every((n) => n.to.x_mitre_id?.startsWith(mitreId))).toBe(true);
  });

  it('sorts by tested entity name', async () => {
    const { nodes } = await rows({ orderBy: 'toName', orderMode: 'asc' });
    const names = nodes.map((n) => n.to.representative.main);
    expect(new Set(names).size).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('rejects a filter key OpenCTI does not know', async () => {
    const error = await fails(backend, ROWS, {
      id,
      filters: group({ key: 'coverage_score', values: ['50'], operator: 'lt' }),
    });
    expect(error.message).toMatch(/Unsupported filter key/);
  });
});

describe('editing one tested entity scores (stixCoreRelationshipEdit.fieldPatch)', () => {
  const PATCH = `mutation($id: ID!, $input: [EditInput]!) { stixCoreRelationshipEdit(id: $id) {
    fieldPatch(input: $input) { id updated_at coverage_information { coverage_name coverage_score } } } }`;

  it('replaces the whole list, keeps a 0 and needs KNOWLEDGE_KNUPDATE', async () => {
    const { nodes } = await rows({});
    const target = nodes[0]!;
    clock.advance(60_000);
    const input = [
      {
        key: 'coverage_information',
        value: [
          { coverage_name: 'Prevention', coverage_score: 0 },
          { coverage_name: 'Detection', coverage_score: 75 },
        ],
      },
    ];
    const data = await ok(backend, PATCH, { id: target.id, input });
    expect(pick(data, 'stixCoreRelationshipEdit.fieldPatch.coverage_information')).toEqual([
      { coverage_name: 'Prevention', coverage_score: 0 },
      { coverage_name: 'Detection', coverage_score: 75 },
    ]);
    expect(pick(data, 'stixCoreRelationshipEdit.fieldPatch.updated_at')).not.toBe(
      target.updated_at,
    );
    const denied = await fails(backend, PATCH, { id: target.id, input }, 'readonly');
    expect(denied.code).toBe('FORBIDDEN_ACCESS');
  });
});

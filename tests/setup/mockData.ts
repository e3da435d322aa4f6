import { currentMockBackend } from '../../mocks/node';

/** Runs a GraphQL query against the test's mock OpenCTI (as admin) and returns its data; fails loudly on errors. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await currentMockBackend().execute({ query, variables });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data as T;
}

export async function coverageName(id: string): Promise<string> {
  const data = await gql<{ securityCoverage: { name: string } | null }>(
    'query($id: String!) { securityCoverage(id: $id) { name } }',
    { id },
  );
  if (!data.securityCoverage) throw new Error(`no coverage ${id}`);
  return data.securityCoverage.name;
}

export async function coverageCount(): Promise<number> {
  const data = await gql<{ securityCoverages: { pageInfo: { globalCount: number } } }>(
    '{ securityCoverages(first: 1) { pageInfo { globalCount } } }',
  );
  return data.securityCoverages.pageInfo.globalCount;
}

export async function entityName(id: string): Promise<string> {
  const data = await gql<{ stixCoreObject: { representative: { main: string } } | null }>(
    'query($id: String!) { stixCoreObject(id: $id) { representative { main } } }',
    { id },
  );
  if (!data.stixCoreObject) throw new Error(`no entity ${id}`);
  return data.stixCoreObject.representative.main;
}

/** A Report without a coverage (with attack patterns and vulnerabilities). */
export async function uncoveredReport(): Promise<{ id: string; name: string }> {
  const data = await gql<{
    reports: {
      edges: { node: { id: string; name: string; securityCoverage: { id: string } | null } }[];
    };
  }>('{ reports(first: 50) { edges { node { id name securityCoverage { id } } } } }');
  const report = data.reports.edges.map((e) => e.node).find((r) => !r.securityCoverage);
  if (!report) throw new Error('the seed has no Report without coverage');
  return { id: report.id, name: report.name };
}

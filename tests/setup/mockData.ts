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

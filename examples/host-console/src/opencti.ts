/**
 * The host's own OpenCTI calls: plain GraphQL over the same-origin /graphql proxy. The coverage pieces of the
 * library go through the Relay environment instead (see main.tsx).
 */
async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const payload = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string }[];
  } | null;
  if (!response.ok || !payload?.data) {
    const message = payload?.errors?.[0]?.message ?? `OpenCTI answered ${response.status}`;
    throw new Error(message);
  }
  return payload.data;
}

export interface HostReport {
  id: string;
  name: string;
  description: string | null;
  published: string | null;
  securityCoverage: { id: string; name: string } | null;
}

const REPORT_FIELDS = 'id name description published securityCoverage { id name }';

export async function fetchReports(): Promise<HostReport[]> {
  const data = await request<{ reports: { edges: { node: HostReport }[] } | null }>(
    `query HostReports { reports(first: 25, orderBy: published, orderMode: desc) { edges { node { ${REPORT_FIELDS} } } } }`,
    {},
  );
  return data.reports?.edges.map((edge) => edge.node) ?? [];
}

export async function fetchReport(id: string): Promise<HostReport | null> {
  const data = await request<{ report: HostReport | null }>(
    `query HostReport($id: String!) { report(id: $id) { ${REPORT_FIELDS} } }`,
    { id },
  );
  return data.report;
}

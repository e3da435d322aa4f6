import { fetchQuery, graphql } from 'react-relay';
import type { Environment } from 'relay-runtime';
import { toCsv } from '../../lib/csv';
import { metricDisplayName, orderMetrics, type VocabularyEntry } from '../../lib/scores';
import type { ListViewState } from './listViewState';
import { queryVariables } from './listViewState';
import type { exportCoveragesQuery as QueryType } from './__generated__/exportCoveragesQuery.graphql';

const query = graphql`
  query exportCoveragesQuery(
    $first: Int!
    $after: ID
    $search: String
    $orderBy: SecurityCoverageOrdering
    $orderMode: OrderingMode
    $filters: FilterGroup
  ) {
    securityCoverages(
      first: $first
      after: $after
      search: $search
      orderBy: $orderBy
      orderMode: $orderMode
      filters: $filters
    ) {
      pageInfo {
        hasNextPage
        endCursor
        globalCount
      }
      edges {
        node {
          id
          name
          auto_enrichment_disable
          coverage_last_result
          created
          coverage_information {
            coverage_name
            coverage_score
          }
          objectCovered {
            entity_type
            representative {
              main
            }
          }
          objectLabel {
            value
          }
          objectMarking {
            definition
          }
          createdBy {
            name
          }
        }
      }
    }
  }
`;

const PAGE = 500;
type Node = QueryType['response']['securityCoverages'] extends infer C
  ? C extends { edges: readonly { node: infer N }[] }
    ? N
    : never
  : never;

/**
 * Fetches every page of the current view (not only the rows on screen) and builds a CSV with one column per metric.
 * `onProgress` gets (rows so far, total); an aborted signal stops between pages.
 */
export async function exportCoveragesCsv(
  environment: Environment,
  view: ListViewState,
  vocabulary: readonly VocabularyEntry[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<{ csv: string; count: number }> {
  const { search, orderBy, orderMode, filters } = queryVariables(view);
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const page: QueryType['response'] | undefined = await fetchQuery<QueryType>(
      environment,
      query,
      { first: PAGE, after, search, orderBy, orderMode, filters },
      { fetchPolicy: 'network-only' },
    ).toPromise();
    if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
    const connection: QueryType['response']['securityCoverages'] | undefined =
      page?.securityCoverages;
    if (!connection) break;
    nodes.push(...connection.edges.map((edge) => edge.node));
    onProgress(nodes.length, connection.pageInfo.globalCount);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  const metricNames = orderMetrics(
    nodes.flatMap((n) => n.coverage_information ?? []),
    vocabulary,
  ).map((m) => m.coverage_name);
  const header = [
    'Name',
    'Covered entity',
    'Covered entity type',
    ...metricNames.map(metricDisplayName),
    'Mode',
    'Last result',
    'Labels',
    'Markings',
    'Author',
    'Created',
    'ID',
  ];
  const rows = nodes.map((n) => {
    const scores = new Map(
      (n.coverage_information ?? []).map((m) => [m.coverage_name.toLowerCase(), m.coverage_score]),
    );
    return [
      n.name,
      n.objectCovered?.representative.main ?? '',
      n.objectCovered?.entity_type ?? '',
      ...metricNames.map((name) => scores.get(name.toLowerCase()) ?? ''),
      n.auto_enrichment_disable ? 'Manual' : 'Automated',
      n.coverage_last_result ?? '',
      (n.objectLabel ?? []).map((l) => l.value).join('; '),
      (n.objectMarking ?? []).map((m) => m.definition).join('; '),
      n.createdBy?.name ?? '',
      n.created ?? '',
      n.id,
    ];
  });
  return { csv: toCsv(header, rows), count: nodes.length };
}

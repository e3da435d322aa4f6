import { fetchQuery, graphql } from 'react-relay';
import type { Environment } from 'relay-runtime';
import { toCsv } from '../../lib/csv';
import { joinValues, metricColumns } from '../../lib/exportColumns';
import { fetchAllPages, pageOf } from '../../lib/fetchAllPages';
import type { VocabularyEntry } from '../../lib/scores';
import type { ListViewState } from './listViewState';
import { queryVariables } from './listViewState';
import type { exportCoveragesQuery as QueryType } from './__generated__/exportCoveragesQuery.graphql';
import { COMPLETE_ANSWER } from '../../relay/partialResponse';

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
          ...SecurityCoverageListRow_coverage @relay(mask: false)
        }
      }
    }
  }
`;

const PAGE = 500;
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
  const nodes = await fetchAllPages(
    async (after) => {
      const page = await fetchQuery<QueryType>(
        environment,
        query,
        { first: PAGE, after, search, orderBy, orderMode, filters },
        { fetchPolicy: 'network-only', networkCacheConfig: COMPLETE_ANSWER },
      ).toPromise();
      return pageOf(page?.securityCoverages);
    },
    onProgress,
    signal,
  );
  const metrics = metricColumns(
    nodes.map((n) => n.coverage_information),
    vocabulary,
  );
  const header = [
    'Name',
    'Covered entity',
    'Covered entity type',
    ...metrics.header,
    'Mode',
    'Last result',
    'Labels',
    'Markings',
    'Author',
    'Created',
    'ID',
  ];
  const rows = nodes.map((n) => [
    n.name,
    n.objectCovered?.representative.main ?? '',
    n.objectCovered?.entity_type ?? '',
    ...metrics.cells(n.coverage_information),
    n.auto_enrichment_disable ? 'Manual' : 'Automated',
    n.coverage_last_result ?? '',
    joinValues(n.objectLabel, (l) => l.value),
    joinValues(n.objectMarking, (m) => m.definition),
    n.createdBy?.name ?? '',
    n.created ?? '',
    n.id,
  ]);
  return { csv: toCsv(header, rows), count: nodes.length };
}

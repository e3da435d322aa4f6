import { fetchQuery, graphql } from 'react-relay';
import type { Environment } from 'relay-runtime';
import { anyOf, filterGroup, type FilterGroup } from '../../lib/filters';
import { toCsv } from '../../lib/csv';
import { joinValues, metricColumns } from '../../lib/exportColumns';
import { fetchAllPages, pageOf } from '../../lib/fetchAllPages';
import type { VocabularyEntry } from '../../lib/scores';
import type { TestedTechnique } from '../../lib/navigatorLayer';
import { matchesScoreBelow, resultQueryVariables, type ResultViewState } from './resultViewState';
import { testedEntityName } from './testedEntityName';
import type { exportResultsQuery as QueryType } from './__generated__/exportResultsQuery.graphql';
import { COMPLETE_ANSWER } from '../../relay/partialResponse';

const query = graphql`
  query exportResultsQuery(
    $id: String!
    $first: Int!
    $after: ID
    $search: String
    $orderBy: StixCoreRelationshipsOrdering
    $orderMode: OrderingMode
    $filters: FilterGroup
  ) {
    securityCoverage(id: $id) {
      stixCoreRelationshipsFromResults(
        first: $first
        after: $after
        relationship_type: "has-covered"
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
            ...ResultRow_relationship @relay(mask: false)
          }
        }
      }
    }
  }
`;

const PAGE = 500;
type Connection = NonNullable<
  NonNullable<QueryType['response']['securityCoverage']>['stixCoreRelationshipsFromResults']
>;
export type ExportRow = Connection['edges'][number]['node'];

interface Selection {
  search: string | null;
  orderBy: QueryType['variables']['orderBy'];
  orderMode: QueryType['variables']['orderMode'];
  filters: FilterGroup | null;
}

/** Every page of a selection (not only the rows on screen); `onProgress(done, total)`; abort stops between pages. */
export async function fetchAllRows(
  environment: Environment,
  coverageId: string,
  selection: Selection,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ExportRow[]> {
  return fetchAllPages(
    async (after) => {
      const page = await fetchQuery<QueryType>(
        environment,
        query,
        { id: coverageId, first: PAGE, after, ...selection },
        { fetchPolicy: 'network-only', networkCacheConfig: COMPLETE_ANSWER },
      ).toPromise();
      return pageOf(page?.securityCoverage?.stixCoreRelationshipsFromResults);
    },
    onProgress,
    signal,
  );
}

/** The table's view as the server filters it; the score threshold is applied to the rows afterwards. */
export function viewSelection(view: ResultViewState): Selection {
  const { search, orderBy, orderMode, filters } = resultQueryVariables(view);
  return { search, orderBy, orderMode, filters };
}

/** All the coverage's tested attack patterns, whatever the table's search and filters: the layer is the coverage. */
export const ATTACK_PATTERN_SELECTION: Selection = {
  search: null,
  orderBy: 'toName',
  orderMode: 'asc',
  filters: filterGroup([anyOf('toTypes', ['Attack-Pattern'])]),
};

/** The table as CSV, one column per metric, placeholders explicit (an empty score cell is not a 0). */
export function resultsCsv(
  all: readonly ExportRow[],
  view: ResultViewState,
  vocabulary: readonly VocabularyEntry[],
): { csv: string; count: number } {
  const rows = all.filter((r) => matchesScoreBelow(r.coverage_information, view.below));
  const metrics = metricColumns(
    rows.map((r) => r.coverage_information),
    vocabulary,
  );
  const header = [
    'Type',
    'Name',
    'MITRE ATT&CK ID',
    'Status',
    ...metrics.header,
    'Labels',
    'Markings',
    'Result',
    'Result link',
    'Last modified',
    'Relationship ID',
  ];
  const lines = rows.map((r) => [
    r.to?.entity_type ?? '',
    r.to?.name ?? r.to?.representative?.main ?? '',
    r.to?.x_mitre_id ?? '',
    (r.coverage_information ?? []).length === 0 ? 'Placeholder' : 'Covered',
    ...metrics.cells(r.coverage_information),
    joinValues(r.to?.objectLabel, (l) => l.value),
    joinValues(r.to?.objectMarking, (m) => m.definition),
    r.from?.name ?? '',
    r.from?.external_uri ?? '',
    r.updated_at,
    r.id,
  ]);
  return { csv: toCsv(header, lines), count: rows.length };
}

export function toTestedTechniques(rows: readonly ExportRow[]): TestedTechnique[] {
  return rows.map((r) => ({
    mitreId: r.to?.x_mitre_id,
    name: testedEntityName(r.to),
    resultName: r.from?.name ?? '',
    metrics: r.coverage_information,
  }));
}

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
import type { ServerShape } from '../../relay/serverShape';
import type { ResultSource } from './resultData';
import type { exportResultsQuery as QueryType } from './__generated__/exportResultsQuery.graphql';
import type { exportResultsG1Query as G1QueryType } from './__generated__/exportResultsG1Query.graphql';
import { COMPLETE_ANSWER } from '../../relay/partialResponse';

const queries = {
  g2: graphql`
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
              from {
                ... on SecurityCoverageResult {
                  name
                  external_uri
                }
              }
            }
          }
        }
      }
    }
  `,
  g1: graphql`
    query exportResultsG1Query(
      $id: String!
      $first: Int!
      $after: ID
      $search: String
      $orderBy: StixCoreRelationshipsOrdering
      $orderMode: OrderingMode
      $filters: FilterGroup
    ) {
      securityCoverage(id: $id) {
        stixCoreRelationships(
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
  `,
};

const PAGE = 500;
type G1Connection = NonNullable<
  NonNullable<G1QueryType['response']['securityCoverage']>['stixCoreRelationships']
>;
/** One exported row: the tested entity's relationship and the result that scored it. */
export type ExportRow = G1Connection['edges'][number]['node'] & { source: ResultSource | null };

interface Selection {
  search: string | null;
  orderBy: QueryType['variables']['orderBy'];
  orderMode: QueryType['variables']['orderMode'];
  filters: FilterGroup | null;
}

/** Where the rows come from: the coverage, and on G1 servers the coverage itself as the one result. */
export interface ExportSource {
  coverageId: string;
  shape: ServerShape;
  /** The source of every row on G1 servers (a G1 coverage is its own single result). */
  g1Source: ResultSource;
}

/** Every page of a selection (not only the rows on screen); `onProgress(done, total)`; abort stops between pages. */
export async function fetchAllRows(
  environment: Environment,
  { coverageId, shape, g1Source }: ExportSource,
  selection: Selection,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ExportRow[]> {
  const variables = { id: coverageId, first: PAGE, ...selection };
  return fetchAllPages<ExportRow>(
    async (after) => {
      if (shape === 'g1') {
        const page = await fetchQuery<G1QueryType>(
          environment,
          queries.g1,
          { ...variables, after },
          { fetchPolicy: 'network-only', networkCacheConfig: COMPLETE_ANSWER },
        ).toPromise();
        const connection = page?.securityCoverage?.stixCoreRelationships;
        return pageOf(
          connection && {
            ...connection,
            edges: connection.edges.map((e) => ({ node: { ...e.node, source: g1Source } })),
          },
        );
      }
      const page = await fetchQuery<QueryType>(
        environment,
        queries.g2,
        { ...variables, after },
        { fetchPolicy: 'network-only', networkCacheConfig: COMPLETE_ANSWER },
      ).toPromise();
      const connection = page?.securityCoverage?.stixCoreRelationshipsFromResults;
      return pageOf(
        connection && {
          ...connection,
          edges: connection.edges.map(({ node: { from, ...node } }) => ({
            node: {
              ...node,
              source: from?.name
                ? { name: from.name, external_uri: from.external_uri ?? null }
                : null,
            },
          })),
        },
      );
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
    r.source?.name ?? '',
    r.source?.external_uri ?? '',
    r.updated_at,
    r.id,
  ]);
  return { csv: toCsv(header, lines), count: rows.length };
}

export function toTestedTechniques(rows: readonly ExportRow[]): TestedTechnique[] {
  return rows.map((r) => ({
    mitreId: r.to?.x_mitre_id,
    name: testedEntityName(r.to),
    resultName: r.source?.name ?? '',
    metrics: r.coverage_information,
  }));
}

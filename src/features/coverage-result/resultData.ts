import { useMemo } from 'react';
import { graphql, useFragment, usePaginationFragment } from 'react-relay';
import { useT } from '../../i18n/useT';
import { DEFAULT_COVERAGE_VOCABULARY, type VocabularyEntry } from '../../lib/scores';
import type { ResultRow_relationship$key } from './__generated__/ResultRow_relationship.graphql';
import type { resultData_g1Coverage$key } from './__generated__/resultData_g1Coverage.graphql';
import type { resultData_g1Rows$key } from './__generated__/resultData_g1Rows.graphql';
import type { resultData_g2Coverage$key } from './__generated__/resultData_g2Coverage.graphql';
import type { resultData_g2Rows$key } from './__generated__/resultData_g2Rows.graphql';
import type { resultData_vocabulary$key } from './__generated__/resultData_vocabulary.graphql';
import type { resultDataG1PaginationQuery } from './__generated__/resultDataG1PaginationQuery.graphql';
import type { resultDataG2PaginationQuery } from './__generated__/resultDataG2PaginationQuery.graphql';

/** Which result scored a row: an OpenAEV tenant or a manual entry, and the link to its source. */
export interface ResultSource {
  readonly name: string | null;
  readonly external_uri: string | null;
}

export interface ResultEdge {
  readonly node: ResultRow_relationship$key & {
    readonly id: string;
    readonly coverage_information?: readonly { readonly coverage_score: number }[] | null;
  };
  readonly source: ResultSource | null;
}

/**
 * The Result tab's rows and counts, the same from both generations of the API: G2 servers hang the has-covered
 * relationships off the results (`stixCoreRelationshipsFromResults`), G1 servers off the coverage itself.
 */
export interface ResultData {
  /** The loaded rows of the current view (server search, sort and filters). */
  edges: readonly ResultEdge[];
  /** Rows of the current view on the server. */
  total: number;
  loadNext: (count: number, options?: { onComplete?: (error: Error | null) => void }) => unknown;
  hasNext: boolean;
  isLoadingNext: boolean;
  vocabulary: readonly VocabularyEntry[];
  /** All the coverage's rows and its placeholders, whatever the view. */
  counts: { rows: number; placeholders: number };
  /** The entity types tested, for the type filter. */
  types: readonly string[];
}

const g2Rows = graphql`
  fragment resultData_g2Rows on Query
  @refetchable(queryName: "resultDataG2PaginationQuery")
  @argumentDefinitions(
    id: { type: "String!" }
    count: { type: "Int", defaultValue: 100 }
    cursor: { type: "ID" }
    search: { type: "String" }
    orderBy: { type: "StixCoreRelationshipsOrdering", defaultValue: created_at }
    orderMode: { type: "OrderingMode", defaultValue: desc }
    filters: { type: "FilterGroup" }
  ) {
    securityCoverage(id: $id) {
      id
      stixCoreRelationshipsFromResults(
        first: $count
        after: $cursor
        relationship_type: "has-covered"
        search: $search
        orderBy: $orderBy
        orderMode: $orderMode
        filters: $filters
      ) @connection(key: "resultData_g2_stixCoreRelationshipsFromResults") {
        pageInfo {
          globalCount
        }
        edges {
          node {
            id
            coverage_information {
              coverage_score
            }
            from {
              ... on SecurityCoverageResult {
                name
                external_uri
              }
            }
            # Rendered by ResultRow through CoverageResult; this module only reads the connection.
            # eslint-disable-next-line relay/must-colocate-fragment-spreads
            ...ResultRow_relationship
          }
        }
      }
    }
    ...resultData_vocabulary
  }
`;

const g1Rows = graphql`
  fragment resultData_g1Rows on Query
  @refetchable(queryName: "resultDataG1PaginationQuery")
  @argumentDefinitions(
    id: { type: "String!" }
    count: { type: "Int", defaultValue: 100 }
    cursor: { type: "ID" }
    search: { type: "String" }
    orderBy: { type: "StixCoreRelationshipsOrdering", defaultValue: created_at }
    orderMode: { type: "OrderingMode", defaultValue: desc }
    filters: { type: "FilterGroup" }
  ) {
    securityCoverage(id: $id) {
      id
      stixCoreRelationships(
        first: $count
        after: $cursor
        relationship_type: "has-covered"
        search: $search
        orderBy: $orderBy
        orderMode: $orderMode
        filters: $filters
      ) @connection(key: "resultData_g1_stixCoreRelationships") {
        pageInfo {
          globalCount
        }
        edges {
          node {
            id
            coverage_information {
              coverage_score
            }
            # Rendered by ResultRow through CoverageResult; this module only reads the connection.
            # eslint-disable-next-line relay/must-colocate-fragment-spreads
            ...ResultRow_relationship
          }
        }
      }
    }
    ...resultData_vocabulary
  }
`;

const vocabularyFragment = graphql`
  fragment resultData_vocabulary on Query {
    vocabularies(category: coverage_ov) {
      edges {
        node {
          name
          order
        }
      }
    }
  }
`;

const g2Coverage = graphql`
  fragment resultData_g2Coverage on SecurityCoverage {
    tested: stixCoreRelationshipsFromResults(first: 1, relationship_type: "has-covered") {
      pageInfo {
        globalCount
      }
    }
    placeholders: stixCoreRelationshipsFromResults(
      first: 1
      relationship_type: "has-covered"
      filters: {
        mode: and
        filters: [{ key: ["coverage_information"], operator: nil, values: [] }]
        filterGroups: []
      }
    ) {
      pageInfo {
        globalCount
      }
    }
    coveredEntitiesDistribution(
      field: "entity_type"
      operation: count
      relationship_type: ["has-covered"]
    ) {
      label
      value
    }
  }
`;

// G1 has-covered reach attack patterns, vulnerabilities and security platforms: each type is counted on its own.
const g1Coverage = graphql`
  fragment resultData_g1Coverage on SecurityCoverage {
    auto_enrichment_disable
    external_uri
    tested: stixCoreRelationships(first: 1, relationship_type: "has-covered") {
      pageInfo {
        globalCount
      }
    }
    placeholders: stixCoreRelationships(
      first: 1
      relationship_type: "has-covered"
      filters: {
        mode: and
        filters: [{ key: ["coverage_information"], operator: nil, values: [] }]
        filterGroups: []
      }
    ) {
      pageInfo {
        globalCount
      }
    }
    attackPatterns: stixCoreRelationships(
      first: 1
      relationship_type: "has-covered"
      toTypes: ["Attack-Pattern"]
    ) {
      pageInfo {
        globalCount
      }
    }
    vulnerabilities: stixCoreRelationships(
      first: 1
      relationship_type: "has-covered"
      toTypes: ["Vulnerability"]
    ) {
      pageInfo {
        globalCount
      }
    }
    platforms: stixCoreRelationships(
      first: 1
      relationship_type: "has-covered"
      toTypes: ["SecurityPlatform"]
    ) {
      pageInfo {
        globalCount
      }
    }
  }
`;

function useVocabulary(ref: resultData_vocabulary$key) {
  const data = useFragment(vocabularyFragment, ref);
  return useMemo(
    () =>
      data.vocabularies?.edges.length
        ? data.vocabularies.edges.map((e) => ({ name: e.node.name, order: e.node.order }))
        : DEFAULT_COVERAGE_VOCABULARY,
    [data],
  );
}

export function useResultDataG2(
  rowsRef: resultData_g2Rows$key,
  coverageRef: resultData_g2Coverage$key,
): ResultData {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    resultDataG2PaginationQuery,
    resultData_g2Rows$key
  >(g2Rows, rowsRef);
  const coverage = useFragment(g2Coverage, coverageRef);
  const vocabulary = useVocabulary(data);
  const connection = data.securityCoverage?.stixCoreRelationshipsFromResults;
  const edges = useMemo(
    () =>
      (connection?.edges ?? []).map((edge) => ({
        node: edge.node,
        source: edge.node.from?.name
          ? { name: edge.node.from.name, external_uri: edge.node.from.external_uri ?? null }
          : null,
      })),
    [connection],
  );
  const types = useMemo(
    () => (coverage.coveredEntitiesDistribution ?? []).flatMap((d) => (d ? [d.label] : [])),
    [coverage.coveredEntitiesDistribution],
  );
  return {
    edges,
    total: connection?.pageInfo.globalCount ?? 0,
    loadNext,
    hasNext,
    isLoadingNext,
    vocabulary,
    counts: {
      rows: coverage.tested?.pageInfo.globalCount ?? 0,
      placeholders: coverage.placeholders?.pageInfo.globalCount ?? 0,
    },
    types,
  };
}

export function useResultDataG1(
  rowsRef: resultData_g1Rows$key,
  coverageRef: resultData_g1Coverage$key,
): ResultData {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    resultDataG1PaginationQuery,
    resultData_g1Rows$key
  >(g1Rows, rowsRef);
  const coverage = useFragment(g1Coverage, coverageRef);
  const t = useT();
  const vocabulary = useVocabulary(data);
  const connection = data.securityCoverage?.stixCoreRelationships;
  // A G1 coverage is its own single result: every row comes from it.
  const name = t(
    coverage.auto_enrichment_disable ? 'result.source.manual' : 'result.source.openaev',
  );
  const edges = useMemo(() => {
    const source = { name, external_uri: coverage.external_uri ?? null };
    return (connection?.edges ?? []).map((edge) => ({ node: edge.node, source }));
  }, [connection, name, coverage.external_uri]);
  const types = useMemo(
    () =>
      (
        [
          ['Attack-Pattern', coverage.attackPatterns],
          ['Vulnerability', coverage.vulnerabilities],
          ['SecurityPlatform', coverage.platforms],
        ] as const
      ).flatMap(([type, c]) => ((c?.pageInfo.globalCount ?? 0) > 0 ? [type] : [])),
    [coverage.attackPatterns, coverage.vulnerabilities, coverage.platforms],
  );
  return {
    edges,
    total: connection?.pageInfo.globalCount ?? 0,
    loadNext,
    hasNext,
    isLoadingNext,
    vocabulary,
    counts: {
      rows: coverage.tested?.pageInfo.globalCount ?? 0,
      placeholders: coverage.placeholders?.pageInfo.globalCount ?? 0,
    },
    types,
  };
}

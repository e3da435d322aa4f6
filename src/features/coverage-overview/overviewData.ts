import { useMemo } from 'react';
import { graphql, useFragment } from 'react-relay';
import { useG1CoverageResults, useG2CoverageResults } from '../../components/useCoverageResults';
import type { CoveredPattern, MatrixPattern } from '../../lib/attackMatrix';
import type { CoverageResultEntry } from '../../lib/coverageResults';
import { testedCounts, type TestedCount } from '../../lib/testedEntities';
import type { overviewData_g1$key } from './__generated__/overviewData_g1.graphql';
import type { overviewData_g2$key } from './__generated__/overviewData_g2.graphql';

/** What the Overview shows of a coverage's results, read the same way from both generations of the API. */
export interface OverviewData {
  results: readonly CoverageResultEntry[];
  /** The tested attack patterns (has-covered), with `count` the total even beyond the first 5,000. */
  attackPatterns: { count: number; entities: readonly CoveredPattern[] };
  /** Tested entities versus placeholders, per entity type. */
  tested: readonly TestedCount[];
  /** Ids of the tested attack patterns and vulnerabilities: what the last assessment covered. */
  testedIds: readonly string[];
}

/** On G2 servers the results are SecurityCoverageResults, and OpenCTI aggregates their has-covered targets. */
const g2Fragment = graphql`
  fragment overviewData_g2 on SecurityCoverage {
    results {
      ...useCoverageResults_g2Results
    }
    coveredAttackPatterns(first: 5000, orderBy: created_at, orderMode: asc) {
      count
      entities {
        coverage_information {
          coverage_name
          coverage_score
        }
        to {
          id
          name
          x_mitre_id
          killChainPhases {
            kill_chain_name
            phase_name
            x_opencti_order
          }
        }
      }
    }
    coveredVulnerabilities(first: 5000, orderBy: created_at, orderMode: asc) {
      entities {
        to {
          id
        }
      }
    }
    # Distinct has-covered targets; those with coverage information have scores, the others are placeholders.
    allTested: coveredEntitiesDistribution(
      field: "entity_type"
      operation: count
      relationship_type: ["has-covered"]
    ) {
      label
      value
    }
    withScores: coveredEntitiesDistribution(
      field: "entity_type"
      operation: count
      relationship_type: ["has-covered"]
      filters: {
        mode: and
        filters: [{ key: "coverage_information", operator: not_nil, values: [] }]
        filterGroups: []
      }
    ) {
      label
      value
    }
  }
`;

/**
 * On G1 servers the coverage holds its one result, and has-covered relationships start from the coverage itself:
 * the types they may reach are counted one by one (all of them, then those with scores).
 */
const g1Fragment = graphql`
  fragment overviewData_g1 on SecurityCoverage {
    ...useCoverageResults_coverage
    attackPatterns: stixCoreRelationships(
      relationship_type: "has-covered"
      toTypes: ["Attack-Pattern"]
      first: 5000
      orderBy: created_at
      orderMode: asc
    ) {
      pageInfo {
        globalCount
      }
      edges {
        node {
          coverage_information {
            coverage_name
            coverage_score
          }
          to {
            ... on AttackPattern {
              id
              name
              x_mitre_id
              killChainPhases {
                kill_chain_name
                phase_name
                x_opencti_order
              }
            }
          }
        }
      }
    }
    vulnerabilities: stixCoreRelationships(
      relationship_type: "has-covered"
      toTypes: ["Vulnerability"]
      first: 5000
      orderBy: created_at
      orderMode: asc
    ) {
      pageInfo {
        globalCount
      }
      edges {
        node {
          coverage_information {
            coverage_name
          }
          to {
            ... on Vulnerability {
              id
            }
          }
        }
      }
    }
    platforms: stixCoreRelationships(
      relationship_type: "has-covered"
      toTypes: ["SecurityPlatform"]
      first: 5000
    ) {
      pageInfo {
        globalCount
      }
      edges {
        node {
          coverage_information {
            coverage_name
          }
        }
      }
    }
  }
`;

export function useOverviewDataG2(ref: overviewData_g2$key): OverviewData {
  const data = useFragment(g2Fragment, ref);
  const results = useG2CoverageResults(data.results);
  return useMemo(
    () => ({
      results,
      attackPatterns: {
        count: data.coveredAttackPatterns?.count ?? 0,
        entities: data.coveredAttackPatterns?.entities ?? [],
      },
      tested: testedCounts(data.allTested, data.withScores),
      testedIds: [
        ...(data.coveredAttackPatterns?.entities ?? []),
        ...(data.coveredVulnerabilities?.entities ?? []),
      ].flatMap((entity) => (entity?.to?.id ? [entity.to.id] : [])),
    }),
    [data, results],
  );
}

interface G1Connection {
  readonly pageInfo: { readonly globalCount: number };
  readonly edges: readonly {
    readonly node: { readonly coverage_information?: readonly unknown[] | null };
  }[];
}

/** Per type, how many has-covered there are and how many carry scores (a relationship is one tested entity). */
function g1Counts(connections: Record<string, G1Connection | null | undefined>): TestedCount[] {
  const entries = Object.entries(connections).flatMap(([type, connection]) =>
    connection && connection.pageInfo.globalCount > 0 ? [[type, connection] as const] : [],
  );
  return testedCounts(
    entries.map(([label, c]) => ({ label, value: c.pageInfo.globalCount })),
    entries.map(([label, c]) => ({
      label,
      value: c.edges.filter((e) => (e.node.coverage_information ?? []).length > 0).length,
    })),
  );
}

export function useOverviewDataG1(ref: overviewData_g1$key): OverviewData {
  const data = useFragment(g1Fragment, ref);
  const results = useG1CoverageResults(data);
  return useMemo(() => {
    const patterns = (data.attackPatterns?.edges ?? []).map((edge) => {
      const to = edge.node.to;
      const pattern: MatrixPattern | null =
        to?.id && to.name !== undefined ? { ...to, id: to.id, name: to.name } : null;
      return { coverage_information: edge.node.coverage_information, to: pattern };
    });
    const vulnerabilityIds = (data.vulnerabilities?.edges ?? []).flatMap((edge) =>
      edge.node.to?.id ? [edge.node.to.id] : [],
    );
    return {
      results,
      attackPatterns: { count: data.attackPatterns?.pageInfo.globalCount ?? 0, entities: patterns },
      tested: g1Counts({
        'Attack-Pattern': data.attackPatterns,
        Vulnerability: data.vulnerabilities,
        SecurityPlatform: data.platforms,
      }),
      testedIds: [...patterns.flatMap((p) => (p.to ? [p.to.id] : [])), ...vulnerabilityIds],
    };
  }, [data, results]);
}

import { graphql, useFragment } from 'react-relay';
import { AttackPatternsTable } from './AttackPatternsTable';
import { TestablesSummary } from './TestablesSummary';
import { VulnerabilitiesTable } from './VulnerabilitiesTable';
import { collectTestables, testable } from './testableRows';
import type { RelatedTestables_entity$key } from './__generated__/RelatedTestables_entity.graphql';

// `stixCoreRelationships` is declared on each concrete type, not on an interface: one inline fragment per type.
const fragment = graphql`
  fragment RelatedTestables_entity on StixCoreObject {
    ... on Campaign {
      usedAttackPatterns: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        pageInfo {
          globalCount
        }
        edges {
          node {
            to {
              ... on AttackPattern {
                id
              }
              ...AttackPatternsTable_attackPatterns @alias(as: "attackPattern")
            }
          }
        }
      }
      targetedVulnerabilities: stixCoreRelationships(
        relationship_type: "targets"
        toTypes: ["Vulnerability"]
        first: 500
      ) {
        pageInfo {
          globalCount
        }
        edges {
          node {
            to {
              ... on Vulnerability {
                id
              }
              ...VulnerabilitiesTable_vulnerabilities @alias(as: "vulnerability")
            }
          }
        }
      }
    }
    ... on IntrusionSet {
      usedAttackPatterns: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        pageInfo {
          globalCount
        }
        edges {
          node {
            to {
              ... on AttackPattern {
                id
              }
              ...AttackPatternsTable_attackPatterns @alias(as: "attackPattern")
            }
          }
        }
      }
      targetedVulnerabilities: stixCoreRelationships(
        relationship_type: "targets"
        toTypes: ["Vulnerability"]
        first: 500
      ) {
        pageInfo {
          globalCount
        }
        edges {
          node {
            to {
              ... on Vulnerability {
                id
              }
              ...VulnerabilitiesTable_vulnerabilities @alias(as: "vulnerability")
            }
          }
        }
      }
    }
    ... on Incident {
      usedAttackPatterns: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        pageInfo {
          globalCount
        }
        edges {
          node {
            to {
              ... on AttackPattern {
                id
              }
              ...AttackPatternsTable_attackPatterns @alias(as: "attackPattern")
            }
          }
        }
      }
      targetedVulnerabilities: stixCoreRelationships(
        relationship_type: "targets"
        toTypes: ["Vulnerability"]
        first: 500
      ) {
        pageInfo {
          globalCount
        }
        edges {
          node {
            to {
              ... on Vulnerability {
                id
              }
              ...VulnerabilitiesTable_vulnerabilities @alias(as: "vulnerability")
            }
          }
        }
      }
    }
  }
`;

/** The attack patterns a campaign, intrusion set or incident uses and the vulnerabilities it targets. */
export function RelatedTestables({ entity }: { entity: RelatedTestables_entity$key }) {
  const data = useFragment(fragment, entity);
  const attackPatterns = collectTestables(data.usedAttackPatterns, ({ to }) =>
    testable(to?.id, to?.attackPattern),
  );
  const vulnerabilities = collectTestables(data.targetedVulnerabilities, ({ to }) =>
    testable(to?.id, to?.vulnerability),
  );
  return (
    <TestablesSummary
      container={false}
      attackPatterns={attackPatterns.total}
      vulnerabilities={vulnerabilities.total}
    >
      {attackPatterns.total > 0 ? (
        <AttackPatternsTable
          rows={attackPatterns.rows.map((row) => row.ref)}
          total={attackPatterns.total}
          truncated={attackPatterns.truncated}
        />
      ) : null}
      {vulnerabilities.total > 0 ? (
        <VulnerabilitiesTable
          rows={vulnerabilities.rows.map((row) => row.ref)}
          total={vulnerabilities.total}
          truncated={vulnerabilities.truncated}
        />
      ) : null}
    </TestablesSummary>
  );
}

import { graphql, useFragment } from 'react-relay';
import { AttackPatternsTable } from './AttackPatternsTable';
import { TestablesSummary } from './TestablesSummary';
import { VulnerabilitiesTable } from './VulnerabilitiesTable';
import { collectTestables, testable } from './testableRows';
import type { ContainedTestables_container$key } from './__generated__/ContainedTestables_container.graphql';

const fragment = graphql`
  fragment ContainedTestables_container on Container {
    containedAttackPatterns: objects(types: ["Attack-Pattern"], first: 500) {
      pageInfo {
        globalCount
      }
      edges {
        node {
          ... on AttackPattern {
            id
          }
          ...AttackPatternsTable_attackPatterns @alias(as: "attackPattern")
        }
      }
    }
    containedVulnerabilities: objects(types: ["Vulnerability"], first: 500) {
      pageInfo {
        globalCount
      }
      edges {
        node {
          ... on Vulnerability {
            id
          }
          ...VulnerabilitiesTable_vulnerabilities @alias(as: "vulnerability")
        }
      }
    }
  }
`;

/** The attack patterns and vulnerabilities a report, grouping or incident response contains. */
export function ContainedTestables({ container }: { container: ContainedTestables_container$key }) {
  const data = useFragment(fragment, container);
  const attackPatterns = collectTestables(data.containedAttackPatterns, (node) =>
    testable(node.id, node.attackPattern),
  );
  const vulnerabilities = collectTestables(data.containedVulnerabilities, (node) =>
    testable(node.id, node.vulnerability),
  );
  return (
    <TestablesSummary
      container
      attackPatterns={attackPatterns.total}
      vulnerabilities={vulnerabilities.total}
    >
      <AttackPatternsTable testables={attackPatterns} />
      <VulnerabilitiesTable testables={vulnerabilities} />
    </TestablesSummary>
  );
}

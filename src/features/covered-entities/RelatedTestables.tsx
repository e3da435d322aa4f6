import { graphql, useFragment } from 'react-relay';
import { AttackPatternsTable } from './AttackPatternsTable';
import { TestablesSummary } from './TestablesSummary';
import { VulnerabilitiesTable } from './VulnerabilitiesTable';
import { collectTestables, testable } from './testableRows';
import type { RelatedTestables_entity$key } from './__generated__/RelatedTestables_entity.graphql';

// The two lists, read into RelatedTestables_entity below (unmasked: one selection for the three types).
export const attackPatternsFragment = graphql`
  fragment RelatedTestables_attackPatterns on StixCoreRelationshipConnection {
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
`;

export const vulnerabilitiesFragment = graphql`
  fragment RelatedTestables_vulnerabilities on StixCoreRelationshipConnection {
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
`;

// `stixCoreRelationships` is declared on each concrete type, not on an interface: one inline fragment per type.
const fragment = graphql`
  fragment RelatedTestables_entity on StixCoreObject {
    ... on Campaign {
      usedAttackPatterns: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        ...RelatedTestables_attackPatterns @relay(mask: false)
      }
      targetedVulnerabilities: stixCoreRelationships(
        relationship_type: "targets"
        toTypes: ["Vulnerability"]
        first: 500
      ) {
        ...RelatedTestables_vulnerabilities @relay(mask: false)
      }
    }
    ... on IntrusionSet {
      usedAttackPatterns: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        ...RelatedTestables_attackPatterns @relay(mask: false)
      }
      targetedVulnerabilities: stixCoreRelationships(
        relationship_type: "targets"
        toTypes: ["Vulnerability"]
        first: 500
      ) {
        ...RelatedTestables_vulnerabilities @relay(mask: false)
      }
    }
    ... on Incident {
      usedAttackPatterns: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        ...RelatedTestables_attackPatterns @relay(mask: false)
      }
      targetedVulnerabilities: stixCoreRelationships(
        relationship_type: "targets"
        toTypes: ["Vulnerability"]
        first: 500
      ) {
        ...RelatedTestables_vulnerabilities @relay(mask: false)
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
      <AttackPatternsTable testables={attackPatterns} />
      <VulnerabilitiesTable testables={vulnerabilities} />
    </TestablesSummary>
  );
}

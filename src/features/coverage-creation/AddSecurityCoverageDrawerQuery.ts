import { graphql } from 'react-relay';

/** What the creation form needs about the covered entity and the platform; loaded when the drawer opens. */
export const AddSecurityCoverageDrawerQuery = graphql`
  query AddSecurityCoverageDrawerQuery(
    $entityId: String!
    $testableFilters: FilterGroup
    $existingFilters: FilterGroup
  ) {
    stixCoreObject(id: $entityId) {
      id
      entity_type
      representative {
        main
      }
    }
    # The entity's coverage, read through the list rather than the entity's own field: the entity page behind the
    # drawer keeps its state until the analyst leaves the drawer.
    existing: securityCoverages(first: 1, filters: $existingFilters) {
      edges {
        node {
          id
          name
        }
      }
    }
    testable: stixCoreObjects(
      types: ["Attack-Pattern", "Vulnerability"]
      filters: $testableFilters
      first: 500
    ) {
      pageInfo {
        globalCount
      }
      edges {
        node {
          id
          entity_type
          representative {
            main
          }
          ... on AttackPattern {
            x_mitre_id
          }
        }
      }
    }
    connectors {
      id
      name
      active
      connector_type
      connector_scope
      updated_at
    }
    vocabularies(category: coverage_ov) {
      edges {
        node {
          id
          name
          order
        }
      }
    }
    labels(first: 200, orderBy: value, orderMode: asc) {
      edges {
        node {
          id
          value
        }
      }
    }
    markingDefinitions(first: 100, orderBy: x_opencti_order, orderMode: asc) {
      edges {
        node {
          id
          definition
        }
      }
    }
  }
`;

import { graphql, readInlineData } from 'react-relay';
import type { MatrixPattern } from '../../lib/attackMatrix';
import type { entityAttackPatterns_entity$key } from './__generated__/entityAttackPatterns_entity.graphql';

// Containers (Report, Grouping, Case-Incident) hold their attack patterns; campaigns, intrusion sets and incidents
// `use` them. `stixCoreRelationships` lives on each concrete type, hence one inline fragment per type.
const fragment = graphql`
  fragment entityAttackPatterns_entity on StixDomainObject @inline {
    ... on Container {
      objects(types: ["Attack-Pattern"], first: 500) {
        edges {
          node {
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
    ... on Campaign {
      uses: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        edges {
          node {
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
    }
    ... on IntrusionSet {
      uses: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        edges {
          node {
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
    }
    ... on Incident {
      uses: stixCoreRelationships(
        relationship_type: "uses"
        toTypes: ["Attack-Pattern"]
        first: 500
      ) {
        edges {
          node {
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
    }
  }
`;

type Maybe<T> = T | null | undefined;
interface PatternLike {
  readonly id?: string;
  readonly name?: string;
  readonly x_mitre_id?: string | null;
  readonly killChainPhases?: MatrixPattern['killChainPhases'];
}

function asPattern(node: Maybe<PatternLike>): MatrixPattern | null {
  return node?.id && node.name !== undefined
    ? {
        id: node.id,
        name: node.name,
        x_mitre_id: node.x_mitre_id,
        killChainPhases: node.killChainPhases,
      }
    : null;
}

/** The attack patterns the covered entity holds or uses: the techniques its coverage should test. */
export function entityAttackPatterns(
  entity: Maybe<entityAttackPatterns_entity$key>,
): MatrixPattern[] {
  if (!entity) return [];
  const data = readInlineData(fragment, entity);
  const nodes: Maybe<PatternLike>[] = [
    ...(data.objects?.edges ?? []).map((edge) => edge?.node),
    ...(data.uses?.edges ?? []).map((edge) => edge.node.to),
  ];
  return nodes.map(asPattern).filter((p): p is MatrixPattern => p !== null);
}

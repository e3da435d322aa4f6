import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type {
  AddSecurityCoverageMutation as MutationType,
  AddSecurityCoverageMutation$data,
} from './__generated__/AddSecurityCoverageMutation.graphql';
import type { AddInput } from './creationForm';

/*
 * The payload selects what the coverage list shows for a row (features stay independent, so the row's fragment
 * cannot be spread here); @prependNode puts the new coverage at the top of the list the drawer was opened from.
 */
const mutation = graphql`
  mutation AddSecurityCoverageMutation($input: SecurityCoverageAddInput!, $connections: [ID!]!) {
    securityCoverageAdd(input: $input)
      @prependNode(connections: $connections, edgeTypeName: "SecurityCoverageEdge") {
      id
      name
      auto_enrichment_disable
      coverage_last_result
      created
      coverage_information {
        coverage_name
        coverage_score
      }
      objectCovered {
        id
        entity_type
        representative {
          main
        }
        # Links the entity to its new coverage in the store, so its page no longer offers to add one.
        ... on Report {
          securityCoverage {
            id
          }
        }
        ... on Grouping {
          securityCoverage {
            id
          }
        }
        ... on Campaign {
          securityCoverage {
            id
          }
        }
        ... on IntrusionSet {
          securityCoverage {
            id
          }
        }
        ... on Incident {
          securityCoverage {
            id
          }
        }
        ... on CaseIncident {
          securityCoverage {
            id
          }
        }
      }
      objectLabel {
        id
        value
        color
      }
      objectMarking {
        id
        definition
        x_opencti_color
      }
      createdBy {
        id
        name
      }
    }
  }
`;

export type CreatedCoverage = NonNullable<AddSecurityCoverageMutation$data['securityCoverageAdd']>;

/** Creates a Security Coverage; resolves with the created record, rejects with the server's error. */
export function useAddSecurityCoverageMutation() {
  const [commit, inFlight] = useMutation<MutationType>(mutation);
  const add = useCallback(
    (input: AddInput, connections: string[]) =>
      new Promise<CreatedCoverage>((resolve, reject) => {
        commit({
          variables: { input, connections },
          onCompleted: (response, errors) => {
            const created = response.securityCoverageAdd;
            if (created && !(errors && errors.length)) resolve(created);
            else reject(new Error(errors?.[0]?.message ?? 'The coverage was not created'));
          },
          onError: reject,
        });
      }),
    [commit],
  );
  return [add, inFlight] as const;
}

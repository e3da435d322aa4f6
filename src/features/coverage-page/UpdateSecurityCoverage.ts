import { useCallback } from 'react';
import { graphql, useMutation, useRelayEnvironment } from 'react-relay';
import { getServerShape } from '../../relay/serverShape';
import type { UpdateSecurityCoverageMutation as MutationType } from './__generated__/UpdateSecurityCoverageMutation.graphql';
import type { UpdateSecurityCoverageG1Mutation as G1MutationType } from './__generated__/UpdateSecurityCoverageG1Mutation.graphql';
import type { EditInput } from './updateForm';

/*
 * The payload brings back what every view of the coverage shows: the header and drawer fragments, plus the
 * computed fields the list and the Overview read, so they all change without a refetch. On G2 servers the scores
 * live in the results too, so they come back as well; G1 servers have no results (see relay/serverShape).
 */
const mutations = {
  g2: graphql`
    mutation UpdateSecurityCoverageMutation($id: ID!, $input: [EditInput]!) {
      securityCoverageFieldPatch(id: $id, input: $input) {
        id
        ...CoverageHeader_coverage
        ...UpdateCoverageDrawer_coverage
        ...OpenAevButton_coverage
        modified
        updated_at
        ...useCoverageResults_coverage
        results {
          ...useCoverageResults_g2Results
        }
      }
    }
  `,
  g1: graphql`
    mutation UpdateSecurityCoverageG1Mutation($id: ID!, $input: [EditInput]!) {
      securityCoverageFieldPatch(id: $id, input: $input) {
        id
        ...CoverageHeader_coverage
        ...UpdateCoverageDrawer_coverage
        ...OpenAevButton_coverage
        modified
        updated_at
        ...useCoverageResults_coverage
      }
    }
  `,
};

export function useUpdateSecurityCoverageMutation() {
  const environment = useRelayEnvironment();
  const [commitG2, g2InFlight] = useMutation<MutationType>(mutations.g2);
  const [commitG1, g1InFlight] = useMutation<G1MutationType>(mutations.g1);
  const update = useCallback(
    async (id: string, input: EditInput[]) => {
      const commit = (await getServerShape(environment)) === 'g2' ? commitG2 : commitG1;
      return new Promise<void>((resolve, reject) => {
        commit({
          variables: { id, input },
          onCompleted: (response, errors) => {
            if (errors && errors.length > 0) reject(new Error(errors[0]?.message));
            else if (!response.securityCoverageFieldPatch)
              reject(new Error('The coverage was not updated'));
            else resolve();
          },
          onError: reject,
        });
      });
    },
    [environment, commitG1, commitG2],
  );
  return [update, g1InFlight || g2InFlight] as const;
}

import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { AddHasCoveredMutation as MutationType } from './__generated__/AddHasCoveredMutation.graphql';

/*
 * On G1 servers the entities a manual coverage tested are has-covered relationships from the coverage itself
 * (G2 servers create them from `add_related_entities`). Without scores of their own they are placeholders until
 * the analyst scores them in the Result tab.
 */
const mutation = graphql`
  mutation AddHasCoveredMutation($input: StixCoreRelationshipAddInput!) {
    stixCoreRelationshipAdd(input: $input) {
      id
    }
  }
`;

export function useAddHasCoveredMutation() {
  const [commit] = useMutation<MutationType>(mutation);
  return useCallback(
    (fromId: string, toId: string) =>
      new Promise<void>((resolve, reject) => {
        commit({
          variables: { input: { fromId, toId, relationship_type: 'has-covered' } },
          onCompleted: (_response, errors) =>
            errors && errors.length ? reject(new Error(errors[0]?.message)) : resolve(),
          onError: reject,
        });
      }),
    [commit],
  );
}

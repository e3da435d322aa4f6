import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { DeleteSecurityCoverageMutation as MutationType } from './__generated__/DeleteSecurityCoverageMutation.graphql';

const mutation = graphql`
  mutation DeleteSecurityCoverageMutation($id: ID!, $connections: [ID!]!) {
    securityCoverageDelete(id: $id) @deleteEdge(connections: $connections)
  }
`;

/** Deletes one coverage (OpenCTI deletes its results with it) and removes it from the given list connections. */
export function useDeleteSecurityCoverageMutation() {
  const [commit, inFlight] = useMutation<MutationType>(mutation);
  const remove = useCallback(
    (id: string, connections: string[]) =>
      new Promise<void>((resolve, reject) => {
        commit({
          variables: { id, connections },
          onCompleted: (_response, errors) =>
            errors && errors.length > 0 ? reject(new Error(errors[0]?.message)) : resolve(),
          onError: reject,
        });
      }),
    [commit],
  );
  return [remove, inFlight] as const;
}

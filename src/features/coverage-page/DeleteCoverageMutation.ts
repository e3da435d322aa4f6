import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { DeleteCoverageMutation as MutationType } from './__generated__/DeleteCoverageMutation.graphql';

/*
 * OpenCTI deletes the coverage's results with it. The page leaves for the list right after, so the record is not
 * removed from under it; instead every cached list becomes stale and the next one shown is fetched again.
 */
const mutation = graphql`
  mutation DeleteCoverageMutation($id: ID!) {
    securityCoverageDelete(id: $id)
  }
`;

/** Deletes one coverage; resolves once the server confirms, rejects with its error. */
export function useDeleteCoverageMutation() {
  const [commit, inFlight] = useMutation<MutationType>(mutation);
  const remove = useCallback(
    (id: string) =>
      new Promise<void>((resolve, reject) => {
        commit({
          variables: { id },
          updater: (store) => store.invalidateStore(),
          onCompleted: (_response, errors) =>
            errors && errors.length > 0 ? reject(new Error(errors[0]?.message)) : resolve(),
          onError: reject,
        });
      }),
    [commit],
  );
  return [remove, inFlight] as const;
}

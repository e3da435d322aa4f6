import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { UpdateSecurityCoverageMutation as MutationType } from './__generated__/UpdateSecurityCoverageMutation.graphql';
import type { EditInput } from './updateForm';

/*
 * The payload brings back what every view of the coverage shows: the header and drawer fragments, plus the
 * computed fields and results the list and the Overview read, so they all change without a refetch.
 */
const mutation = graphql`
  mutation UpdateSecurityCoverageMutation($id: ID!, $input: [EditInput]!) {
    securityCoverageFieldPatch(id: $id, input: $input) {
      id
      ...CoverageHeader_coverage
      ...UpdateCoverageDrawer_coverage
      ...OpenAevButton_coverage
      modified
      updated_at
      coverage_last_result
      coverage_valid_from
      coverage_valid_to
      external_uri
      coverage_information {
        coverage_name
        coverage_score
      }
      results {
        id
        name
        external_uri
        coverage_last_result
        coverage_valid_from
        coverage_valid_to
        coverage_information {
          coverage_name
          coverage_score
        }
      }
    }
  }
`;

/** Saves a set of field edits; resolves once the server has applied them, rejects with its error. */
export function useUpdateSecurityCoverageMutation() {
  const [commit, inFlight] = useMutation<MutationType>(mutation);
  const update = useCallback(
    (id: string, input: EditInput[]) =>
      new Promise<void>((resolve, reject) => {
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
      }),
    [commit],
  );
  return [update, inFlight] as const;
}

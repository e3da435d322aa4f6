import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { AddSecurityCoverageResultMutation as MutationType } from './__generated__/AddSecurityCoverageResultMutation.graphql';

/*
 * On current OpenCTI servers a coverage's scores live in its results (SecurityCoverageResult). securityCoverageAdd
 * creates the manual result only when entities to test or a source link are given (some versions also when scores
 * are); when the created coverage comes back without the scores, the console adds the result itself, so the
 * analyst's scores are never dropped, and never counted twice.
 */
const mutation = graphql`
  mutation AddSecurityCoverageResultMutation($input: SecurityCoverageResultAddInput!) {
    securityCoverageResultAdd(input: $input) {
      id
      resultOf {
        id
        coverage_last_result
        coverage_information {
          coverage_name
          coverage_score
        }
      }
    }
  }
`;

export function useAddSecurityCoverageResultMutation() {
  const [commit] = useMutation<MutationType>(mutation);
  return useCallback(
    (
      resultOf: string,
      name: string,
      coverage: { coverage_name: string; coverage_score: number }[],
      now: string,
    ) =>
      new Promise<void>((resolve, reject) => {
        commit({
          variables: {
            input: {
              resultOf,
              name,
              coverage_information: coverage,
              coverage_last_result: now,
              coverage_valid_from: now,
            },
          },
          onCompleted: (_response, errors) =>
            errors && errors.length ? reject(new Error(errors[0]?.message)) : resolve(),
          onError: reject,
        });
      }),
    [commit],
  );
}

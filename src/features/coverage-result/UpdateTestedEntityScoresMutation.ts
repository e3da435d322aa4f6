import { useCallback } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { Metric } from '../../lib/scores';
import type { UpdateTestedEntityScoresMutation as MutationType } from './__generated__/UpdateTestedEntityScoresMutation.graphql';

const mutation = graphql`
  mutation UpdateTestedEntityScoresMutation($id: ID!, $input: [EditInput]!) {
    stixCoreRelationshipEdit(id: $id) {
      fieldPatch(input: $input) {
        id
        updated_at
        coverage_information {
          coverage_name
          coverage_score
        }
      }
    }
  }
`;

/**
 * Replaces the scores of one tested entity in one result (the has-covered relationship's `coverage_information`).
 * The whole list is sent, never index-based patch paths, so concurrent edits cannot shift metrics. The payload is
 * the changed relationship: its row updates from the store.
 */
export function useUpdateTestedEntityScoresMutation() {
  const [commit, inFlight] = useMutation<MutationType>(mutation);
  const update = useCallback(
    (id: string, metrics: readonly Metric[]) =>
      new Promise<void>((resolve, reject) => {
        commit({
          variables: {
            id,
            input: [
              {
                key: 'coverage_information',
                value: metrics.map((m) => ({
                  coverage_name: m.coverage_name,
                  coverage_score: m.coverage_score,
                })),
              },
            ],
          },
          onCompleted: (_response, errors) =>
            errors && errors.length > 0 ? reject(new Error(errors[0]?.message)) : resolve(),
          onError: reject,
        });
      }),
    [commit],
  );
  return [update, inFlight] as const;
}

import { useCallback, useRef } from 'react';
import { graphql, useMutation } from 'react-relay';
import type { AskEnrichmentMutation as MutationType } from './__generated__/AskEnrichmentMutation.graphql';

const mutation = graphql`
  mutation AskEnrichmentMutation($id: ID!, $connectorId: ID!) {
    stixCoreObjectEdit(id: $id) {
      askEnrichment(connectorId: $connectorId) {
        id
        status
        timestamp
        connector {
          id
        }
        ...EnrichmentWork_work
      }
    }
  }
`;

/**
 * Asks a connector to enrich the entity again (the "circular arrow"). The new Work joins the entity's `jobs` at
 * once; a second call while one is in flight is ignored, so a double click sends one request.
 */
export function useAskEnrichmentMutation(entityId: string, jobsArgs: { first: number }) {
  const [commit, inFlight] = useMutation<MutationType>(mutation);
  const sending = useRef(false);
  const ask = useCallback(
    (connectorId: string) =>
      new Promise<void>((resolve, reject) => {
        if (sending.current) {
          resolve();
          return;
        }
        sending.current = true;
        const done = (error?: Error) => {
          sending.current = false;
          if (error) reject(error);
          else resolve();
        };
        commit({
          variables: { id: entityId, connectorId },
          updater: (store) => {
            const work = store
              .getRootField('stixCoreObjectEdit')
              ?.getLinkedRecord('askEnrichment', { connectorId });
            const entity = store.get(entityId);
            if (!work || !entity) return;
            const jobs = entity.getLinkedRecords('jobs', jobsArgs) ?? [];
            entity.setLinkedRecords([work, ...jobs], 'jobs', jobsArgs);
          },
          onCompleted: (_response, errors) =>
            done(errors?.length ? new Error(errors[0]?.message) : undefined),
          onError: (error) => done(error),
        });
      }),
    [commit, entityId, jobsArgs],
  );
  return [ask, inFlight] as const;
}

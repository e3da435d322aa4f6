import { useState } from 'react';
import { graphql, usePreloadedQuery, type PreloadedQuery } from 'react-relay';
import Alert from '@mui/material/Alert';
import { useCan } from '../../components/Capabilities';
import { EmptyState } from '../../components/EmptyState';
import { useNow } from '../../components/useNow';
import { usePollWhile } from '../../components/usePollWhile';
import { useT } from '../../i18n/useT';
import { useDescribeError } from '../../components/ErrorFallback';
import { isPresent } from '../../lib/present';
import { isWorkActive, worksOfConnector } from '../../lib/works';
import { useAskEnrichmentMutation } from './AskEnrichmentMutation';
import { EnrichmentConnector } from './EnrichmentConnector';
import type { EnrichmentPanelContentQuery as QueryType } from './__generated__/EnrichmentPanelContentQuery.graphql';

/** OpenCTI's enrichment panel reads the entity's last 100 works. */
export const JOBS_ARGS = { first: 100 };

export const EnrichmentPanelContentQuery = graphql`
  query EnrichmentPanelContentQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      connectors(onlyAlive: false) {
        id
        active
        ...EnrichmentConnector_connector
      }
      jobs(first: 100) {
        id
        status
        timestamp
        connector {
          id
        }
        ...EnrichmentConnector_works
      }
    }
  }
`;

interface Props {
  queryRef: PreloadedQuery<QueryType>;
  stuckAfterMs: number;
  /** Loads the panel's query again from the server (polling while a work is active). */
  onRefresh: () => Promise<unknown>;
}

type Feedback = { severity: 'success' | 'error'; text: string } | null;

/** Every attempt to task OpenAEV for this coverage, grouped by connector, with "Retry" per connector. */
export function EnrichmentPanelContent({ queryRef, stuckAfterMs, onRefresh }: Props) {
  const data = usePreloadedQuery<QueryType>(EnrichmentPanelContentQuery, queryRef);
  const t = useT();
  const now = useNow(5_000);
  const canEnrich = useCan('KNOWLEDGE_KNENRICHMENT');
  const coverage = data.securityCoverage;
  const [ask, asking] = useAskEnrichmentMutation(coverage?.id ?? '', JOBS_ARGS);
  const describeError = useDescribeError();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const works = (coverage?.jobs ?? []).filter(isPresent);
  usePollWhile(works.some(isWorkActive), onRefresh);
  if (!coverage) return <EmptyState title={t('enrichment.notFound')} />;
  const connectors = (coverage.connectors ?? []).filter(isPresent);

  const retry = (connectorId: string) => {
    setFeedback(null);
    ask(connectorId).then(
      () => setFeedback({ severity: 'success', text: t('enrichment.retry.sent') }),
      (error: unknown) =>
        setFeedback({
          severity: 'error',
          text: t('enrichment.retry.failed', { reason: describeError(error) }),
        }),
    );
  };

  return (
    <>
      {feedback ? (
        <Alert
          severity={feedback.severity}
          role={feedback.severity === 'error' ? 'alert' : 'status'}
          onClose={() => setFeedback(null)}
          sx={{ mb: 2 }}
        >
          {feedback.text}
        </Alert>
      ) : null}
      {works.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('enrichment.neverTasked')}
        </Alert>
      ) : null}
      {connectors.length === 0 ? (
        <EmptyState title={t('enrichment.noConnector')} body={t('enrichment.noConnector.body')} />
      ) : (
        connectors.map((connector) => (
          <EnrichmentConnector
            key={connector.id}
            connector={connector}
            works={worksOfConnector(works, connector.id)}
            canEnrich={canEnrich}
            now={now}
            stuckAfterMs={stuckAfterMs}
            retrying={asking}
            onRetry={retry}
          />
        ))
      )}
    </>
  );
}

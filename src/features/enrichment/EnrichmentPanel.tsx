import { Suspense, useCallback, useEffect } from 'react';
import { fetchQuery, useQueryLoader, useRelayEnvironment } from 'react-relay';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PartialDataNotice } from '../../components/PartialDataNotice';
import { usePartialFailures } from '../../relay/partialFailures';
import { FormDrawer } from '../../components/FormDrawer';
import { useT } from '../../i18n/useT';
import { STUCK_WORK_AFTER_MS } from '../../lib/works';
import { EnrichmentPanelContent, EnrichmentPanelContentQuery } from './EnrichmentPanelContent';
import type { EnrichmentPanelContentQuery as QueryType } from './__generated__/EnrichmentPanelContentQuery.graphql';

interface Props {
  coverageId: string;
  open: boolean;
  onClose: () => void;
  /** How long a work may wait or run before it is called stuck. */
  stuckAfterMs?: number;
}

const PANEL_OPERATIONS = ['EnrichmentPanelContentQuery'];

function PanelSkeleton({ label }: { label: string }) {
  return (
    <Box role="progressbar" aria-label={label} aria-busy="true">
      {[0, 1].map((i) => (
        <Box key={i} sx={{ mb: 3 }}>
          <Skeleton variant="text" width="60%" height={32} />
          <Skeleton variant="rounded" height={56} sx={{ mt: 1 }} />
        </Box>
      ))}
    </Box>
  );
}

/** The "Enrichment" panel: a labelled dialog (the same drawer as the forms) whose data loads when it opens, and again while work is active. */
export function EnrichmentPanel({
  coverageId,
  open,
  onClose,
  stuckAfterMs = STUCK_WORK_AFTER_MS,
}: Props) {
  const t = useT();
  const environment = useRelayEnvironment();
  const [queryRef, load, dispose] = useQueryLoader<QueryType>(EnrichmentPanelContentQuery);
  const partial = usePartialFailures(PANEL_OPERATIONS);
  const reload = useCallback(
    () => load({ id: coverageId }, { fetchPolicy: 'network-only' }),
    [load, coverageId],
  );
  useEffect(() => {
    if (!open) return undefined;
    reload();
    return dispose;
  }, [open, reload, dispose]);
  // Polling refreshes the store in the background: the rows on screen stay while the new data arrives.
  const refresh = useCallback(
    () =>
      fetchQuery<QueryType>(environment, EnrichmentPanelContentQuery, {
        id: coverageId,
      }).toPromise(),
    [environment, coverageId],
  );
  if (!open) return null;
  return (
    <FormDrawer
      titleId="enrichment-panel-title"
      title={t('enrichment.title')}
      closeLabel={t('enrichment.close')}
      onClose={onClose}
      width={560}
    >
      <Box sx={{ p: 3, overflow: 'auto', flexGrow: 1 }}>
        <PartialDataNotice
          failures={partial.failures}
          onRetry={() => {
            partial.dismiss();
            reload();
          }}
        />
        <ErrorBoundary onRetry={reload} title={t('enrichment.loadFailed')}>
          <Suspense fallback={<PanelSkeleton label={t('enrichment.loading')} />}>
            {queryRef ? (
              <EnrichmentPanelContent
                queryRef={queryRef}
                stuckAfterMs={stuckAfterMs}
                onRefresh={refresh}
              />
            ) : (
              <PanelSkeleton label={t('enrichment.loading')} />
            )}
          </Suspense>
        </ErrorBoundary>
      </Box>
    </FormDrawer>
  );
}

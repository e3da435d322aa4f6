import { Suspense, useCallback, useEffect } from 'react';
import { fetchQuery, useQueryLoader, useRelayEnvironment } from 'react-relay';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { ErrorBoundary } from '../../components/ErrorBoundary';
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

/** The "Enrichment" panel: a labelled dialog whose data loads when it opens, and again while work is active. */
export function EnrichmentPanel({
  coverageId,
  open,
  onClose,
  stuckAfterMs = STUCK_WORK_AFTER_MS,
}: Props) {
  const t = useT();
  const environment = useRelayEnvironment();
  const [queryRef, load, dispose] = useQueryLoader<QueryType>(EnrichmentPanelContentQuery);
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
  const titleId = 'enrichment-panel-title';
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 560 }, p: 3 },
        },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 2 }}>
        <Typography id={titleId} variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {t('enrichment.title')}
        </Typography>
        <IconButton aria-label={t('enrichment.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Box>
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
    </Drawer>
  );
}

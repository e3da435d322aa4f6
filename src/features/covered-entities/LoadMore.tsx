import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { ErrorFallback } from '../../components/ErrorFallback';
import { useT } from '../../i18n/useT';
import { PAGE_SIZE } from './listView';

/** "Showing N of M" and the button that fetches the next page (once at a time); a failed page can be retried. */
export function LoadMore({
  shown,
  total,
  hasNext,
  isLoadingNext,
  loadNext,
}: {
  shown: number;
  total: number;
  hasNext: boolean;
  isLoadingNext: boolean;
  loadNext: (count: number, options: { onComplete: (error: Error | null) => void }) => unknown;
}) {
  const t = useT();
  const [error, setError] = useState<Error | null>(null);
  const more = () => {
    if (isLoadingNext) return;
    setError(null);
    loadNext(PAGE_SIZE, { onComplete: setError });
  };
  if (shown === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      {error ? (
        <ErrorFallback error={error} title={t('entities.list.loadMoreFailed')} onRetry={more} />
      ) : null}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} aria-live="polite">
          {t('entities.list.showing', { shown, total: Math.max(total, shown) })}
        </Typography>
        {hasNext ? (
          <Button
            variant="outlined"
            size="small"
            onClick={more}
            disabled={isLoadingNext}
            startIcon={isLoadingNext ? <CircularProgress size={16} aria-hidden /> : undefined}
          >
            {t('common.loadMore')}
          </Button>
        ) : null}
      </Box>
    </Box>
  );
}

import { useRef, useState } from 'react';
import { useRelayEnvironment } from 'react-relay';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import DownloadIcon from '@mui/icons-material/Download';
import { useT } from '../../i18n/useT';
import { useDescribeError } from '../../components/ErrorFallback';
import { downloadText } from '../../lib/csv';
import type { VocabularyEntry } from '../../lib/scores';
import type { ListViewState } from './listViewState';
import { exportCoveragesCsv } from './exportCoverages';

/** Exports every coverage of the current view as CSV, showing progress page by page, with Cancel. */
export function ExportCsvButton({
  view,
  vocabulary,
}: {
  view: ListViewState;
  vocabulary: readonly VocabularyEntry[];
}) {
  const t = useT();
  const describe = useDescribeError();
  const environment = useRelayEnvironment();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(
    null,
  );
  const controller = useRef<AbortController | null>(null);

  const start = async () => {
    controller.current = new AbortController();
    setProgress({ done: 0, total: 0 });
    try {
      const { csv, count } = await exportCoveragesCsv(
        environment,
        view,
        vocabulary,
        (done, total) => setProgress({ done, total }),
        controller.current.signal,
      );
      downloadText(csv, `security-coverages-${new Date().toISOString().slice(0, 10)}.csv`);
      setMessage({ severity: 'success', text: t('list.export.done', { count }) });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setMessage({
          severity: 'error',
          text: t('list.export.failed', { reason: describe(error) }),
        });
      }
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      {progress ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 240 }}>
          <Box sx={{ flexGrow: 1 }}>
            <LinearProgress
              variant={progress.total ? 'determinate' : 'indeterminate'}
              value={progress.total ? (progress.done / progress.total) * 100 : 0}
            />
            <Box role="status" sx={{ fontSize: 12, color: 'text.secondary' }}>
              {t('list.export.progress', { done: progress.done, total: progress.total })}
            </Box>
          </Box>
          <Button size="small" onClick={() => controller.current?.abort()}>
            {t('list.export.cancel')}
          </Button>
        </Box>
      ) : (
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void start()}>
          {t('list.export')}
        </Button>
      )}
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
        {message ? (
          <Alert severity={message.severity} onClose={() => setMessage(null)} variant="filled">
            {message.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}

import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import CloseIcon from '@mui/icons-material/Close';
import { useT } from '../i18n/useT';
import type { ExportProgress, ExportTask } from './useExportTask';

/**
 * Where an export is started: `children` (its button) while idle, a progress bar with its text and Cancel while it
 * runs; the outcome is announced in a snackbar.
 */
export function ExportStatus({
  task,
  progressText,
  cancelLabel,
  children,
}: {
  task: ExportTask;
  progressText: (progress: ExportProgress) => string;
  cancelLabel: string;
  children: ReactNode;
}) {
  const t = useT();
  const { progress, message } = task;
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
              {progressText(progress)}
            </Box>
          </Box>
          <Button size="small" onClick={task.cancel}>
            {cancelLabel}
          </Button>
        </Box>
      ) : (
        children
      )}
      {/* A failure stays until the analyst acts on it: Retry, or close. */}
      <Snackbar
        open={message !== null}
        autoHideDuration={message?.severity === 'error' ? null : 6000}
        onClose={task.dismiss}
      >
        {message ? (
          <Alert
            severity={message.severity}
            onClose={task.dismiss}
            variant="filled"
            role={message.severity === 'error' ? 'alert' : 'status'}
            action={
              message.severity === 'error' ? (
                <>
                  <Button color="inherit" size="small" onClick={() => void task.retry()}>
                    {t('error.retry')}
                  </Button>
                  <IconButton
                    color="inherit"
                    size="small"
                    aria-label={t('common.close')}
                    onClick={task.dismiss}
                  >
                    <CloseIcon fontSize="small" />
                  </IconButton>
                </>
              ) : undefined
            }
          >
            {message.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}

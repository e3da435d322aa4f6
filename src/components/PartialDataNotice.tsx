import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useT } from '../i18n/useT';

/**
 * Says that OpenCTI answered only in part (some fields came back empty with errors), with OpenCTI's words and a
 * Retry, above what could be shown. Nothing when no answer was incomplete.
 */
export function PartialDataNotice({
  failures,
  onRetry,
}: {
  /** The incomplete answers, each with OpenCTI's errors. */
  failures: readonly { errors: readonly { message: string }[] }[];
  onRetry: () => void;
}) {
  const t = useT();
  const messages = failures.flatMap((failure) => failure.errors.map((error) => error.message));
  if (messages.length === 0) return null;
  return (
    <Alert
      severity="warning"
      variant="outlined"
      role="alert"
      action={
        <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry}>
          {t('error.retry')}
        </Button>
      }
      sx={{ mb: 2 }}
    >
      <AlertTitle>{t('error.partial.title')}</AlertTitle>
      {t('error.partial', { message: [...new Set(messages)].join('; ') })}
    </Alert>
  );
}

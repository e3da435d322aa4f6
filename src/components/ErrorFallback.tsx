import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import RefreshIcon from '@mui/icons-material/Refresh';
import { isApiError } from '../relay/errors';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages/en';

/** Says what went wrong in words an analyst can act on, never a blank page. */
export function useDescribeError() {
  const t = useT();
  return (error: unknown): string => {
    if (isApiError(error)) {
      const key = `error.${error.kind}` as MessageKey;
      return t(key, { status: error.status ?? '', message: error.message });
    }
    return t('error.unknown', { message: error instanceof Error ? error.message : String(error) });
  };
}

export function ErrorFallback({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const t = useT();
  const describe = useDescribeError();
  return (
    <Alert
      severity="error"
      variant="outlined"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
      sx={{ my: 2 }}
    >
      <AlertTitle>{title ?? t('error.title')}</AlertTitle>
      {describe(error)}
    </Alert>
  );
}

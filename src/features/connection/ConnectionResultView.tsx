import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useT } from '../../i18n/useT';
import type { ConnectionResult } from './testConnection';

/** What "Test connection" found: who is signed in and what they may do, or what failed and how to fix it. */
export function ConnectionResultView({ result }: { result: ConnectionResult }) {
  const t = useT();
  if (!result.ok) {
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>{t('connection.failed')}</AlertTitle>
        {t(`connection.problem.${result.problem}`)}
      </Alert>
    );
  }
  return (
    <Alert severity={result.access === 'full' ? 'success' : 'warning'} role="status">
      <AlertTitle>
        {t('connection.ok', {
          user: result.user,
          version: result.version ?? t('connection.versionUnknown'),
        })}
      </AlertTitle>
      {t(`connection.access.${result.access}`)}{' '}
      {result.openaevUrl
        ? t('connection.openaev', { url: result.openaevUrl })
        : t('connection.openaev.none')}
    </Alert>
  );
}

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useT } from '../i18n/useT';

interface Props {
  /** Shown after a submit attempt with invalid fields. */
  fixErrors: string | null;
  /** Shown, as an alert, when the server refused the request. */
  failure: string | null;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
}

/** The end of a drawer form: what went wrong, then Cancel and the submit button (both disabled while sending). */
export function FormFooter({ fixErrors, failure, busy, submitLabel, busyLabel, onCancel }: Props) {
  const t = useT();
  return (
    <>
      {fixErrors ? <Alert severity="error">{fixErrors}</Alert> : null}
      {failure ? (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </Button>
      </Box>
    </>
  );
}

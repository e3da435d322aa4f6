import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useDescribeError } from '../../components/ErrorFallback';
import { useT } from '../../i18n/useT';
import { useDeleteCoverageMutation } from './DeleteCoverageMutation';

interface Props {
  id: string;
  name: string;
  onClose: () => void;
  onDeleted: () => void;
}

/** Names the coverage, says what goes with it, deletes once (no double submit) and explains a failure. */
export function DeleteCoverageDialog({ id, name, onClose, onDeleted }: Props) {
  const t = useT();
  const describe = useDescribeError();
  const [remove] = useDeleteCoverageMutation();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const sending = useRef(false);

  const run = async () => {
    if (sending.current) return;
    sending.current = true;
    setRunning(true);
    setError(null);
    try {
      await remove(id);
      onDeleted();
    } catch (failure) {
      setError(failure);
      setRunning(false);
    } finally {
      sending.current = false;
    }
  };

  return (
    <Dialog
      open
      onClose={() => !running && onClose()}
      aria-labelledby="delete-coverage-title"
      aria-describedby="delete-coverage-body"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="delete-coverage-title">{t('coverage.delete.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="delete-coverage-body">
          {t('coverage.delete.body', { name })}
        </DialogContentText>
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('coverage.delete.failed', { reason: describe(error) })}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={running}>
          {t('common.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={() => void run()} disabled={running}>
          {running ? t('coverage.delete.running') : t('coverage.delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

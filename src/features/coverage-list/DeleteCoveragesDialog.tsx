import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import { useT } from '../../i18n/useT';
import { useDescribeError } from '../../components/ErrorFallback';
import { useDeleteSecurityCoverageMutation } from './DeleteSecurityCoverageMutation';

interface Props {
  items: { id: string; name: string }[];
  connectionId: string;
  onClose: (deleted: string[]) => void;
}

/** Confirms a deletion by naming every coverage, then deletes them one by one and reports any that failed. */
export function DeleteCoveragesDialog({ items, connectionId, onClose }: Props) {
  const t = useT();
  const describe = useDescribeError();
  const [remove] = useDeleteSecurityCoverageMutation();
  const [done, setDone] = useState<string[]>([]);
  const [failures, setFailures] = useState<string[]>([]);
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    setFailures([]);
    const deleted: string[] = [...done];
    const failed: string[] = [];
    for (const item of items.filter((i) => !deleted.includes(i.id))) {
      try {
        await remove(item.id, [connectionId]);
        deleted.push(item.id);
        setDone([...deleted]);
      } catch (error) {
        failed.push(t('list.delete.failed', { name: item.name, reason: describe(error) }));
      }
    }
    setRunning(false);
    if (failed.length === 0) onClose(deleted);
    else setFailures(failed);
  };

  return (
    <Dialog
      open
      onClose={() => !running && onClose(done)}
      aria-labelledby="delete-coverages-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="delete-coverages-title">
        {t('list.delete.title', { count: items.length })}
      </DialogTitle>
      <DialogContent>
        <List
          dense
          aria-label={t('list.delete.title', { count: items.length })}
          sx={{ maxHeight: 240, overflow: 'auto' }}
        >
          {items.map((item) => (
            <ListItem
              key={item.id}
              sx={{ textDecoration: done.includes(item.id) ? 'line-through' : undefined }}
            >
              {item.name}
            </ListItem>
          ))}
        </List>
        <DialogContentText>{t('list.delete.body')}</DialogContentText>
        {running ? (
          <>
            <LinearProgress
              variant="determinate"
              value={(done.length / items.length) * 100}
              sx={{ mt: 2 }}
            />
            <DialogContentText role="status">
              {t('list.delete.progress', { done: done.length, total: items.length })}
            </DialogContentText>
          </>
        ) : null}
        {failures.map((failure) => (
          <Alert key={failure} severity="error" sx={{ mt: 1 }}>
            {failure}
          </Alert>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(done)} disabled={running}>
          {t('common.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={() => void run()} disabled={running}>
          {failures.length > 0 ? t('error.retry') : t('list.delete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

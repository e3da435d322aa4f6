import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import { useDescribeError } from '../../components/ErrorFallback';
import { validateScore } from '../../lib/validation';
import { metricKey, orderMetrics, type Metric, type VocabularyEntry } from '../../lib/scores';
import { useUpdateTestedEntityScoresMutation } from './UpdateTestedEntityScoresMutation';
import { useMetricName } from '../../components/useMetricName';

interface Props {
  relationshipId: string;
  entityName: string;
  metrics: readonly Metric[];
  vocabulary: readonly VocabularyEntry[];
  onClose: () => void;
}

/**
 * Edits one tested entity's scores: the metrics it has, plus those of the coverage_ov vocabulary it lacks. An
 * empty field removes the metric; 0 is a score like any other (never dropped).
 */
export function EditScoresDialog({
  relationshipId,
  entityName,
  metrics,
  vocabulary,
  onClose,
}: Props) {
  const t = useT();
  const displayMetric = useMetricName();
  const describe = useDescribeError();
  const [update, saving] = useUpdateTestedEntityScoresMutation();
  const names = orderMetrics(
    [
      ...metrics,
      ...vocabulary
        .filter((v) => !metrics.some((m) => metricKey(m.coverage_name) === metricKey(v.name)))
        .map((v) => ({ coverage_name: v.name, coverage_score: 0 })),
    ],
    vocabulary,
  ).map((m) => m.coverage_name);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      names.map((name) => {
        const found = metrics.find((m) => metricKey(m.coverage_name) === metricKey(name));
        return [name, found ? String(found.coverage_score) : ''];
      }),
    ),
  );
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errors = Object.fromEntries(
    names.map((name) => {
      const raw = values[name] ?? '';
      return [name, raw.trim() === '' ? null : validateScore(raw)];
    }),
  );
  const valid = names.every((name) => errors[name] === null);

  const save = async () => {
    setSubmitted(true);
    if (!valid) return;
    setFailure(null);
    const next = names.flatMap((name) => {
      const raw = (values[name] ?? '').trim();
      return raw === '' ? [] : [{ coverage_name: name, coverage_score: Number(raw) }];
    });
    try {
      await update(relationshipId, next);
      onClose();
    } catch (error) {
      setFailure(t('result.edit.failed', { reason: describe(error) }));
    }
  };

  return (
    <Dialog
      open
      onClose={() => !saving && onClose()}
      aria-labelledby="edit-scores-title"
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id="edit-scores-title">
        {t('result.edit.title', { name: entityName })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('result.edit.body')}</DialogContentText>
        <Stack spacing={2}>
          {names.map((name) => {
            const error = submitted ? errors[name] : null;
            return (
              <TextField
                key={name}
                size="small"
                label={t('score.label', { metric: displayMetric(name) })}
                value={values[name] ?? ''}
                onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
                error={!!error}
                helperText={
                  error ? t(`validation.${error}` as MessageKey) : t('result.edit.emptyHelp')
                }
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            );
          })}
        </Stack>
        {failure ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {failure}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          {t('result.edit.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

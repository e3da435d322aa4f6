import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { ScoreField } from '../../components/ScoreField';
import { metricDisplayName, orderMetrics, type VocabularyEntry } from '../../lib/scores';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { MetricValue } from './creationForm';

interface Props {
  vocabulary: readonly VocabularyEntry[];
  metrics: Record<string, MetricValue>;
  onChange: (metrics: Record<string, MetricValue>) => void;
  errors: Record<string, string>;
}

/** Which metrics the analyst assesses (the coverage_ov vocabulary, in its order) and a 0–100 score for each. */
export function MetricsFields({ vocabulary, metrics, onChange, errors }: Props) {
  const t = useT();
  const names = orderMetrics(
    vocabulary.map((entry) => ({ coverage_name: entry.name, coverage_score: 0 })),
    vocabulary,
  ).map((m) => m.coverage_name);
  const set = (name: string, change: Partial<MetricValue>) =>
    onChange({ ...metrics, [name]: { selected: false, score: '', ...metrics[name], ...change } });
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="body2" sx={{ mb: 1 }}>
        {t('creation.field.metrics')} *
      </Typography>
      {names.map((name) => {
        const metric = metrics[name];
        const label = metricDisplayName(name);
        const error = errors[`metric:${name}`];
        return (
          <Box key={name} sx={{ mb: 1 }}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={metric?.selected ?? false}
                  onChange={(event) => set(name, { selected: event.target.checked })}
                />
              }
              label={label}
            />
            {metric?.selected ? (
              <Box sx={{ pl: 4 }}>
                <ScoreField
                  metric={label}
                  value={metric.score}
                  onChange={(score) => set(name, { score })}
                  error={error ? t(`validation.${error}` as MessageKey) : undefined}
                />
              </Box>
            ) : null}
          </Box>
        );
      })}
      {errors.metrics ? (
        <FormHelperText error>{t(`validation.${errors.metrics}` as MessageKey)}</FormHelperText>
      ) : null}
    </Box>
  );
}

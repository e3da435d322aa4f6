import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { MetricScore, MetricsFieldset } from '../../components/MetricsFieldset';
import { vocabularyNames, type VocabularyEntry } from '../../lib/scores';
import { useT } from '../../i18n/useT';
import type { MetricValue } from './creationForm';
import { useMetricName } from '../../components/useMetricName';

interface Props {
  vocabulary: readonly VocabularyEntry[];
  metrics: Record<string, MetricValue>;
  onChange: (metrics: Record<string, MetricValue>) => void;
  errors: Record<string, string>;
}

/** Which metrics the analyst assesses (the coverage_ov vocabulary, in its order) and a 0–100 score for each. */
export function MetricsFields({ vocabulary, metrics, onChange, errors }: Props) {
  const t = useT();
  const displayMetric = useMetricName();
  const names = vocabularyNames(vocabulary);
  const set = (name: string, change: Partial<MetricValue>) =>
    onChange({ ...metrics, [name]: { selected: false, score: '', ...metrics[name], ...change } });
  return (
    <MetricsFieldset legend={t('creation.field.metrics')} error={errors.metrics}>
      {names.map((name) => {
        const metric = metrics[name];
        const label = displayMetric(name);
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
                <MetricScore
                  label={label}
                  value={metric.score}
                  onChange={(score) => set(name, { score })}
                  error={errors[`metric:${name}`]}
                />
              </Box>
            ) : null}
          </Box>
        );
      })}
    </MetricsFieldset>
  );
}

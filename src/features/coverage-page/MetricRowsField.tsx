import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { MetricScore, MetricsFieldset } from '../../components/MetricsFieldset';
import { DEFAULT_COVERAGE_VOCABULARY, metricKey, vocabularyNames } from '../../lib/scores';
import { useT } from '../../i18n/useT';
import type { MetricRow } from './updateForm';
import { useMetricName } from '../../components/useMetricName';

interface Props {
  metrics: MetricRow[];
  onChange: (metrics: MetricRow[]) => void;
  errors: Record<string, string>;
}

/** The manual scores: change any, remove any, add the metrics of the coverage_ov vocabulary not yet assessed. */
export function MetricRowsField({ metrics, onChange, errors }: Props) {
  const t = useT();
  const displayMetric = useMetricName();
  const present = new Set(metrics.map((m) => metricKey(m.name)));
  const missing = vocabularyNames(DEFAULT_COVERAGE_VOCABULARY).filter(
    (name) => !present.has(metricKey(name)),
  );
  const setScore = (index: number, score: string) =>
    onChange(metrics.map((m, i) => (i === index ? { ...m, score } : m)));
  return (
    <MetricsFieldset legend={t('coverage.field.metrics')} error={errors.metrics}>
      {metrics.map((metric, index) => {
        const label = displayMetric(metric.name);
        return (
          <Box
            key={metricKey(metric.name)}
            sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1.5 }}
          >
            <Typography variant="body2" sx={{ width: 110, pt: 1, flexShrink: 0 }}>
              {label}
            </Typography>
            <Box sx={{ flexGrow: 1 }}>
              <MetricScore
                label={label}
                value={metric.score}
                onChange={(score) => setScore(index, score)}
                error={errors[`metric:${metric.name}`]}
              />
            </Box>
            <IconButton
              aria-label={t('coverage.field.removeMetric', { metric: label })}
              onClick={() => onChange(metrics.filter((_, i) => i !== index))}
            >
              <DeleteOutlinedIcon />
            </IconButton>
          </Box>
        );
      })}
      {metrics.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('coverage.field.noMetric')}
        </Typography>
      ) : null}
      {missing.length > 0 ? (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {missing.map((name) => (
            <Button
              key={name}
              size="small"
              variant="outlined"
              startIcon={<AddIcon aria-hidden />}
              onClick={() => onChange([...metrics, { name, score: '' }])}
            >
              {t('coverage.field.addMetric', { metric: displayMetric(name) })}
            </Button>
          ))}
        </Box>
      ) : null}
    </MetricsFieldset>
  );
}

import Chip from '@mui/material/Chip';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { styled } from '@mui/material/styles';
import { ScoreGauge } from './ScoreGauge';
import {
  orderMetrics,
  type Metric,
  type VocabularyEntry,
  DEFAULT_COVERAGE_VOCABULARY,
} from '../lib/scores';
import { useT } from '../i18n/useT';
import { useMetricName } from './useMetricName';

const Gauges = styled('span')(({ theme }) => ({
  display: 'flex',
  gap: theme.spacing(0.5),
  flexWrap: 'nowrap',
}));

/**
 * One small gauge per metric, in the coverage_ov vocabulary order; an explicit "No result yet" mark when the
 * coverage has no metric at all (which is not the same as a score of 0).
 */
export function CoverageScores({
  metrics,
  vocabulary = DEFAULT_COVERAGE_VOCABULARY,
  size = 'small',
}: {
  metrics: readonly Metric[] | null | undefined;
  vocabulary?: readonly VocabularyEntry[];
  size?: 'small' | 'medium';
}) {
  const t = useT();
  const displayMetric = useMetricName();
  if (!metrics || metrics.length === 0) {
    return (
      <Chip
        size="small"
        variant="outlined"
        icon={<HourglassEmptyIcon aria-hidden />}
        label={t('metric.noResultYet')}
        sx={{ color: 'text.secondary' }}
      />
    );
  }
  return (
    <Gauges role="group" aria-label={t('metric.scores')}>
      {orderMetrics(metrics, vocabulary).map((metric) => (
        <ScoreGauge
          key={metric.coverage_name}
          label={displayMetric(metric.coverage_name)}
          score={metric.coverage_score}
          size={size}
          noResultLabel={t('metric.noResult')}
        />
      ))}
    </Gauges>
  );
}

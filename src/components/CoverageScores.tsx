import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { ScoreGauge } from './ScoreGauge';
import {
  orderMetrics,
  type Metric,
  type VocabularyEntry,
  DEFAULT_COVERAGE_VOCABULARY,
} from '../lib/scores';
import { useT } from '../i18n/useT';
import { useMetricName } from './useMetricName';

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
    <Box
      role="group"
      aria-label={t('metric.scores')}
      sx={{ display: 'flex', gap: 0.5, flexWrap: 'nowrap' }}
    >
      {orderMetrics(metrics, vocabulary).map((metric) => (
        <ScoreGauge
          key={metric.coverage_name}
          label={displayMetric(metric.coverage_name)}
          score={metric.coverage_score}
          size={size}
          noResultLabel={t('metric.noResult')}
        />
      ))}
    </Box>
  );
}

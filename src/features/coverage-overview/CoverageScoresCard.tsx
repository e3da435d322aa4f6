import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { useT } from '../../i18n/useT';
import type { VocabularyEntry } from '../../lib/scores';
import { orderMetrics } from '../../lib/scores';
import { MetricGauge } from './MetricGauge';
import { OverviewCard } from './OverviewCard';
import type { CoverageScoresCard_coverage$key } from './__generated__/CoverageScoresCard_coverage.graphql';
import { useMetricName } from '../../components/useMetricName';

const fragment = graphql`
  fragment CoverageScoresCard_coverage on SecurityCoverage {
    coverage_information {
      coverage_name
      coverage_score
    }
  }
`;

/** The coverage's averaged scores: one gauge per metric in vocabulary order, or an explicit "no result yet". */
export function CoverageScoresCard({
  coverage,
  vocabulary,
}: {
  coverage: CoverageScoresCard_coverage$key;
  vocabulary: readonly VocabularyEntry[];
}) {
  const data = useFragment(fragment, coverage);
  const t = useT();
  const displayMetric = useMetricName();
  const metrics = orderMetrics(data.coverage_information ?? [], vocabulary);
  return (
    <OverviewCard
      id="overview-scores"
      title={t('overview.scores.title')}
      hint={t('overview.scores.hint')}
    >
      {metrics.length === 0 ? (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 2 }}>
          <HourglassEmptyIcon aria-hidden sx={{ fontSize: 40, color: 'text.secondary' }} />
          <Box>
            <Typography variant="h3" component="p">
              {t('metric.noResultYet')}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('overview.scores.noResultBody')}
            </Typography>
          </Box>
        </Box>
      ) : (
        <Box
          role="group"
          aria-label={t('metric.scores')}
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'space-around', py: 1 }}
        >
          {metrics.map((metric) => (
            <MetricGauge
              key={metric.coverage_name}
              label={displayMetric(metric.coverage_name)}
              score={metric.coverage_score}
            />
          ))}
        </Box>
      )}
    </OverviewCard>
  );
}

import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/useT';
import type { ResultSummary_coverage$key } from './__generated__/ResultSummary_coverage.graphql';

const fragment = graphql`
  fragment ResultSummary_coverage on SecurityCoverage {
    auto_enrichment_disable
  }
`;

interface Props {
  coverageRef: ResultSummary_coverage$key;
  /** All the coverage's rows and its placeholders, whatever the view. */
  counts: { rows: number; placeholders: number };
  /** Rows of the current view (after search and filters). */
  shown: number;
  filtered: boolean;
  /** Set while every page loads for the client-side score filter. */
  loading: { loaded: number; total: number } | null;
}

/** The tab's header: how many tested-entity rows the coverage has, how many are placeholders, and the view's count. */
export function ResultSummary({ coverageRef, counts, shown, filtered, loading }: Props) {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const { rows, placeholders } = counts;
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5 }}>
        <Typography variant="h2">{t('result.title')}</Typography>
        <Chip size="small" label={t('result.count.rows', { count: rows })} />
        <Chip
          size="small"
          variant="outlined"
          color={placeholders > 0 ? 'warning' : 'default'}
          label={t('result.count.placeholders', { count: placeholders })}
        />
        <Chip
          size="small"
          variant="outlined"
          label={
            coverage.auto_enrichment_disable ? t('result.mode.manual') : t('result.mode.automated')
          }
        />
        <Typography variant="body2" color="text.secondary" role="status" sx={{ ml: 'auto' }}>
          {loading
            ? t('result.loadingAll', { loaded: loading.loaded, total: loading.total })
            : filtered
              ? t('result.count.shown', { shown, total: rows })
              : null}
        </Typography>
      </Box>
      {loading ? (
        <LinearProgress
          variant="determinate"
          value={loading.total ? (loading.loaded / loading.total) * 100 : 0}
          sx={{ mt: 1 }}
          aria-label={t('result.loadingAll', { loaded: loading.loaded, total: loading.total })}
        />
      ) : null}
    </Box>
  );
}

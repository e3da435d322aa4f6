import { useState } from 'react';
import { graphql, useFragment } from 'react-relay';
import Alert from '@mui/material/Alert';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import type { VocabularyEntry } from '../../lib/scores';
import {
  buildAttackMatrix,
  type CoveredPattern,
  DEFAULT_KILL_CHAIN,
  killChains,
  matrixMetrics,
} from '../../lib/attackMatrix';
import { metricKey, orderMetrics } from '../../lib/scores';
import { AttackMatrixGrid } from './AttackMatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { OverviewCard } from './OverviewCard';
import { entityAttackPatterns } from './entityAttackPatterns';
import type { AttackMatrixCard_coverage$key } from './__generated__/AttackMatrixCard_coverage.graphql';
import { useMetricName } from '../../components/useMetricName';

const MAX_TESTED = 5000;

const fragment = graphql`
  fragment AttackMatrixCard_coverage on SecurityCoverage {
    id
    objectCovered {
      ...entityAttackPatterns_entity
    }
  }
`;

/**
 * The covered entity's attack patterns by tactic, coloured by one metric's score; placeholders (OpenAEV could not
 * run them) and untested techniques look different. A cell opens its row in the Result tab.
 */
export function AttackMatrixCard({
  coverage,
  tested,
  vocabulary,
}: {
  coverage: AttackMatrixCard_coverage$key;
  /** The tested attack patterns, however the server's generation stores them. */
  tested: { count: number; entities: readonly CoveredPattern[] };
  vocabulary: readonly VocabularyEntry[];
}) {
  const data = useFragment(fragment, coverage);
  const t = useT();
  const displayMetric = useMetricName();
  const covered = tested.entities;
  const patterns = entityAttackPatterns(data.objectCovered);
  const chains = killChains([...patterns, ...covered.flatMap((c) => (c.to ? [c.to] : []))]);
  const chain = chains.includes(DEFAULT_KILL_CHAIN)
    ? DEFAULT_KILL_CHAIN
    : (chains[0] ?? DEFAULT_KILL_CHAIN);
  const columns = buildAttackMatrix(patterns, covered, chain);
  const metrics = orderMetrics(matrixMetrics(columns), vocabulary);
  const [chosen, setChosen] = useState<string | null>(null);
  const metric =
    metrics.find((m) => chosen !== null && metricKey(m.coverage_name) === chosen)?.coverage_name ??
    metrics[0]?.coverage_name ??
    null;
  const cells = new Map(columns.flatMap((c) => c.cells).map((cell) => [cell.id, cell.state]));
  const count = (state: string) => [...cells.values()].filter((s) => s === state).length;
  const total = tested.count;

  return (
    <OverviewCard
      id="overview-matrix"
      title={t('overview.matrix.title')}
      actions={
        metrics.length > 0 ? (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={metric ? metricKey(metric) : null}
            onChange={(_e, value: string | null) => value && setChosen(value)}
            aria-label={t('overview.matrix.metric')}
          >
            {metrics.map((m) => (
              <ToggleButton
                key={m.coverage_name}
                value={metricKey(m.coverage_name)}
                sx={{ textTransform: 'none', py: 0.25 }}
              >
                {displayMetric(m.coverage_name)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        ) : null
      }
    >
      {columns.length === 0 ? (
        <EmptyState title={t('overview.matrix.empty')} body={t('overview.matrix.emptyBody')} />
      ) : (
        <>
          {total > covered.length || total > MAX_TESTED ? (
            <Alert severity="warning" sx={{ mb: 1 }}>
              {t('overview.matrix.truncated', { shown: covered.length, total })}
            </Alert>
          ) : null}
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('overview.matrix.summary', {
              tested: count('tested'),
              placeholders: count('placeholder'),
              untested: count('untested'),
            })}
          </Typography>
          <MatrixLegend metric={metric ? displayMetric(metric) : null} />
          <Typography
            id="overview-matrix-keys"
            variant="caption"
            sx={{ display: 'block', color: 'text.secondary', mb: 1 }}
          >
            {t('overview.matrix.keys')}
          </Typography>
          <AttackMatrixGrid coverageId={data.id} columns={columns} metric={metric} />
        </>
      )}
    </OverviewCard>
  );
}

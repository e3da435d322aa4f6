import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import Grid from '@mui/material/Grid';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useT } from '../../i18n/useT';
import { AttackMatrixCard } from './AttackMatrixCard';
import { CoverageDetailsCard } from './CoverageDetailsCard';
import { CoverageResultsCard } from './CoverageResultsCard';
import { CoverageScoresCard } from './CoverageScoresCard';
import { CoverageValidityCard } from './CoverageValidityCard';
import { TestedEntitiesCard } from './TestedEntitiesCard';
import type { CoverageOverview_coverage$key } from './__generated__/CoverageOverview_coverage.graphql';
import { readCoverageVocabulary } from './coverageVocabulary';
import type { OverviewData } from './overviewData';
import type { CoverageOverview_query$key } from './__generated__/CoverageOverview_query.graphql';

const fragment = graphql`
  fragment CoverageOverview_coverage on SecurityCoverage {
    ...CoverageScoresCard_coverage
    ...CoverageValidityCard_coverage
    ...AttackMatrixCard_coverage
    ...CoverageDetailsCard_coverage
  }
`;

const queryFragment = graphql`
  fragment CoverageOverview_query on Query {
    ...coverageVocabulary_query
  }
`;

function Slot({ md, title, children }: { md: number; title: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, md }}>
      <ErrorBoundary title={title}>{children}</ErrorBoundary>
    </Grid>
  );
}

/** The Overview tab: scores, validity, tested entities, details, results and the ATT&CK matrix; each card can fail alone. */
export function CoverageOverview({
  coverage,
  query,
  results,
}: {
  coverage: CoverageOverview_coverage$key;
  query: CoverageOverview_query$key;
  /** Results, tested entities and attack patterns, read the way the server's generation stores them. */
  results: OverviewData;
}) {
  const data = useFragment(fragment, coverage);
  const vocabulary = readCoverageVocabulary(useFragment(queryFragment, query));
  const t = useT();
  return (
    <Grid container spacing={3}>
      <Slot md={6} title={t('overview.scores.title')}>
        <CoverageScoresCard coverage={data} vocabulary={vocabulary} />
      </Slot>
      <Slot md={6} title={t('overview.validity.title')}>
        <CoverageValidityCard coverage={data} results={results.results} />
      </Slot>
      <Slot md={5} title={t('overview.tested.title')}>
        <TestedEntitiesCard counts={results.tested} />
      </Slot>
      <Slot md={7} title={t('overview.details.title')}>
        <CoverageDetailsCard coverage={data} />
      </Slot>
      <Slot md={12} title={t('overview.results.title')}>
        <CoverageResultsCard results={results.results} vocabulary={vocabulary} />
      </Slot>
      <Slot md={12} title={t('overview.matrix.title')}>
        <AttackMatrixCard coverage={data} tested={results.attackPatterns} vocabulary={vocabulary} />
      </Slot>
    </Grid>
  );
}

import { Suspense } from 'react';
import { graphql } from 'react-relay';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import { useRouteQuery, useRouteShape } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import { CoverageOverview } from '../../features/coverage-overview/CoverageOverview';
import { OverviewSkeleton } from '../../features/coverage-overview/OverviewSkeleton';
import {
  useOverviewDataG1,
  useOverviewDataG2,
  type OverviewData,
} from '../../features/coverage-overview/overviewData';
import { DriftNotice } from '../../features/enrichment/DriftNotice';
import type { CoverageOverviewRouteQuery as G2QueryType } from './__generated__/CoverageOverviewRouteQuery.graphql';
import type { CoverageOverviewRouteG1Query as G1QueryType } from './__generated__/CoverageOverviewRouteG1Query.graphql';
import type { CoverageOverview_coverage$key } from '../../features/coverage-overview/__generated__/CoverageOverview_coverage.graphql';
import type { CoverageOverview_query$key } from '../../features/coverage-overview/__generated__/CoverageOverview_query.graphql';
import type { DriftNotice_coverage$key } from '../../features/enrichment/__generated__/DriftNotice_coverage.graphql';

export const CoverageOverviewRouteQuery = graphql`
  query CoverageOverviewRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      ...CoverageOverview_coverage
      ...DriftNotice_coverage
      ...overviewData_g2
    }
    ...CoverageOverview_query
  }
`;

export const CoverageOverviewRouteG1Query = graphql`
  query CoverageOverviewRouteG1Query($id: String!) {
    securityCoverage(id: $id) {
      id
      ...CoverageOverview_coverage
      ...DriftNotice_coverage
      ...overviewData_g1
    }
    ...CoverageOverview_query
  }
`;

function G2Overview() {
  const data = useRouteQuery<G2QueryType>(CoverageOverviewRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  const results = useOverviewDataG2(data.securityCoverage);
  return <OverviewContent coverage={data.securityCoverage} query={data} results={results} />;
}

function G1Overview() {
  const data = useRouteQuery<G1QueryType>(CoverageOverviewRouteG1Query);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  const results = useOverviewDataG1(data.securityCoverage);
  return <OverviewContent coverage={data.securityCoverage} query={data} results={results} />;
}

function OverviewContent({
  coverage,
  query,
  results,
}: {
  coverage: CoverageOverview_coverage$key & DriftNotice_coverage$key;
  query: CoverageOverview_query$key;
  results: OverviewData;
}) {
  const [, setSearchParams] = useSearchParams();
  // "Retry" opens the Enrichment panel of the page's header, where each connector can be asked again.
  const openEnrichment = () =>
    setSearchParams((params) => {
      params.set('panel', 'enrichment');
      return params;
    });
  return (
    <>
      <Box sx={{ mb: 2 }}>
        <DriftNotice coverage={coverage} tested={results.testedIds} onRetry={openEnrichment} />
      </Box>
      <CoverageOverview coverage={coverage} query={query} results={results} />
    </>
  );
}

/** /dashboard/analyses/security_coverages/:id/overview */
export function CoverageOverviewRoute() {
  const shape = useRouteShape();
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      {shape === 'g2' ? <G2Overview /> : <G1Overview />}
    </Suspense>
  );
}

import { Suspense } from 'react';
import { graphql } from 'react-relay';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import { useRouteQuery } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import { CoverageOverview } from '../../features/coverage-overview/CoverageOverview';
import { OverviewSkeleton } from '../../features/coverage-overview/OverviewSkeleton';
import { DriftNotice } from '../../features/enrichment/DriftNotice';
import type { CoverageOverviewRouteQuery as QueryType } from './__generated__/CoverageOverviewRouteQuery.graphql';

export const CoverageOverviewRouteQuery = graphql`
  query CoverageOverviewRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      ...CoverageOverview_coverage
      ...DriftNotice_coverage
    }
    ...CoverageOverview_query
  }
`;

function OverviewContent() {
  const data = useRouteQuery<QueryType>(CoverageOverviewRouteQuery);
  const [, setSearchParams] = useSearchParams();
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  // "Retry" opens the Enrichment panel of the page's header, where each connector can be asked again.
  const openEnrichment = () =>
    setSearchParams((params) => {
      params.set('panel', 'enrichment');
      return params;
    });
  return (
    <>
      <Box sx={{ mb: 2 }}>
        <DriftNotice coverage={data.securityCoverage} onRetry={openEnrichment} />
      </Box>
      <CoverageOverview coverage={data.securityCoverage} query={data} />
    </>
  );
}

/** /dashboard/analyses/security_coverages/:id/overview */
export function CoverageOverviewRoute() {
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      <OverviewContent />
    </Suspense>
  );
}

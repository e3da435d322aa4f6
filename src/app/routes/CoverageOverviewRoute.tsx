import { Suspense } from 'react';
import { graphql } from 'react-relay';
import type { LoaderFunctionArgs } from 'react-router';
import { useRouteQuery } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import { CoverageOverview } from '../../features/coverage-overview/CoverageOverview';
import { OverviewSkeleton } from '../../features/coverage-overview/OverviewSkeleton';
import type { CoverageOverviewRouteQuery as QueryType } from './__generated__/CoverageOverviewRouteQuery.graphql';

export const CoverageOverviewRouteQuery = graphql`
  query CoverageOverviewRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      ...CoverageOverview_coverage
    }
    ...CoverageOverview_query
  }
`;

export function coverageOverviewVariables({ params }: LoaderFunctionArgs): QueryType['variables'] {
  return { id: params.id ?? '' };
}

function OverviewContent() {
  const data = useRouteQuery<QueryType>(CoverageOverviewRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <CoverageOverview coverage={data.securityCoverage} query={data} />;
}

/** /dashboard/analyses/security_coverages/:id/overview */
export function CoverageOverviewRoute() {
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      <OverviewContent />
    </Suspense>
  );
}

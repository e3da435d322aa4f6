import { graphql } from 'react-relay';
import type { LoaderFunctionArgs } from 'react-router';
import { useRouteQuery } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import type { CoverageOverviewRouteQuery as QueryType } from './__generated__/CoverageOverviewRouteQuery.graphql';

export const CoverageOverviewRouteQuery = graphql`
  query CoverageOverviewRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      description
    }
  }
`;

export function coverageOverviewVariables({ params }: LoaderFunctionArgs): QueryType['variables'] {
  return { id: params.id ?? '' };
}

/** /dashboard/analyses/security_coverages/:id/overview */
export function CoverageOverviewRoute() {
  const data = useRouteQuery<QueryType>(CoverageOverviewRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <div>{data.securityCoverage.description}</div>;
}

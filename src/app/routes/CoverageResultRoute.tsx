import { graphql } from 'react-relay';
import type { LoaderFunctionArgs } from 'react-router';
import { useRouteQuery } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import type { CoverageResultRouteQuery as QueryType } from './__generated__/CoverageResultRouteQuery.graphql';

export const CoverageResultRouteQuery = graphql`
  query CoverageResultRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      name
    }
  }
`;

export function coverageResultVariables({ params }: LoaderFunctionArgs): QueryType['variables'] {
  return { id: params.id ?? '' };
}

/** /dashboard/analyses/security_coverages/:id/result */
export function CoverageResultRoute() {
  const data = useRouteQuery<QueryType>(CoverageResultRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <div>{data.securityCoverage.name}</div>;
}

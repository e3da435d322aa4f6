import { graphql } from 'react-relay';
import { useRouteQuery } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import { CoverageResult } from '../../features/coverage-result/CoverageResult';
import type { CoverageResultRouteQuery as QueryType } from './__generated__/CoverageResultRouteQuery.graphql';

export const CoverageResultRouteQuery = graphql`
  query CoverageResultRouteQuery(
    $id: String!
    $count: Int!
    $search: String
    $orderBy: StixCoreRelationshipsOrdering
    $orderMode: OrderingMode
    $filters: FilterGroup
  ) {
    securityCoverage(id: $id) {
      id
      ...CoverageResult_coverage
    }
    ...CoverageResult_query
      @arguments(
        id: $id
        count: $count
        search: $search
        orderBy: $orderBy
        orderMode: $orderMode
        filters: $filters
      )
  }
`;

/** /dashboard/analyses/security_coverages/:id/result */
export function CoverageResultRoute() {
  const data = useRouteQuery<QueryType>(CoverageResultRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <CoverageResult queryRef={data} coverageRef={data.securityCoverage} />;
}

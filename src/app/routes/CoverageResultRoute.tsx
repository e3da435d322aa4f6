import { graphql } from 'react-relay';
import { useRouteQuery, useRouteShape } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import { CoverageResult } from '../../features/coverage-result/CoverageResult';
import { useResultDataG1, useResultDataG2 } from '../../features/coverage-result/resultData';
import type { CoverageResult_coverage$key } from '../../features/coverage-result/__generated__/CoverageResult_coverage.graphql';
import type { resultData_g1Coverage$key } from '../../features/coverage-result/__generated__/resultData_g1Coverage.graphql';
import type { resultData_g1Rows$key } from '../../features/coverage-result/__generated__/resultData_g1Rows.graphql';
import type { resultData_g2Coverage$key } from '../../features/coverage-result/__generated__/resultData_g2Coverage.graphql';
import type { resultData_g2Rows$key } from '../../features/coverage-result/__generated__/resultData_g2Rows.graphql';
import type { CoverageResultRouteQuery as G2QueryType } from './__generated__/CoverageResultRouteQuery.graphql';
import type { CoverageResultRouteG1Query as G1QueryType } from './__generated__/CoverageResultRouteG1Query.graphql';

/** The Result tab's query on G2 servers: the tested entities hang off the coverage's results. */
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
      ...resultData_g2Coverage
    }
    ...resultData_g2Rows
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

/** The Result tab's query on G1 servers: the tested entities hang off the coverage itself. */
export const CoverageResultRouteG1Query = graphql`
  query CoverageResultRouteG1Query(
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
      ...resultData_g1Coverage
    }
    ...resultData_g1Rows
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

/** The Result tab over a G2 server's data (also used by the embeddable Result table). */
export function G2ResultTab({
  rows,
  coverage,
}: {
  rows: resultData_g2Rows$key;
  coverage: CoverageResult_coverage$key & resultData_g2Coverage$key;
}) {
  return <CoverageResult coverageRef={coverage} data={useResultDataG2(rows, coverage)} />;
}

/** The Result tab over a G1 server's data. */
export function G1ResultTab({
  rows,
  coverage,
}: {
  rows: resultData_g1Rows$key;
  coverage: CoverageResult_coverage$key & resultData_g1Coverage$key;
}) {
  return <CoverageResult coverageRef={coverage} data={useResultDataG1(rows, coverage)} />;
}

function G2Route() {
  const data = useRouteQuery<G2QueryType>(CoverageResultRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <G2ResultTab rows={data} coverage={data.securityCoverage} />;
}

function G1Route() {
  const data = useRouteQuery<G1QueryType>(CoverageResultRouteG1Query);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <G1ResultTab rows={data} coverage={data.securityCoverage} />;
}

/** /dashboard/analyses/security_coverages/:id/result */
export function CoverageResultRoute() {
  return useRouteShape() === 'g2' ? <G2Route /> : <G1Route />;
}

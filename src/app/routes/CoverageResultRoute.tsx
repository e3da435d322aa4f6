import { graphql } from 'react-relay';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { useRouteQuery } from '../../relay/routeQuery';
import { NotFoundError } from '../../lib/notFound';
import { CoverageResult } from '../../features/coverage-result/CoverageResult';
import {
  parseResultView,
  resultQueryVariables,
  serializeResultView,
} from '../../features/coverage-result/resultViewState';
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

/** The tab's variables come from the URL (search, sort, filters), so a shared link or Back shows the same view. */
export function coverageResultVariables({
  params,
  request,
}: LoaderFunctionArgs): QueryType['variables'] {
  return {
    id: params.id ?? '',
    ...resultQueryVariables(parseResultView(new URL(request.url).searchParams)),
  };
}

/**
 * Re-run the tab's query only when its own view (search, sort, filters) changes: other parameters of the page,
 * such as `?panel=enrichment`, leave the table as it is. An explicit revalidation (Retry) of the same URL still runs.
 */
export function shouldRevalidateCoverageResult({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.href === nextUrl.href || currentUrl.pathname !== nextUrl.pathname)
    return defaultShouldRevalidate;
  const view = (url: URL) => serializeResultView(parseResultView(url.searchParams)).toString();
  return view(currentUrl) !== view(nextUrl) ? defaultShouldRevalidate : false;
}

/** /dashboard/analyses/security_coverages/:id/result */
export function CoverageResultRoute() {
  const data = useRouteQuery<QueryType>(CoverageResultRouteQuery);
  if (!data.securityCoverage) throw new NotFoundError('Security-Coverage');
  return <CoverageResult queryRef={data} coverageRef={data.securityCoverage} />;
}

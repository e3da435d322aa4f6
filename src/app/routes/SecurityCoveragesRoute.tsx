import { graphql } from 'react-relay';
import type { LoaderFunctionArgs } from 'react-router';
import { useRouteQuery } from '../../relay/routeQuery';
import { SecurityCoverageList } from '../../features/coverage-list/SecurityCoverageList';
import { AddSecurityCoverageButton } from '../../features/coverage-creation/AddSecurityCoverageButton';
import { parseViewState, queryVariables } from '../../features/coverage-list/listViewState';
import type { SecurityCoveragesRouteQuery as QueryType } from './__generated__/SecurityCoveragesRouteQuery.graphql';

export const SecurityCoveragesRouteQuery = graphql`
  query SecurityCoveragesRouteQuery(
    $count: Int!
    $search: String
    $orderBy: SecurityCoverageOrdering
    $orderMode: OrderingMode
    $filters: FilterGroup
  ) {
    ...SecurityCoverageList_query
      @arguments(
        count: $count
        search: $search
        orderBy: $orderBy
        orderMode: $orderMode
        filters: $filters
      )
  }
`;

/** The list's variables come from the URL, so a shared link or the back button shows the same view. */
export function securityCoveragesVariables({
  request,
}: LoaderFunctionArgs): QueryType['variables'] {
  return queryVariables(parseViewState(new URL(request.url).searchParams));
}

export function SecurityCoveragesRoute() {
  const data = useRouteQuery<QueryType>(SecurityCoveragesRouteQuery);
  return (
    <SecurityCoverageList
      queryRef={data}
      renderAddAction={(connectionId) => <AddSecurityCoverageButton connections={[connectionId]} />}
    />
  );
}

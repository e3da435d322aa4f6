import { Suspense } from 'react';
import { graphql } from 'react-relay';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useRouteQuery } from '../../relay/routeQuery';
import { useT } from '../../i18n/useT';
import type { CoverableEntityType } from '../../lib/entityTypes';
import { CoveredEntityList } from '../../features/covered-entities/CoveredEntityList';
import { listVariables, parseListView } from '../../features/covered-entities/listView';
import type { EntityListRouteQuery as EntityListRouteQueryType } from './__generated__/EntityListRouteQuery.graphql';

export const EntityListRouteQuery = graphql`
  query EntityListRouteQuery(
    $types: [String]
    $search: String
    $count: Int!
    $orderBy: StixCoreObjectsOrdering
    $orderMode: OrderingMode
  ) {
    ...CoveredEntityList_query
      @arguments(
        types: $types
        search: $search
        count: $count
        orderBy: $orderBy
        orderMode: $orderMode
      )
  }
`;

/** The loader's variables for one type's list: the view (search, sort) comes from the URL it is entered with. */
export function entityListVariables(type: CoverableEntityType) {
  return ({ request }: LoaderFunctionArgs): EntityListRouteQueryType['variables'] =>
    listVariables(type, parseListView(new URL(request.url).searchParams));
}

/**
 * A change of search or sort on the same list does not re-run the loader: the list refetches itself in a
 * transition, so its rows stay on screen. Anything else (entering the page, Retry) loads as usual.
 */
export function shouldRevalidateEntityList({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search)
    return false;
  return defaultShouldRevalidate;
}

function EntityListContent({ entityType }: { entityType: CoverableEntityType }) {
  const data = useRouteQuery<EntityListRouteQueryType>(EntityListRouteQuery);
  return <CoveredEntityList entityType={entityType} query={data} />;
}

/** /dashboard/<segment> — the list of one coverable type (Reports, Groupings, Campaigns…). */
export function EntityListRoute({ entityType }: { entityType: CoverableEntityType }) {
  const t = useT();
  return (
    <Suspense fallback={<PageSkeleton rows={10} label={t('entities.list.loading')} />}>
      <EntityListContent entityType={entityType} />
    </Suspense>
  );
}

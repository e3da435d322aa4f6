import { Suspense } from 'react';
import { graphql } from 'react-relay';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useRouteQuery } from '../../relay/routeQuery';
import { useT } from '../../i18n/useT';
import type { CoverableEntityType } from '../../lib/entityTypes';
import { CoveredEntityList } from '../../features/covered-entities/CoveredEntityList';
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

import { useCallback, useEffect, useMemo, useRef, useTransition } from 'react';
import { graphql, usePaginationFragment } from 'react-relay';
import { useSearchParams } from 'react-router';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../components/EmptyState';
import { EntityTypeIcon } from '../../components/EntityTypeIcon';
import type { CoverableEntityType } from '../../lib/entityTypes';
import { useT } from '../../i18n/useT';
import { CoveredEntityRow } from './CoveredEntityRow';
import { CoveredEntityTable } from './CoveredEntityTable';
import { LoadMore } from './LoadMore';
import { SearchField } from '../../components/SearchField';
import {
  defaultOrderMode,
  parseListView,
  viewKey,
  viewVariables,
  writeListView,
  type SortField,
} from './listView';
import { LIST_TITLE } from './typeMessages';
import type { CoveredEntityListPaginationQuery } from './__generated__/CoveredEntityListPaginationQuery.graphql';
import type { CoveredEntityList_query$key } from './__generated__/CoveredEntityList_query.graphql';

const fragment = graphql`
  fragment CoveredEntityList_query on Query
  @refetchable(queryName: "CoveredEntityListPaginationQuery")
  @argumentDefinitions(
    types: { type: "[String]" }
    search: { type: "String" }
    count: { type: "Int", defaultValue: 25 }
    cursor: { type: "ID" }
    orderBy: { type: "StixCoreObjectsOrdering", defaultValue: created }
    orderMode: { type: "OrderingMode", defaultValue: desc }
  ) {
    stixCoreObjects(
      types: $types
      search: $search
      first: $count
      after: $cursor
      orderBy: $orderBy
      orderMode: $orderMode
    ) @connection(key: "CoveredEntityList_stixCoreObjects") {
      pageInfo {
        globalCount
      }
      edges {
        node {
          id
          ...CoveredEntityRow_entity
        }
      }
    }
  }
`;

/**
 * The list of one coverable type: search, server-side sort and cursor pagination. The URL holds the view (search,
 * sort); when it changes, the list refetches in a transition so the rows on screen stay until the new ones arrive.
 */
export function CoveredEntityList({
  entityType,
  query,
}: {
  entityType: CoverableEntityType;
  query: CoveredEntityList_query$key;
}) {
  const t = useT();
  const { data, refetch, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    CoveredEntityListPaginationQuery,
    CoveredEntityList_query$key
  >(fragment, query);
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseListView(searchParams), [searchParams]);
  const [isPending, startTransition] = useTransition();
  // The route's loader fetched the view of the URL it was entered with; later URL changes refetch here.
  const fetched = useRef(viewKey(view));
  useEffect(() => {
    const key = viewKey(view);
    if (fetched.current === key) return;
    fetched.current = key;
    startTransition(() => {
      refetch(viewVariables(view));
    });
  }, [view, refetch]);

  const onSearch = useCallback(
    (search: string) =>
      setSearchParams((prev) => writeListView({ ...parseListView(prev), search }, prev), {
        replace: true,
      }),
    [setSearchParams],
  );
  const onSort = (field: SortField) => {
    const orderMode =
      view.sortBy === field ? (view.orderMode === 'asc' ? 'desc' : 'asc') : defaultOrderMode(field);
    setSearchParams((prev) => writeListView({ ...view, sortBy: field, orderMode }, prev));
  };

  const connection = data.stixCoreObjects;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.pageInfo.globalCount ?? 0;
  const title = t(LIST_TITLE[entityType]);
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <EntityTypeIcon type={entityType} />
        <Typography variant="h1">{title}</Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('entities.list.count', { count: total })}
        </Typography>
      </Box>
      <Box sx={{ mb: 2 }}>
        <SearchField value={view.search} onSearch={onSearch} label={t('entities.list.search')} />
      </Box>
      {rows.length === 0 ? (
        view.search ? (
          <EmptyState
            title={t('entities.list.noMatch.title')}
            body={t('entities.list.noMatch.body', { search: view.search })}
          />
        ) : (
          <EmptyState title={t('entities.list.empty.title')} body={t('entities.list.empty.body')} />
        )
      ) : (
        <CoveredEntityTable label={title} view={view} onSort={onSort} busy={isPending}>
          {rows.map((row) => (
            <CoveredEntityRow key={row.id} entity={row} />
          ))}
        </CoveredEntityTable>
      )}
      <LoadMore
        shown={rows.length}
        total={total}
        hasNext={hasNext}
        isLoadingNext={isLoadingNext}
        loadNext={loadNext}
      />
    </Box>
  );
}

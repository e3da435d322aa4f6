import { lazy, Suspense, useState, type ReactNode } from 'react';
import { graphql, usePaginationFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import SecurityIcon from '@mui/icons-material/Security';
import DeleteIcon from '@mui/icons-material/Delete';
import { EmptyState } from '../../components/EmptyState';
import { useCan } from '../../components/Capabilities';
import { useT } from '../../i18n/useT';
import { DEFAULT_COVERAGE_VOCABULARY } from '../../lib/scores';
import { ExportCsvButton } from './ExportCsvButton';
import { ListTableHead } from './ListTableHead';
import { ListToolbar } from './ListToolbar';
import { SecurityCoverageListRow } from './SecurityCoverageListRow';
import { isFiltered, PAGE_SIZE } from './listViewState';
import { useListViewState } from './useListViewState';
import type { SecurityCoverageList_query$key } from './__generated__/SecurityCoverageList_query.graphql';
import type { SecurityCoverageListPaginationQuery } from './__generated__/SecurityCoverageListPaginationQuery.graphql';

/** The confirmation of a deletion loads when first needed: the list's first load does without it. */
const DeleteCoveragesDialog = lazy(async () => ({
  default: (await import('./DeleteCoveragesDialog')).DeleteCoveragesDialog,
}));

const fragment = graphql`
  fragment SecurityCoverageList_query on Query
  @refetchable(queryName: "SecurityCoverageListPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 25 }
    cursor: { type: "ID" }
    search: { type: "String" }
    orderBy: { type: "SecurityCoverageOrdering", defaultValue: created }
    orderMode: { type: "OrderingMode", defaultValue: desc }
    filters: { type: "FilterGroup" }
  ) {
    securityCoverages(
      first: $count
      after: $cursor
      search: $search
      orderBy: $orderBy
      orderMode: $orderMode
      filters: $filters
    ) @connection(key: "SecurityCoverageList_securityCoverages") {
      __id
      pageInfo {
        globalCount
      }
      edges {
        node {
          id
          name
          ...SecurityCoverageListRow_coverage
        }
      }
    }
    vocabularies(category: coverage_ov) {
      edges {
        node {
          name
          order
        }
      }
    }
    ...ListToolbar_query
  }
`;

interface Props {
  queryRef: SecurityCoverageList_query$key;
  /** The "Add Security Coverage" control, given the list's connection so a new coverage appears at the top. */
  renderAddAction?: (connectionId: string) => ReactNode;
}

/** Cells denser than a small MUI table's (8 px sides, 16 px at the row's ends), so every column fits 1440 px. */
const DENSE_CELLS = {
  '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox)': { px: 1 },
  '& .MuiTableCell-root:not(.MuiTableCell-paddingCheckbox):first-of-type': { pl: 2 },
  '& .MuiTableCell-root:last-of-type': { pr: 2 },
} as const;

/** Analyses > Security Coverages: the server-side searched, sorted, filtered and paginated list. */
export function SecurityCoverageList({ queryRef, renderAddAction }: Props) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    SecurityCoverageListPaginationQuery,
    SecurityCoverageList_query$key
  >(fragment, queryRef);
  const [view, setView] = useListViewState();
  const t = useT();
  const canDelete = useCan('KNOWLEDGE_KNUPDATE_KNDELETE');
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const connection = data.securityCoverages;
  const edges = connection?.edges ?? [];
  const total = connection?.pageInfo.globalCount ?? 0;
  const vocabulary = data.vocabularies?.edges.length
    ? data.vocabularies.edges.map((e) => ({ name: e.node.name, order: e.node.order }))
    : DEFAULT_COVERAGE_VOCABULARY;
  const connectionId = connection?.__id ?? '';

  const toggle = (id: string, name: string) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(id)) next.delete(id);
      else next.set(id, name);
      return next;
    });
  const allSelected = edges.length > 0 && edges.every((e) => selected.has(e.node.id));
  const toggleAll = () =>
    setSelected(allSelected ? new Map() : new Map(edges.map((e) => [e.node.id, e.node.name])));

  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="h1">{t('list.title')}</Typography>
        <Typography variant="body2" color="text.secondary" role="status">
          {t('list.count', { count: total })}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        {renderAddAction?.(connectionId)}
      </Box>
      <ListToolbar
        queryRef={data}
        view={view}
        onChange={setView}
        actions={
          <>
            {canDelete && selected.size > 0 ? (
              <Button
                color="error"
                variant="outlined"
                startIcon={<DeleteIcon />}
                onClick={() => setConfirming(true)}
              >
                {t('list.delete')} ({t('list.selected', { count: selected.size })})
              </Button>
            ) : null}
            <ExportCsvButton view={view} vocabulary={vocabulary} />
          </>
        }
      />
      {edges.length === 0 ? (
        <Paper variant="outlined">
          <EmptyState
            icon={<SecurityIcon />}
            title={isFiltered(view) ? t('list.empty.filteredTitle') : t('list.empty.title')}
            body={isFiltered(view) ? t('list.empty.filteredBody') : t('list.empty.body')}
          />
        </Paper>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('list.title')} sx={DENSE_CELLS}>
            <ListTableHead
              sortBy={view.sortBy}
              orderAsc={view.orderAsc}
              onSort={(key) =>
                setView({
                  sortBy: key,
                  orderAsc: key === view.sortBy ? !view.orderAsc : key === 'name',
                })
              }
              selection={
                canDelete
                  ? { all: allSelected, some: selected.size > 0, onToggleAll: toggleAll }
                  : undefined
              }
            />
            <TableBody>
              {edges.map((edge) => (
                <SecurityCoverageListRow
                  key={edge.node.id}
                  coverageRef={edge.node}
                  vocabulary={vocabulary}
                  selectable={canDelete}
                  selected={selected.has(edge.node.id)}
                  onToggle={toggle}
                />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2, py: 2 }}>
        {edges.length > 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('list.showing', { shown: edges.length, total })}
          </Typography>
        ) : null}
        {hasNext ? (
          <Button variant="outlined" disabled={isLoadingNext} onClick={() => loadNext(PAGE_SIZE)}>
            {isLoadingNext ? t('list.loadingMore') : t('list.loadMore')}
          </Button>
        ) : null}
      </Box>
      {confirming ? (
        <Suspense fallback={null}>
          <DeleteCoveragesDialog
            items={[...selected].map(([id, name]) => ({ id, name }))}
            connectionId={connectionId}
            onClose={(deleted) => {
              setConfirming(false);
              setSelected(
                (current) => new Map([...current].filter(([id]) => !deleted.includes(id))),
              );
            }}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}

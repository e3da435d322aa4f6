import { useMemo } from 'react';
import { graphql, useFragment, usePaginationFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { EmptyState } from '../../components/EmptyState';
import { ErrorFallback } from '../../components/ErrorFallback';
import { useCan } from '../../components/Capabilities';
import { useT } from '../../i18n/useT';
import { DEFAULT_COVERAGE_VOCABULARY } from '../../lib/scores';
import { ResultSummary } from './ResultSummary';
import { ResultToolbar } from './ResultToolbar';
import { ResultTable } from './ResultTable';
import { ResultRow, ROW_HEIGHT, type CoverageContext } from './ResultRow';
import { ExportMenu } from './ExportMenu';
import { isResultFiltered, matchesScoreBelow } from './resultViewState';
import { useResultPages } from './useResultPages';
import { useResultViewState } from './useResultViewState';
import type { CoverageResult_query$key } from './__generated__/CoverageResult_query.graphql';
import type { CoverageResult_coverage$key } from './__generated__/CoverageResult_coverage.graphql';
import type { CoverageResultPaginationQuery } from './__generated__/CoverageResultPaginationQuery.graphql';

const queryFragment = graphql`
  fragment CoverageResult_query on Query
  @refetchable(queryName: "CoverageResultPaginationQuery")
  @argumentDefinitions(
    id: { type: "String!" }
    count: { type: "Int", defaultValue: 100 }
    cursor: { type: "ID" }
    search: { type: "String" }
    orderBy: { type: "StixCoreRelationshipsOrdering", defaultValue: created_at }
    orderMode: { type: "OrderingMode", defaultValue: desc }
    filters: { type: "FilterGroup" }
  ) {
    securityCoverage(id: $id) {
      id
      stixCoreRelationshipsFromResults(
        first: $count
        after: $cursor
        relationship_type: "has-covered"
        search: $search
        orderBy: $orderBy
        orderMode: $orderMode
        filters: $filters
      ) @connection(key: "CoverageResult_stixCoreRelationshipsFromResults") {
        pageInfo {
          globalCount
        }
        edges {
          node {
            id
            coverage_information {
              coverage_score
            }
            ...ResultRow_relationship
          }
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
  }
`;

const coverageFragment = graphql`
  fragment CoverageResult_coverage on SecurityCoverage {
    id
    name
    auto_enrichment_disable
    ...ResultSummary_coverage
    ...ResultToolbar_coverage
    ...ExportMenu_coverage
  }
`;

interface Props {
  queryRef: CoverageResult_query$key;
  coverageRef: CoverageResult_coverage$key;
}

/** The Result tab: every tested entity of every result, searched, sorted and filtered on the server. */
export function CoverageResult({ queryRef, coverageRef }: Props) {
  const { data, loadNext, hasNext, isLoadingNext } = usePaginationFragment<
    CoverageResultPaginationQuery,
    CoverageResult_query$key
  >(queryFragment, queryRef);
  const coverage = useFragment(coverageFragment, coverageRef);
  const [view, setView] = useResultViewState();
  const t = useT();
  const canEdit = useCan('KNOWLEDGE_KNUPDATE') && coverage.auto_enrichment_disable === true;
  const connection = data.securityCoverage?.stixCoreRelationshipsFromResults;
  const total = connection?.pageInfo.globalCount ?? 0;
  const vocabulary = useMemo(
    () =>
      data.vocabularies?.edges.length
        ? data.vocabularies.edges.map((e) => ({ name: e.node.name, order: e.node.order }))
        : DEFAULT_COVERAGE_VOCABULARY,
    [data.vocabularies],
  );
  const edges = useMemo(() => connection?.edges ?? [], [connection]);
  // "Score below" has no server filter key: it is applied here, once every page is loaded (see resultViewState).
  const rows = useMemo(
    () =>
      view.below === null
        ? edges
        : edges.filter((e) => matchesScoreBelow(e.node.coverage_information, view.below)),
    [edges, view.below],
  );
  const context: CoverageContext = useMemo(
    () => ({ id: coverage.id, manual: coverage.auto_enrichment_disable === true, canEdit }),
    [coverage.id, coverage.auto_enrichment_disable, canEdit],
  );
  const loadingAll = view.below !== null && hasNext;
  const pages = useResultPages(loadNext, hasNext, isLoadingNext, view.below !== null);

  return (
    <Box data-testid="security-coverage-result-page">
      <ResultSummary
        coverageRef={coverage}
        shown={view.below === null ? total : rows.length}
        filtered={isResultFiltered(view)}
        loading={loadingAll ? { loaded: edges.length, total } : null}
      />
      <ResultToolbar
        view={view}
        onChange={setView}
        coverageRef={coverage}
        actions={<ExportMenu coverageRef={coverage} view={view} vocabulary={vocabulary} />}
      />
      {rows.length === 0 && !loadingAll ? (
        <Paper variant="outlined">
          <EmptyState
            icon={<FactCheckIcon />}
            title={
              isResultFiltered(view) ? t('result.empty.filteredTitle') : t('result.empty.title')
            }
            body={isResultFiltered(view) ? t('result.empty.filteredBody') : t('result.empty.body')}
          />
        </Paper>
      ) : (
        <ResultTable
          rows={rows}
          rowCount={view.below === null ? total : loadingAll ? -1 : rows.length}
          hasNext={hasNext && view.below === null}
          isLoadingNext={isLoadingNext}
          onLoadMore={pages.loadMore}
          resetKey={JSON.stringify(view)}
          view={view}
          onSort={(key) =>
            setView({
              sortBy: key,
              orderAsc: key === view.sortBy ? !view.orderAsc : key === 'toName',
            })
          }
          rowHeight={ROW_HEIGHT}
          withActions={canEdit}
          renderRow={(row, rowIndex) => (
            <ResultRow
              key={row.node.id}
              relationshipRef={row.node}
              rowIndex={rowIndex}
              coverage={context}
              vocabulary={vocabulary}
            />
          )}
        />
      )}
      {pages.error ? (
        <ErrorFallback error={pages.error} onRetry={pages.retry} title={t('result.pageFailed')} />
      ) : null}
    </Box>
  );
}

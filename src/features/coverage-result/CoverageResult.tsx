import { useMemo } from 'react';
import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { EmptyState } from '../../components/EmptyState';
import { ErrorFallback } from '../../components/ErrorFallback';
import { useCan } from '../../components/Capabilities';
import { useT } from '../../i18n/useT';
import { ResultSummary } from './ResultSummary';
import { ResultToolbar } from './ResultToolbar';
import { ResultTable } from './ResultTable';
import { ResultRow, ROW_HEIGHT, type CoverageContext } from './ResultRow';
import { ExportMenu } from './ExportMenu';
import { isResultFiltered, matchesScoreBelow } from './resultViewState';
import type { ResultData } from './resultData';
import { useResultPages } from './useResultPages';
import { useResultViewState } from './useResultViewState';
import type { CoverageResult_coverage$key } from './__generated__/CoverageResult_coverage.graphql';

const coverageFragment = graphql`
  fragment CoverageResult_coverage on SecurityCoverage {
    id
    name
    auto_enrichment_disable
    ...ResultSummary_coverage
    ...ExportMenu_coverage
  }
`;

interface Props {
  coverageRef: CoverageResult_coverage$key;
  /** The rows and counts, read the way the server's generation stores them (see resultData). */
  data: ResultData;
}

/** The Result tab: every tested entity of every result, searched, sorted and filtered on the server. */
export function CoverageResult({ coverageRef, data }: Props) {
  const { edges, total, loadNext, hasNext, isLoadingNext, vocabulary, counts, types } = data;
  const coverage = useFragment(coverageFragment, coverageRef);
  const [view, setView] = useResultViewState();
  const t = useT();
  const canEdit = useCan('KNOWLEDGE_KNUPDATE') && coverage.auto_enrichment_disable === true;
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
        counts={counts}
        shown={view.below === null ? total : rows.length}
        filtered={isResultFiltered(view)}
        loading={loadingAll ? { loaded: edges.length, total } : null}
      />
      <ResultToolbar
        view={view}
        onChange={setView}
        types={types}
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
              source={row.source}
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

/**
 * `npm run bench`'s baseline: the Result tab's 5,000 rows of the scale coverage in a plain MUI table that renders
 * every row. Same data (the same in-browser mock on the scale seed, the same Relay query and fragments), same row
 * component (ResultRow: the same MUI cells) and same table chrome as the Result tab; only the virtualization
 * differs. The table renders once every page has arrived, as a plain table needs every row.
 */
import { Suspense, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useFragment, useLazyLoadQuery } from 'react-relay';
import CssBaseline from '@mui/material/CssBaseline';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import { startDemo } from '../../../mocks/browser';
import { SEED } from '../../../mocks/seed/ids';
import { defaultConfig } from '../../../src/config/appConfig';
import { createAppEnvironment } from '../../../src/relay/appEnvironment';
import { EmbedProviders } from '../../../src/embed/EmbedProviders';
import { EmbedCapabilities } from '../../../src/embed/EmbedCapabilities';
import { useCan } from '../../../src/components/Capabilities';
import { ResultRow } from '../../../src/features/coverage-result/ResultRow';
import { ResultTableHead } from '../../../src/features/coverage-result/ResultTableHead';
import {
  DEFAULT_RESULT_VIEW,
  RESULT_BULK_PAGE_SIZE,
  resultQueryVariables,
} from '../../../src/features/coverage-result/resultViewState';
import CoverageResultRouteQuery, {
  type CoverageResultRouteQuery as RouteQueryType,
} from '../../../src/app/routes/__generated__/CoverageResultRouteQuery.graphql';
import { useResultDataG2 } from '../../../src/features/coverage-result/resultData';
import type { resultData_g2Rows$key } from '../../../src/features/coverage-result/__generated__/resultData_g2Rows.graphql';
import type { resultData_g2Coverage$key } from '../../../src/features/coverage-result/__generated__/resultData_g2Coverage.graphql';
import CoverageResultCoverageFragment, {
  type CoverageResult_coverage$key,
} from '../../../src/features/coverage-result/__generated__/CoverageResult_coverage.graphql';

function PlainTable({
  queryRef,
  coverageRef,
  countsRef,
}: {
  queryRef: resultData_g2Rows$key;
  coverageRef: CoverageResult_coverage$key;
  countsRef: resultData_g2Coverage$key;
}) {
  const { edges, total, loadNext, hasNext, isLoadingNext, vocabulary } = useResultDataG2(
    queryRef,
    countsRef,
  );
  const coverage = useFragment(CoverageResultCoverageFragment, coverageRef);
  const canEdit = useCan('KNOWLEDGE_KNUPDATE') && coverage.auto_enrichment_disable === true;
  useEffect(() => {
    if (hasNext && !isLoadingNext) loadNext(RESULT_BULK_PAGE_SIZE);
  }, [hasNext, isLoadingNext, loadNext]);
  const context = useMemo(
    () => ({ id: coverage.id, manual: coverage.auto_enrichment_disable === true, canEdit }),
    [coverage.id, coverage.auto_enrichment_disable, canEdit],
  );
  if (hasNext || edges.length === 0) return <p role="status">Loading every page…</p>;
  return (
    <Paper variant="outlined">
      <TableContainer sx={{ maxHeight: '70vh', minHeight: 240 }}>
        <Table
          stickyHeader
          size="small"
          aria-label="Plain table"
          aria-rowcount={total + 1}
          sx={{ tableLayout: 'fixed', minWidth: 960 }}
        >
          <ResultTableHead
            withActions={canEdit}
            sortBy={DEFAULT_RESULT_VIEW.sortBy}
            orderAsc={DEFAULT_RESULT_VIEW.orderAsc}
            onSort={() => undefined}
          />
          <TableBody>
            {edges.map((edge, index) => (
              <ResultRow
                key={edge.node.id}
                relationshipRef={edge.node}
                source={edge.source}
                rowIndex={index + 2}
                coverage={context}
                vocabulary={vocabulary}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

function Page() {
  const data = useLazyLoadQuery<RouteQueryType>(CoverageResultRouteQuery, {
    id: SEED.scaleCoverage,
    ...resultQueryVariables(DEFAULT_RESULT_VIEW),
    count: RESULT_BULK_PAGE_SIZE,
  });
  if (!data.securityCoverage) return <p role="alert">The scale coverage is missing.</p>;
  return (
    <PlainTable
      queryRef={data}
      coverageRef={data.securityCoverage}
      countsRef={data.securityCoverage}
    />
  );
}

async function boot() {
  await startDemo('scale');
  const environment = createAppEnvironment(defaultConfig(), window.location.origin);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root element');
  createRoot(container).render(
    <EmbedProviders environment={environment} locale="en" theme="dark">
      <CssBaseline enableColorScheme />
      <EmbedCapabilities>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Page />
        </Suspense>
      </EmbedCapabilities>
    </EmbedProviders>,
  );
}

void boot();

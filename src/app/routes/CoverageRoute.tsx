import { Suspense, useCallback, useEffect, useRef } from 'react';
import { commitLocalUpdate, fetchQuery, graphql, useRelayEnvironment } from 'react-relay';
import { Link as RouterLink, Outlet, useLocation, useRevalidator } from 'react-router';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useRouteQuery } from '../../relay/routeQuery';
import { useAppConfig, usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { NotFoundError } from '../../lib/notFound';
import { isAwaitingResults } from '../../lib/coverageStatus';
import { CoverageHeader } from '../../features/coverage-page/CoverageHeader';
import { CoverageActions } from '../../features/coverage-page/CoverageActions';
import { EnrichmentAction } from '../../features/enrichment/EnrichmentAction';
import { usePollWhile } from '../../components/usePollWhile';
import type { CoverageRouteQuery as QueryType } from './__generated__/CoverageRouteQuery.graphql';

export const CoverageRouteQuery = graphql`
  query CoverageRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      name
      auto_enrichment_disable
      # The same window as the Enrichment panel: a Retry there shows here at once, and polling starts.
      jobs(first: 100) {
        id
        status
      }
      results {
        id
        coverage_last_result
      }
      ...CoverageHeader_coverage
      ...CoverageActions_coverage
    }
  }
`;

type Results = NonNullable<QueryType['response']['securityCoverage']>['results'];

const resultsSignature = (results: Results | undefined) =>
  (results ?? []).map((r) => `${r.id}@${r.coverage_last_result ?? ''}`).join('|');

/**
 * While an automated coverage waits for results, polls this route's query with back-off. When a poll brings new
 * results, the coverage is marked stale and the routes reload, so the open tab shows the new results too.
 */
function useLiveCoverage(coverage: NonNullable<QueryType['response']['securityCoverage']>) {
  const environment = useRelayEnvironment();
  const { revalidate } = useRevalidator();
  const { id } = coverage;
  const pending = isAwaitingResults(
    coverage.auto_enrichment_disable !== true,
    coverage.jobs,
    coverage.results,
  );
  const signature = resultsSignature(coverage.results);
  const current = useRef(signature);
  useEffect(() => {
    current.current = signature;
  }, [signature]);
  const poll = useCallback(async () => {
    const before = current.current;
    const data = await fetchQuery<QueryType>(
      environment,
      CoverageRouteQuery,
      { id },
      { fetchPolicy: 'network-only' },
    ).toPromise();
    if (resultsSignature(data?.securityCoverage?.results) === before) return;
    commitLocalUpdate(environment, (store) => store.get(id)?.invalidateRecord());
    await revalidate();
  }, [environment, id, revalidate]);
  usePollWhile(pending, poll);
}

/** /dashboard/analyses/security_coverages/:id — the coverage's header and its "Overview" / "Result" tabs. */
export function CoverageRoute() {
  const data = useRouteQuery<QueryType>(CoverageRouteQuery);
  const coverage = data.securityCoverage;
  if (!coverage) throw new NotFoundError('Security-Coverage');
  return <CoveragePage coverage={coverage} />;
}

function CoveragePage({
  coverage,
}: {
  coverage: NonNullable<QueryType['response']['securityCoverage']>;
}) {
  const paths = usePaths();
  const t = useT();
  const { stuckWorkAfterMinutes } = useAppConfig();
  const { pathname } = useLocation();
  useLiveCoverage(coverage);
  const tab = pathname.endsWith('/result') ? 'result' : 'overview';
  return (
    <Box>
      <CoverageHeader
        coverageRef={coverage}
        actions={
          <>
            {coverage.auto_enrichment_disable ? null : (
              <EnrichmentAction
                coverageId={coverage.id}
                stuckAfterMs={stuckWorkAfterMinutes ? stuckWorkAfterMinutes * 60_000 : undefined}
              />
            )}
            <CoverageActions coverageRef={coverage} />
          </>
        }
      />
      <Tabs
        value={tab}
        aria-label={t('coverage.tabs')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        <Tab
          value="overview"
          label={t('coverage.tab.overview')}
          component={RouterLink}
          to={paths.securityCoverageOverview(coverage.id)}
        />
        <Tab
          value="result"
          label={t('coverage.tab.result')}
          component={RouterLink}
          to={paths.securityCoverageResult(coverage.id)}
        />
      </Tabs>
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
    </Box>
  );
}

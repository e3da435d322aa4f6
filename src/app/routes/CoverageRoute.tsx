import { Suspense, useCallback, useEffect, useRef } from 'react';
import {
  commitLocalUpdate,
  fetchQuery,
  graphql,
  useFragment,
  useRelayEnvironment,
} from 'react-relay';
import type { GraphQLTaggedNode } from 'relay-runtime';
import { Link as RouterLink, Outlet, useLocation, useRevalidator } from 'react-router';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useRouteQuery, useRouteShape } from '../../relay/routeQuery';
import { useAppConfig, usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { NotFoundError } from '../../lib/notFound';
import { isAwaitingResults } from '../../lib/coverageStatus';
import { type CoverageResultEntry, g1CoverageResults } from '../../lib/coverageResults';
import { useG1CoverageResults, useG2CoverageResults } from '../../components/useCoverageResults';
import { CoverageHeader } from '../../features/coverage-page/CoverageHeader';
import { CoverageActions } from '../../features/coverage-page/CoverageActions';
import { EnrichmentAction } from '../../features/enrichment/EnrichmentAction';
import { usePollWhile } from '../../components/usePollWhile';
import type { CoverageRoute_coverage$key } from './__generated__/CoverageRoute_coverage.graphql';
import type { CoverageRouteQuery as G2QueryType } from './__generated__/CoverageRouteQuery.graphql';
import type { CoverageRouteG1Query as G1QueryType } from './__generated__/CoverageRouteG1Query.graphql';

const fragment = graphql`
  fragment CoverageRoute_coverage on SecurityCoverage {
    id
    name
    auto_enrichment_disable
    # The same window as the Enrichment panel: a Retry there shows here at once, and polling starts.
    jobs(first: 100) {
      id
      status
    }
    ...useCoverageResults_coverage
    ...CoverageHeader_coverage
    ...CoverageActions_coverage
  }
`;

/** The route's query on G2 servers: the coverage's results are SecurityCoverageResults. */
export const CoverageRouteQuery = graphql`
  query CoverageRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      ...CoverageRoute_coverage
      results {
        # What tells a poll that a result arrived.
        id
        coverage_last_result
        ...useCoverageResults_g2Results
      }
    }
  }
`;

/** The route's query on G1 servers: the coverage holds its one result itself. */
export const CoverageRouteG1Query = graphql`
  query CoverageRouteG1Query($id: String!) {
    securityCoverage(id: $id) {
      ...CoverageRoute_coverage
      # What tells a poll that a result arrived (the coverage is its own result).
      id
      coverage_last_result
      external_uri
      coverage_information {
        coverage_name
        coverage_score
      }
    }
  }
`;

const resultsSignature = (
  results: readonly { id: string; coverage_last_result?: string | null }[] | null | undefined,
) => (results ?? []).map((r) => `${r.id}@${r.coverage_last_result ?? ''}`).join('|');

/** How the route polls: its query for the server's generation, and the results signature of an answer. */
interface LiveQuery {
  query: GraphQLTaggedNode;
  signatureOf: (response: unknown) => string;
}

const G2_LIVE: LiveQuery = {
  query: CoverageRouteQuery,
  signatureOf: (response) =>
    resultsSignature((response as G2QueryType['response'] | undefined)?.securityCoverage?.results),
};

const G1_LIVE: LiveQuery = {
  query: CoverageRouteG1Query,
  signatureOf: (response) => {
    const coverage = (response as G1QueryType['response'] | undefined)?.securityCoverage;
    return coverage ? resultsSignature(g1CoverageResults(coverage, '')) : '';
  },
};

/**
 * While an automated coverage waits for results, polls this route's query with back-off. When a poll brings new
 * results, the coverage is marked stale and the routes reload, so the open tab shows the new results too.
 */
function useLiveCoverage(
  id: string,
  pending: boolean,
  results: readonly CoverageResultEntry[],
  { query, signatureOf }: LiveQuery,
) {
  const environment = useRelayEnvironment();
  const { revalidate } = useRevalidator();
  const signature = resultsSignature(results);
  const current = useRef(signature);
  useEffect(() => {
    current.current = signature;
  }, [signature]);
  const poll = useCallback(async () => {
    const before = current.current;
    const data = await fetchQuery(
      environment,
      query,
      { id },
      { fetchPolicy: 'network-only' },
    ).toPromise();
    if (signatureOf(data) === before) return;
    commitLocalUpdate(environment, (store) => store.get(id)?.invalidateRecord());
    await revalidate();
  }, [environment, id, query, signatureOf, revalidate]);
  usePollWhile(pending, poll);
}

/** /dashboard/analyses/security_coverages/:id — the coverage's header and its "Overview" / "Result" tabs. */
export function CoverageRoute() {
  return useRouteShape() === 'g2' ? <G2CoverageRoute /> : <G1CoverageRoute />;
}

function G2CoverageRoute() {
  const coverage = useRouteQuery<G2QueryType>(CoverageRouteQuery).securityCoverage;
  if (!coverage) throw new NotFoundError('Security-Coverage');
  const results = useG2CoverageResults(coverage.results);
  return <CoveragePage coverageRef={coverage} results={results} live={G2_LIVE} />;
}

function G1CoverageRoute() {
  const coverage = useRouteQuery<G1QueryType>(CoverageRouteG1Query).securityCoverage;
  if (!coverage) throw new NotFoundError('Security-Coverage');
  return <G1CoveragePage coverageRef={coverage} />;
}

function G1CoveragePage({ coverageRef }: { coverageRef: CoverageRoute_coverage$key }) {
  const coverage = useFragment(fragment, coverageRef);
  const results = useG1CoverageResults(coverage);
  return <CoveragePage coverageRef={coverageRef} results={results} live={G1_LIVE} />;
}

function CoveragePage({
  coverageRef,
  results,
  live,
}: {
  coverageRef: CoverageRoute_coverage$key;
  results: readonly CoverageResultEntry[];
  live: LiveQuery;
}) {
  const coverage = useFragment(fragment, coverageRef);
  const paths = usePaths();
  const t = useT();
  const { stuckWorkAfterMinutes } = useAppConfig();
  const { pathname } = useLocation();
  const automated = coverage.auto_enrichment_disable !== true;
  useLiveCoverage(coverage.id, isAwaitingResults(automated, coverage.jobs, results), results, live);
  const tab = pathname.endsWith('/result') ? 'result' : 'overview';
  return (
    <Box>
      <CoverageHeader
        coverageRef={coverage}
        actions={
          <>
            {automated ? (
              <EnrichmentAction
                coverageId={coverage.id}
                stuckAfterMs={stuckWorkAfterMinutes ? stuckWorkAfterMinutes * 60_000 : undefined}
              />
            ) : null}
            <CoverageActions coverageRef={coverage} results={results} />
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

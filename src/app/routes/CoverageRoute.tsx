import { Suspense } from 'react';
import { graphql } from 'react-relay';
import {
  Link as RouterLink,
  Outlet,
  useLocation,
  useSearchParams,
  type LoaderFunctionArgs,
} from 'react-router';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useRouteQuery } from '../../relay/routeQuery';
import { useAppConfig, usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { NotFoundError } from '../../lib/notFound';
import { EnrichmentPanel } from '../../features/enrichment/EnrichmentPanel';
import type { CoverageRouteQuery as QueryType } from './__generated__/CoverageRouteQuery.graphql';

export const CoverageRouteQuery = graphql`
  query CoverageRouteQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      name
      auto_enrichment_disable
    }
  }
`;

export function coverageVariables({ params }: LoaderFunctionArgs): QueryType['variables'] {
  return { id: params.id ?? '' };
}

/** /dashboard/analyses/security_coverages/:id — the coverage's header and its "Overview" / "Result" tabs. */
export function CoverageRoute() {
  const data = useRouteQuery<QueryType>(CoverageRouteQuery);
  const paths = usePaths();
  const { stuckWorkAfterMinutes } = useAppConfig();
  const t = useT();
  const { pathname } = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const coverage = data.securityCoverage;
  if (!coverage) throw new NotFoundError('Security-Coverage');
  const tab = pathname.endsWith('/result') ? 'result' : 'overview';
  return (
    <Box>
      <Typography variant="h1">{coverage.name}</Typography>
      <Tabs value={tab} sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
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
      {coverage.auto_enrichment_disable ? null : (
        <EnrichmentPanel
          coverageId={coverage.id}
          stuckAfterMs={stuckWorkAfterMinutes ? stuckWorkAfterMinutes * 60_000 : undefined}
          open={searchParams.get('panel') === 'enrichment'}
          onClose={() =>
            setSearchParams((params) => {
              params.delete('panel');
              return params;
            })
          }
        />
      )}
    </Box>
  );
}

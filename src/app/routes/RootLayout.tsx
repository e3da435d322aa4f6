import { Suspense } from 'react';
import { graphql } from 'react-relay';
import { Outlet } from 'react-router';
import Box from '@mui/material/Box';
import { useRouteQuery } from '../../relay/routeQuery';
import { CapabilitiesProvider } from '../../components/Capabilities';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useT } from '../../i18n/useT';
import { AppTopBar } from '../shell/AppTopBar';
import { AppNavigation, NAV_WIDTH } from '../shell/AppNavigation';
import { PageFailures } from './PageFailures';
import type { RootLayoutQuery as RootLayoutQueryType } from './__generated__/RootLayoutQuery.graphql';

export const RootLayoutQuery = graphql`
  query RootLayoutQuery {
    me {
      name
      capabilities {
        name
      }
    }
  }
`;

/** The shell around every page: the top bar (mode, user), the left navigation, and the page itself. */
export function RootLayout() {
  const data = useRouteQuery<RootLayoutQueryType>(RootLayoutQuery);
  const t = useT();
  const capabilities = data.me.capabilities.map((c) => c.name);
  return (
    <CapabilitiesProvider names={capabilities}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, p: 1, bgcolor: 'background.paper' },
        }}
      >
        {t('app.skipToContent')}
      </Box>
      <AppTopBar userName={data.me.name} capabilities={capabilities} />
      <Box sx={{ display: 'flex' }}>
        <AppNavigation />
        <Box
          component="main"
          id="main"
          tabIndex={-1}
          sx={{
            flexGrow: 1,
            minWidth: 0,
            p: 3,
            mt: 8,
            ml: { md: `${NAV_WIDTH}px` },
            outline: 'none',
          }}
        >
          <PageFailures />
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
    </CapabilitiesProvider>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, redirect } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RelayEnvironmentProvider } from 'react-relay';
import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import { createOpenCTIEnvironment, createSecurityCoverageRoutes } from 'security-coverage-console';
import { HostError, NotInThisConsole } from './HostPages';
import { HostLayout } from './HostLayout';
import { ReportPage, reportLoader } from './ReportPage';
import { ReportsPage, reportsLoader } from './ReportsPage';
import { hostTheme } from './theme';
import { COVERAGE_BASE, hostPaths } from './paths';

// The host's Relay environment, pointed at its own origin: /graphql is proxied to OpenCTI with the user's token.
const environment = createOpenCTIEnvironment({ url: window.location.origin });

const router = createBrowserRouter([
  {
    path: '/',
    element: <HostLayout />,
    errorElement: <HostError />,
    hydrateFallbackElement: <LinearProgress aria-label="Loading" />,
    children: [
      { index: true, element: <Navigate to={hostPaths.reports} replace /> },
      { path: hostPaths.reports, loader: reportsLoader, element: <ReportsPage /> },
      { path: `${hostPaths.reports}/:id`, loader: reportLoader, element: <ReportPage /> },
      // The list, a coverage's Overview and its Result tab, under the host's base path.
      ...createSecurityCoverageRoutes({ environment, basePath: COVERAGE_BASE, locale: 'en' }),
      // The library links a coverage to what it covers at OpenCTI-style addresses under the base path: Reports go
      // to the host's own Report page.
      {
        path: `${COVERAGE_BASE}/analyses/reports/:id`,
        loader: ({ params }) => redirect(hostPaths.report(params.id ?? '')),
      },
      { path: '*', element: <NotInThisConsole /> },
    ],
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <RelayEnvironmentProvider environment={environment}>
      <ThemeProvider theme={hostTheme}>
        <CssBaseline />
        <RouterProvider router={router} />
      </ThemeProvider>
    </RelayEnvironmentProvider>
  </StrictMode>,
);

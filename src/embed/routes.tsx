import { Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import type { Environment } from 'relay-runtime';
import { createCoverageRoutes } from '../app/router';
import { RouteErrorBoundary } from '../app/routes/RouteErrorBoundary';
import { PageFailures } from '../app/routes/PageFailures';
import { PageSkeleton } from '../components/PageSkeleton';
import { createPaths } from '../config/paths';
import { EmbedCapabilities } from './EmbedCapabilities';
import { EmbedProviders, type EmbedOptions } from './EmbedProviders';

/**
 * The Security Coverage pages as route objects for a host's data router: the list at
 * `<basePath>/analyses/security_coverages` and a coverage's `/overview` and `/result` tabs. Spread the result
 * among the host's routes (at its root); the loaders start each page's query with `environment`, which should be
 * the host's own when it has one.
 */
export function createSecurityCoverageRoutes({
  environment,
  basePath = '/dashboard',
  locale,
  theme,
}: EmbedOptions & { environment: Environment }): RouteObject[] {
  const paths = createPaths(basePath);
  return [
    {
      path: paths.base,
      element: (
        <EmbedProviders basePath={basePath} environment={environment} locale={locale} theme={theme}>
          <EmbedCapabilities fallback={<PageSkeleton />}>
            <PageFailures />
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </EmbedCapabilities>
        </EmbedProviders>
      ),
      children: [
        {
          errorElement: (
            <EmbedProviders
              basePath={basePath}
              environment={environment}
              locale={locale}
              theme={theme}
            >
              <RouteErrorBoundary />
            </EmbedProviders>
          ),
          children: createCoverageRoutes(environment, paths),
        },
      ],
    },
  ];
}

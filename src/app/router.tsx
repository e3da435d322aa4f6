import { Navigate, type RouteObject } from 'react-router';
import type { Environment } from 'relay-runtime';
import { createRouteLoader } from '../relay/routeQuery';
import type { Paths } from '../config/paths';
import { COVERABLE_ENTITY_TYPES, ENTITY_TYPE_SEGMENT } from '../lib/entityTypes';
import { RootLayout, RootLayoutQuery } from './routes/RootLayout';
import { RouteErrorBoundary } from './routes/RouteErrorBoundary';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { PageSkeleton } from '../components/PageSkeleton';
import { ResolveIdRoute, ResolveIdRouteQuery } from './routes/ResolveIdRoute';
import EntityListRouteQuery from './routes/__generated__/EntityListRouteQuery.graphql';
import EntityRouteQuery from './routes/__generated__/EntityRouteQuery.graphql';
import {
  SecurityCoveragesRoute,
  SecurityCoveragesRouteQuery,
  securityCoveragesVariables,
} from './routes/SecurityCoveragesRoute';
import CoverageRouteQuery from './routes/__generated__/CoverageRouteQuery.graphql';
import CoverageOverviewRouteQuery from './routes/__generated__/CoverageOverviewRouteQuery.graphql';
import CoverageResultRouteQuery from './routes/__generated__/CoverageResultRouteQuery.graphql';
import {
  coverageResultVariables,
  entityListVariables,
  idVariables,
  shouldRevalidateCoverageResult,
  shouldRevalidateEntityList,
} from './routes/routeData';
import type { CoverageRouteQuery as CoverageRouteQueryType } from './routes/__generated__/CoverageRouteQuery.graphql';
import type { CoverageOverviewRouteQuery as CoverageOverviewRouteQueryType } from './routes/__generated__/CoverageOverviewRouteQuery.graphql';
import type { CoverageResultRouteQuery as CoverageResultRouteQueryType } from './routes/__generated__/CoverageResultRouteQuery.graphql';
import type { RootLayoutQuery as RootLayoutQueryType } from './routes/__generated__/RootLayoutQuery.graphql';
import type { ResolveIdRouteQuery as ResolveIdRouteQueryType } from './routes/__generated__/ResolveIdRouteQuery.graphql';
import type { EntityListRouteQuery as EntityListRouteQueryType } from './routes/__generated__/EntityListRouteQuery.graphql';
import type { EntityRouteQuery as EntityRouteQueryType } from './routes/__generated__/EntityRouteQuery.graphql';
import type { SecurityCoveragesRouteQuery as SecurityCoveragesRouteQueryType } from './routes/__generated__/SecurityCoveragesRouteQuery.graphql';

/**
 * The Security Coverage pages (the list and a coverage's Overview and Result tabs), relative to the base path. The
 * standalone console and embedding hosts mount the same routes.
 */
export function createCoverageRoutes(environment: Environment, paths: Paths): RouteObject[] {
  const list = paths.securityCoverages.slice(paths.base.length + 1);
  return [
    {
      path: list,
      element: <SecurityCoveragesRoute />,
      loader: createRouteLoader<SecurityCoveragesRouteQueryType>(
        environment,
        SecurityCoveragesRouteQuery,
        securityCoveragesVariables,
      ),
    },
    {
      path: `${list}/:id`,
      // The coverage's page (header, actions, enrichment) and its tabs load as chunks of their own, in parallel
      // with one another and with the queries.
      lazy: async () => ({ Component: (await import('./routes/CoverageRoute')).CoverageRoute }),
      loader: createRouteLoader<CoverageRouteQueryType>(
        environment,
        CoverageRouteQuery,
        idVariables,
      ),
      children: [
        { index: true, element: <Navigate to="overview" replace /> },
        {
          path: 'overview',
          lazy: async () => ({
            Component: (await import('./routes/CoverageOverviewRoute')).CoverageOverviewRoute,
          }),
          loader: createRouteLoader<CoverageOverviewRouteQueryType>(
            environment,
            CoverageOverviewRouteQuery,
            idVariables,
          ),
        },
        {
          path: 'result',
          lazy: async () => ({
            Component: (await import('./routes/CoverageResultRoute')).CoverageResultRoute,
          }),
          loader: createRouteLoader<CoverageResultRouteQueryType>(
            environment,
            CoverageResultRouteQuery,
            coverageResultVariables,
          ),
          shouldRevalidate: shouldRevalidateCoverageResult,
        },
      ],
    },
  ];
}

/** The pages of the six coverable entity types, at OpenCTI's URLs, and `/id/:id` that resolves any id. */
function createEntityRoutes(environment: Environment): RouteObject[] {
  return [
    ...COVERABLE_ENTITY_TYPES.flatMap((type): RouteObject[] => [
      {
        path: ENTITY_TYPE_SEGMENT[type],
        lazy: async () => {
          const { EntityListRoute } = await import('./routes/EntityListRoute');
          return { Component: () => <EntityListRoute entityType={type} /> };
        },
        loader: createRouteLoader<EntityListRouteQueryType>(
          environment,
          EntityListRouteQuery,
          entityListVariables(type),
        ),
        shouldRevalidate: shouldRevalidateEntityList,
      },
      {
        path: `${ENTITY_TYPE_SEGMENT[type]}/:id`,
        lazy: async () => {
          const { EntityRoute } = await import('./routes/EntityRoute');
          return { Component: () => <EntityRoute entityType={type} /> };
        },
        loader: createRouteLoader<EntityRouteQueryType>(environment, EntityRouteQuery, idVariables),
      },
    ]),
    {
      path: 'id/:id',
      element: <ResolveIdRoute />,
      loader: createRouteLoader<ResolveIdRouteQueryType>(
        environment,
        ResolveIdRouteQuery,
        idVariables,
      ),
    },
  ];
}

/**
 * The standalone console's route tree. URLs mirror OpenCTI's (under its `/dashboard` base), so links can be
 * exchanged between the two. Each route starts its one query in its loader; the error element handles 404s and
 * failures with Retry.
 */
export function createRoutes(environment: Environment, paths: Paths): RouteObject[] {
  return [
    { path: '/', element: <Navigate to={paths.securityCoverages} replace /> },
    // Outside the shell, whose query needs a signed-in user.
    {
      path: paths.connection,
      lazy: async () => ({ Component: (await import('./routes/ConnectionRoute')).ConnectionRoute }),
      errorElement: <RouteErrorBoundary />,
      hydrateFallbackElement: <PageSkeleton />,
    },
    {
      path: paths.base,
      element: <RootLayout />,
      errorElement: <RouteErrorBoundary />,
      hydrateFallbackElement: <PageSkeleton />,
      // The shell's query (the user, capabilities) has no variables: navigating never needs to run it again.
      shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.href === nextUrl.href,
      loader: createRouteLoader<RootLayoutQueryType>(environment, RootLayoutQuery, () => ({})),
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { index: true, element: <Navigate to={paths.securityCoverages} replace /> },
            ...createCoverageRoutes(environment, paths),
            ...createEntityRoutes(environment),
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
    { path: '*', element: <NotFoundRoute /> },
  ];
}

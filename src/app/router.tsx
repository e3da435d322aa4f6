import { Navigate, type RouteObject } from 'react-router';
import type { Environment } from 'relay-runtime';
import { createRouteLoader, createShapedRouteLoader } from '../relay/routeQuery';
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
import CoverageRouteG1Query from './routes/__generated__/CoverageRouteG1Query.graphql';
import CoverageOverviewRouteQuery from './routes/__generated__/CoverageOverviewRouteQuery.graphql';
import CoverageOverviewRouteG1Query from './routes/__generated__/CoverageOverviewRouteG1Query.graphql';
import CoverageResultRouteQuery from './routes/__generated__/CoverageResultRouteQuery.graphql';
import CoverageResultRouteG1Query from './routes/__generated__/CoverageResultRouteG1Query.graphql';
import {
  coverageResultVariables,
  entityListVariables,
  idVariables,
  shouldRevalidateCoverageResult,
  shouldRevalidateEntityList,
} from './routes/routeData';
import type { CoverageRouteQuery as CoverageRouteQueryType } from './routes/__generated__/CoverageRouteQuery.graphql';
import type { CoverageRouteG1Query as CoverageRouteG1QueryType } from './routes/__generated__/CoverageRouteG1Query.graphql';
import type { CoverageOverviewRouteQuery as CoverageOverviewRouteQueryType } from './routes/__generated__/CoverageOverviewRouteQuery.graphql';
import type { CoverageOverviewRouteG1Query as CoverageOverviewRouteG1QueryType } from './routes/__generated__/CoverageOverviewRouteG1Query.graphql';
import type { CoverageResultRouteQuery as CoverageResultRouteQueryType } from './routes/__generated__/CoverageResultRouteQuery.graphql';
import type { CoverageResultRouteG1Query as CoverageResultRouteG1QueryType } from './routes/__generated__/CoverageResultRouteG1Query.graphql';
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
      // with one another and with the queries. The coverage pages read results, which the two generations of
      // OpenCTI's API store differently: their loaders run the query written for the server's.
      lazy: async () => ({ Component: (await import('./routes/CoverageRoute')).CoverageRoute }),
      loader: createShapedRouteLoader<CoverageRouteG1QueryType, CoverageRouteQueryType>(
        environment,
        { g1: CoverageRouteG1Query, g2: CoverageRouteQuery },
        idVariables,
      ),
      children: [
        { index: true, element: <Navigate to="overview" replace /> },
        // A tab that fails says so under the coverage's header, which stays with its actions.
        {
          path: 'overview',
          errorElement: <RouteErrorBoundary />,
          lazy: async () => ({
            Component: (await import('./routes/CoverageOverviewRoute')).CoverageOverviewRoute,
          }),
          loader: createShapedRouteLoader<
            CoverageOverviewRouteG1QueryType,
            CoverageOverviewRouteQueryType
          >(
            environment,
            { g1: CoverageOverviewRouteG1Query, g2: CoverageOverviewRouteQuery },
            idVariables,
          ),
        },
        {
          path: 'result',
          errorElement: <RouteErrorBoundary />,
          lazy: async () => ({
            Component: (await import('./routes/CoverageResultRoute')).CoverageResultRoute,
          }),
          loader: createShapedRouteLoader<
            CoverageResultRouteG1QueryType,
            CoverageResultRouteQueryType
          >(
            environment,
            { g1: CoverageResultRouteG1Query, g2: CoverageResultRouteQuery },
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

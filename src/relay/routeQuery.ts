import { loadQuery, usePreloadedQuery, type PreloadedQuery } from 'react-relay';
import type { Environment, GraphQLTaggedNode, OperationType } from 'relay-runtime';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';

export interface RouteQueryData<Q extends OperationType> {
  queryRef: PreloadedQuery<Q>;
}

/**
 * A react-router loader that starts the route's one query as soon as navigation begins. The reference it made last
 * time is disposed when the next one is made, so each route retains at most one query in the Relay store.
 */
export function createRouteLoader<Q extends OperationType>(
  environment: Environment,
  query: GraphQLTaggedNode,
  getVariables: (args: LoaderFunctionArgs) => Q['variables'],
) {
  let previous: PreloadedQuery<Q> | null = null;
  return (args: LoaderFunctionArgs): RouteQueryData<Q> => {
    const queryRef = loadQuery<Q>(environment, query, getVariables(args), {
      fetchPolicy: 'store-or-network',
    });
    previous?.dispose();
    previous = queryRef;
    return { queryRef };
  };
}

/** Reads the data of the query the route's loader started (suspends until it arrives, throws on failure). */
export function useRouteQuery<Q extends OperationType>(query: GraphQLTaggedNode): Q['response'] {
  const { queryRef } = useLoaderData() as RouteQueryData<Q>;
  return usePreloadedQuery<Q>(query, queryRef);
}

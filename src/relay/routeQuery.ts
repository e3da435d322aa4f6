import { useEffect } from 'react';
import { loadQuery, usePreloadedQuery, type PreloadedQuery } from 'react-relay';
import type { Environment, GraphQLTaggedNode, OperationType } from 'relay-runtime';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useShowPartialFailures } from './partialFailures';
import { getServerShape, type ServerShape } from './serverShape';

export interface RouteQueryData<Q extends OperationType> {
  queryRef: PreloadedQuery<Q>;
}

/**
 * A react-router loader that starts the route's one query as soon as navigation begins. What the store already
 * holds shows at once, and the query always goes to the server too: other analysts (and this one, on another
 * page) change the data, so a page visited earlier must not come back stale.
 */
export function createRouteLoader<Q extends OperationType>(
  environment: Environment,
  query: GraphQLTaggedNode,
  getVariables: (args: LoaderFunctionArgs) => Q['variables'],
) {
  return (args: LoaderFunctionArgs): RouteQueryData<Q> => ({
    queryRef: loadQuery<Q>(environment, query, getVariables(args), {
      fetchPolicy: 'store-and-network',
    }),
  });
}

export interface ShapedRouteQueryData<Q extends OperationType> extends RouteQueryData<Q> {
  shape: ServerShape;
}

/**
 * The loader of a route whose query depends on the server's generation: it waits for the (once per server) probe,
 * then starts the query written for that generation. Both queries take the same variables.
 */
export function createShapedRouteLoader<G1 extends OperationType, G2 extends OperationType>(
  environment: Environment,
  queries: { g1: GraphQLTaggedNode; g2: GraphQLTaggedNode },
  getVariables: (args: LoaderFunctionArgs) => G1['variables'] & G2['variables'],
) {
  return async (args: LoaderFunctionArgs): Promise<ShapedRouteQueryData<G1 | G2>> => {
    const shape = await getServerShape(environment);
    return {
      shape,
      queryRef: loadQuery<G1 | G2>(environment, queries[shape], getVariables(args), {
        fetchPolicy: 'store-and-network',
      }),
    };
  };
}

/** The server generation a shaped route's loader found. */
export function useRouteShape(): ServerShape {
  return (useLoaderData() as ShapedRouteQueryData<OperationType>).shape;
}

/*
 * Disposal: a reference is released once no mounted route component uses it any more. The release waits a moment,
 * so StrictMode's unmount-and-remount (and a transition still showing the previous page) never sees a disposed
 * reference.
 */
const users = new WeakMap<object, number>();

function useDisposeWhenUnused(queryRef: PreloadedQuery<OperationType>) {
  useEffect(() => {
    users.set(queryRef, (users.get(queryRef) ?? 0) + 1);
    return () => {
      users.set(queryRef, (users.get(queryRef) ?? 1) - 1);
      setTimeout(() => {
        if ((users.get(queryRef) ?? 0) <= 0) queryRef.dispose();
      }, 1000);
    };
  }, [queryRef]);
}

/**
 * Reads the data of the query the route's loader started (suspends until it arrives, throws on failure). While the
 * page is on screen, an incomplete answer to its query is said by the page's notice (see PageFailures).
 */
export function useRouteQuery<Q extends OperationType>(query: GraphQLTaggedNode): Q['response'] {
  const { queryRef } = useLoaderData() as RouteQueryData<Q>;
  useDisposeWhenUnused(queryRef as PreloadedQuery<OperationType>);
  useShowPartialFailures(queryRef.name);
  return usePreloadedQuery<Q>(query, queryRef);
}

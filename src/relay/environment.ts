import {
  Environment,
  Network,
  Observable,
  RecordSource,
  Store,
  type GraphQLResponse,
} from 'relay-runtime';
import { fetchGraphQL, type FetchGraphQLOptions } from './fetchGraphQL';

/**
 * Creates a Relay environment pointed at an OpenCTI GraphQL endpoint. Production creates one; every test and every
 * embedding host may create its own.
 */
export function createRelayEnvironment(options: FetchGraphQLOptions): Environment {
  const network = Network.create((params, variables) =>
    Observable.create<GraphQLResponse>((sink) => {
      const controller = new AbortController();
      fetchGraphQL(
        options,
        { query: params.text ?? '', variables, operationName: params.name },
        controller.signal,
      ).then(
        (payload) => {
          sink.next(payload as GraphQLResponse);
          sink.complete();
        },
        (error: unknown) => sink.error(error instanceof Error ? error : new Error(String(error))),
      );
      return () => controller.abort();
    }),
  );
  return new Environment({
    network,
    store: new Store(new RecordSource(), { gcReleaseBufferSize: 10 }),
  });
}

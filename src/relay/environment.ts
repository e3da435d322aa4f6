import {
  Environment,
  Network,
  Observable,
  RecordSource,
  Store,
  type GraphQLResponse,
} from 'relay-runtime';
import { fetchGraphQL, type FetchGraphQLOptions } from './fetchGraphQL';
import { adaptToServer, getServerShape, mentionsG2OnlyType } from './serverShape';

/**
 * Creates a Relay environment pointed at an OpenCTI GraphQL endpoint. Production creates one; every test and every
 * embedding host may create its own.
 */
export function createRelayEnvironment(options: FetchGraphQLOptions): Environment {
  const network = Network.create((params, variables) =>
    Observable.create<GraphQLResponse>((sink) => {
      const controller = new AbortController();
      const text = params.text ?? '';
      // Operations naming a G2-only type wait for the server's shape (probed once) and are adapted to it.
      const query = mentionsG2OnlyType(text)
        ? getServerShape(environment).then((shape) => adaptToServer(text, shape))
        : Promise.resolve(text);
      query
        .then((adapted) =>
          fetchGraphQL(
            options,
            { query: adapted, variables, operationName: params.name },
            controller.signal,
          ),
        )
        .then(
          (payload) => {
            sink.next(payload as GraphQLResponse);
            sink.complete();
          },
          (error: unknown) => sink.error(error instanceof Error ? error : new Error(String(error))),
        );
      return () => controller.abort();
    }),
  );
  const environment = new Environment({
    network,
    store: new Store(new RecordSource(), { gcReleaseBufferSize: 10 }),
  });
  return environment;
}

import {
  Environment,
  Network,
  Observable,
  RecordSource,
  Store,
  type GraphQLResponse,
} from 'relay-runtime';
import { fetchGraphQL, type FetchGraphQLOptions } from './fetchGraphQL';
import { failureOfPartial, partialErrors, wantsCompleteAnswer } from './partialResponse';
import { partialFailureLog, type PartialFailureLog } from './partialFailures';
import { prepareOperationText } from './serverShape';

/**
 * Creates a Relay environment pointed at an OpenCTI GraphQL endpoint. Production creates one; every test and every
 * embedding host may create its own.
 *
 * An answer with data and errors is a failure when it is a mutation's or when a query lost a top-level field (see
 * failureOfPartial); otherwise Relay renders what came, and the environment's PartialFailureLog keeps the errors so
 * that the screen can say that part is missing.
 */
export function createRelayEnvironment(options: FetchGraphQLOptions): Environment {
  let log: PartialFailureLog | null = null;
  const network = Network.create((params, variables, cacheConfig) =>
    Observable.create<GraphQLResponse>((sink) => {
      const controller = new AbortController();
      const operation = params.name;
      const text = params.text ?? '';
      log?.started(operation);
      // Operations naming a G2-only type wait for the server's shape and are adapted to it.
      const query = prepareOperationText(environment, text);
      query
        .then((adapted) =>
          fetchGraphQL(
            options,
            { query: adapted, variables, operationName: operation },
            controller.signal,
          ),
        )
        .then(
          (payload) => {
            const failure = failureOfPartial(
              payload,
              params.operationKind,
              wantsCompleteAnswer(cacheConfig),
            );
            if (failure) {
              sink.error(failure);
              return;
            }
            const errors = partialErrors(payload);
            if (errors.length > 0) log?.report(operation, errors);
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
  log = partialFailureLog(environment);
  return environment;
}

import { describe, expect, it } from 'vitest';
import {
  Environment,
  Network,
  Observable,
  RecordSource,
  Store,
  type GraphQLResponse,
} from 'relay-runtime';
import { ApiError } from './errors';
import {
  adaptToServer,
  forgetServerShape,
  getServerShape,
  prepareOperationText,
} from './serverShape';

type Answer = GraphQLResponse | ApiError;

/** An environment whose network answers each operation name from `answers` and records what was sent. */
function fakeEnvironment(answers: Record<string, Answer | (() => Answer)>) {
  const sent: string[] = [];
  const network = Network.create((params) =>
    Observable.create<GraphQLResponse>((sink) => {
      sent.push(params.name);
      const entry = answers[params.name];
      const answer = typeof entry === 'function' ? entry() : entry;
      if (!answer) sink.error(new Error(`unexpected ${params.name}`));
      else if (answer instanceof ApiError) sink.error(answer);
      else {
        sink.next(answer);
        sink.complete();
      }
    }),
  );
  const environment = new Environment({ network, store: new Store(new RecordSource()) });
  return { environment, sent };
}

const fields = (...names: string[]) => ({
  data: { __type: { fields: names.map((name) => ({ name })) } },
});
const unknownField = new ApiError(
  'graphql',
  'Cannot query field "results" on type "SecurityCoverage".',
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    errors: [{ message: 'Cannot query field "results" on type "SecurityCoverage".' }],
  },
);

describe('getServerShape', () => {
  it('reads the generation from introspection, once per environment', async () => {
    const g2 = fakeEnvironment({ ServerShapeIntrospectionQuery: fields('name', 'results') });
    expect(await getServerShape(g2.environment)).toBe('g2');
    expect(await getServerShape(g2.environment)).toBe('g2');
    expect(g2.sent).toEqual(['ServerShapeIntrospectionQuery']);
    const g1 = fakeEnvironment({
      ServerShapeIntrospectionQuery: fields('name', 'coverage_information'),
    });
    expect(await getServerShape(g1.environment)).toBe('g1');
  });

  it('tries a G2 field when introspection is refused', async () => {
    const refused = new ApiError('graphql', 'GraphQL introspection is not allowed', {
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
    const g1 = fakeEnvironment({
      ServerShapeIntrospectionQuery: refused,
      ServerShapeFieldQuery: unknownField,
    });
    expect(await getServerShape(g1.environment)).toBe('g1');
    const g2 = fakeEnvironment({
      ServerShapeIntrospectionQuery: refused,
      ServerShapeFieldQuery: { data: { securityCoverages: { edges: [] } } },
    });
    expect(await getServerShape(g2.environment)).toBe('g2');
  });

  it('reports a server it cannot reach, and probes again on the next call', async () => {
    let down = true;
    const { environment, sent } = fakeEnvironment({
      ServerShapeIntrospectionQuery: () =>
        down ? new ApiError('network', 'The server could not be reached') : fields('results'),
    });
    await expect(getServerShape(environment)).rejects.toMatchObject({ kind: 'network' });
    down = false;
    expect(await getServerShape(environment)).toBe('g2');
    expect(sent).toHaveLength(2);
  });

  it('probes anew once forgotten (sign-out, another server)', async () => {
    let shape = fields('results');
    const { environment } = fakeEnvironment({ ServerShapeIntrospectionQuery: () => shape });
    expect(await getServerShape(environment)).toBe('g2');
    shape = fields('coverage_information');
    expect(await getServerShape(environment)).toBe('g2');
    forgetServerShape(environment);
    expect(await getServerShape(environment)).toBe('g1');
  });
});

describe('adapting operations', () => {
  const text = [
    'query Q {',
    '  relationship {',
    '    to {',
    '      ... on AttackPattern {',
    '        id',
    '      }',
    '      ... on SecurityCoverageResult {',
    '        id',
    '        from { ... on Report { id } }',
    '      }',
    '      ... on Vulnerability {',
    '        id',
    '      }',
    '    }',
    '  }',
    '}',
  ].join('\n');

  it('drops inline fragments on G2-only types for G1 servers, nested braces included', () => {
    const adapted = adaptToServer(text, 'g1');
    expect(adapted).not.toContain('SecurityCoverageResult');
    expect(adapted).toContain('... on AttackPattern {');
    expect(adapted).toContain('... on Vulnerability {');
    expect(adapted.match(/{/g)?.length).toBe(adapted.match(/}/g)?.length);
    expect(adaptToServer(text, 'g2')).toBe(text);
  });

  it('waits for the probe only when an operation names a G2-only type', async () => {
    const { environment, sent } = fakeEnvironment({
      ServerShapeIntrospectionQuery: fields('coverage_information'),
    });
    expect(await prepareOperationText(environment, 'query A { me { id } }')).toBe(
      'query A { me { id } }',
    );
    expect(sent).toEqual([]);
    expect(await prepareOperationText(environment, text)).toBe(adaptToServer(text, 'g1'));
    expect(sent).toEqual(['ServerShapeIntrospectionQuery']);
  });
});

import { describe, expect, it } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig, type AppConfig } from './appConfig';
import { graphqlEndpoint } from './credentials';

const DEFAULTS: AppConfig = { mode: 'live', graphqlUrl: '/graphql' };

describe('parseRuntimeConfig', () => {
  it('takes mode, GraphQL URL and the stuck threshold from config.json', () => {
    expect(
      parseRuntimeConfig(
        { mode: 'demo', graphqlUrl: ' https://cti.example.org/graphql ', stuckWorkAfterMinutes: 5 },
        DEFAULTS,
        true,
      ),
    ).toEqual({
      config: {
        mode: 'demo',
        graphqlUrl: 'https://cti.example.org/graphql',
        stuckWorkAfterMinutes: 5,
      },
      problems: [],
    });
  });

  it('keeps a build without the demo backend live, and reports bad values instead of guessing', () => {
    const { config, problems } = parseRuntimeConfig(
      { mode: 'demo', graphqlUrl: '', stuckWorkAfterMinutes: -1, extra: true },
      DEFAULTS,
      false,
    );
    expect(config).toEqual(DEFAULTS);
    expect(problems).toHaveLength(3);
    expect(parseRuntimeConfig([], DEFAULTS, true).problems).toEqual([
      'config.json is not a JSON object',
    ]);
  });

  it('falls back to the defaults when config.json is missing or unreadable', async () => {
    const missing = (() => Promise.resolve(new Response('nope', { status: 404 }))) as typeof fetch;
    expect(await loadRuntimeConfig('/config.json', DEFAULTS, true, missing)).toEqual(DEFAULTS);
    const broken = (() => Promise.resolve(new Response('{oops'))) as typeof fetch;
    expect(await loadRuntimeConfig('/config.json', DEFAULTS, true, broken)).toEqual(DEFAULTS);
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await loadRuntimeConfig('/config.json', DEFAULTS, true, down)).toEqual(DEFAULTS);
    const ok = (() =>
      Promise.resolve(Response.json({ mode: 'live', graphqlUrl: '/api/graphql' }))) as typeof fetch;
    expect(await loadRuntimeConfig('/config.json', DEFAULTS, true, ok)).toEqual({
      mode: 'live',
      graphqlUrl: '/api/graphql',
    });
  });
});

describe('graphqlEndpoint', () => {
  it('appends /graphql to an OpenCTI base URL once', () => {
    expect(graphqlEndpoint('https://cti.example.org')).toBe('https://cti.example.org/graphql');
    expect(graphqlEndpoint('https://cti.example.org/')).toBe('https://cti.example.org/graphql');
    expect(graphqlEndpoint('https://cti.example.org/graphql')).toBe(
      'https://cti.example.org/graphql',
    );
    expect(graphqlEndpoint('https://example.org/opencti/')).toBe(
      'https://example.org/opencti/graphql',
    );
  });
});

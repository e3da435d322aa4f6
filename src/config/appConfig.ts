/** How this build talks to OpenCTI: the in-browser demo backend or a real server. */
export type AppMode = 'demo' | 'live';

export interface AppConfig {
  mode: AppMode;
  /** The GraphQL endpoint, absolute or relative to the page (a same-origin proxy in live mode). */
  graphqlUrl: string;
  /** Minutes a work may wait or run before the Enrichment panel calls it stuck (default 15). */
  stuckWorkAfterMinutes?: number;
}

/** Resolves a possibly relative GraphQL URL against the page, so Node's fetch (tests) and browsers agree. */
export function absoluteUrl(url: string, origin: string): string {
  return new URL(url, origin).toString();
}

export function defaultConfig(): AppConfig {
  return { mode: __DEMO__ ? 'demo' : 'live', graphqlUrl: '/graphql' };
}

/** The host name shown in the top bar in live mode. */
export function displayHost(url: string, origin: string): string {
  try {
    return new URL(url, origin).host;
  } catch {
    return url;
  }
}

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

/**
 * Reads `config.json` (served next to index.html, editable after deployment) over the build's defaults. Unknown
 * keys are ignored and bad values are reported, never guessed. A build without the demo backend cannot run in demo
 * mode, so it stays live whatever the file says.
 */
export function parseRuntimeConfig(
  value: unknown,
  defaults: AppConfig,
  demoAvailable: boolean,
): { config: AppConfig; problems: string[] } {
  const config: AppConfig = { ...defaults };
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config, problems: ['config.json is not a JSON object'] };
  }
  const raw = value as Record<string, unknown>;
  if (raw.mode !== undefined) {
    if (raw.mode === 'live' || (raw.mode === 'demo' && demoAvailable)) config.mode = raw.mode;
    else problems.push(`mode "${String(raw.mode)}" is not available in this build`);
  }
  if (raw.graphqlUrl !== undefined) {
    if (typeof raw.graphqlUrl === 'string' && raw.graphqlUrl.trim() !== '') {
      config.graphqlUrl = raw.graphqlUrl.trim();
    } else problems.push('graphqlUrl must be a non-empty string');
  }
  if (raw.stuckWorkAfterMinutes !== undefined) {
    const minutes = raw.stuckWorkAfterMinutes;
    if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0) {
      config.stuckWorkAfterMinutes = minutes;
    } else problems.push('stuckWorkAfterMinutes must be a positive number');
  }
  return { config, problems };
}

/** Loads the runtime configuration; a missing or unreadable file keeps the build's defaults. */
export async function loadRuntimeConfig(
  url: string,
  defaults: AppConfig,
  demoAvailable: boolean,
  fetchImpl: typeof fetch = fetch,
): Promise<AppConfig> {
  try {
    const response = await fetchImpl(url, { cache: 'no-store' });
    if (!response.ok) return defaults;
    const { config, problems } = parseRuntimeConfig(await response.json(), defaults, demoAvailable);
    for (const problem of problems) console.warn(`config.json: ${problem}`);
    return config;
  } catch {
    return defaults;
  }
}

/** The host name shown in the top bar in live mode. */
export function displayHost(url: string, origin: string): string {
  try {
    return new URL(url, origin).host;
  } catch {
    return url;
  }
}

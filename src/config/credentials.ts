/**
 * The live-mode connection the analyst entered on the Connection page: an OpenCTI URL (empty = the same-origin
 * proxy of config.json) and an API token. The token lives in sessionStorage, so it ends with the tab, unless the
 * analyst ticks "remember on this device" (localStorage). It is never put in a URL, a log line or an error.
 */
export interface Connection {
  /** The OpenCTI base URL (https://opencti.example.org), or null for the configured GraphQL URL. */
  url: string | null;
  token: string | null;
}

const KEY = 'sc-connection';

function storages(): Storage[] {
  try {
    return [window.sessionStorage, window.localStorage];
  } catch {
    return [];
  }
}

function parse(text: string | null): Connection | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Connection>;
    return {
      url: typeof value.url === 'string' && value.url ? value.url : null,
      token: typeof value.token === 'string' && value.token ? value.token : null,
    };
  } catch {
    return null;
  }
}

export function readConnection(): Connection {
  for (const storage of storages()) {
    const found = parse(storage.getItem(KEY));
    if (found) return found;
  }
  return { url: null, token: null };
}

/** True when the connection is kept on this device (localStorage). */
export function isRemembered(): boolean {
  return parse(storages()[1]?.getItem(KEY) ?? null) !== null;
}

export function saveConnection(connection: Connection, remember: boolean): void {
  clearConnection();
  const [session, local] = storages();
  (remember ? local : session)?.setItem(KEY, JSON.stringify(connection));
}

/** "Sign out": forgets the token (and URL) everywhere. */
export function clearConnection(): void {
  for (const storage of storages()) storage.removeItem(KEY);
}

/** The GraphQL endpoint of an OpenCTI base URL: https://host/ → https://host/graphql. */
export function graphqlEndpoint(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '').replace(/\/graphql$/, '')}/graphql`;
}

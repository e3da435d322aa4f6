/** One page of a connection, as an export reads it. */
export interface Page<N> {
  nodes: readonly N[];
  /** How many the whole selection holds (for the progress). */
  total: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/** A Relay connection as an export query selects it. */
interface Connection<N> {
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly endCursor?: string | null;
    readonly globalCount: number;
  };
  readonly edges: readonly { readonly node: N }[];
}

/** The page a connection holds (none when the server returned no connection). */
export function pageOf<N>(connection: Connection<N> | null | undefined): Page<N> | null {
  if (!connection) return null;
  const { hasNextPage, endCursor, globalCount } = connection.pageInfo;
  return {
    nodes: connection.edges.map((edge) => edge.node),
    total: globalCount,
    hasNextPage,
    endCursor,
  };
}

/** The error an aborted export ends with (the user cancelled: nothing to report). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Every page of a selection, one request after the other (`fetchPage(after)`; a null page ends the list).
 * `onProgress(done, total)` follows each page; an aborted signal stops between pages with an AbortError.
 */
export async function fetchAllPages<N>(
  fetchPage: (after: string | null) => Promise<Page<N> | null | undefined>,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<N> | null | undefined = await fetchPage(after);
    if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
    if (!page) break;
    nodes.push(...page.nodes);
    onProgress(nodes.length, page.total);
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return nodes;
}

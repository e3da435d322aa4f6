/** A connection as OpenCTI returns it: `objects` has nullable edges, `stixCoreRelationships` non-null ones. */
interface Connection<N> {
  readonly pageInfo: { readonly globalCount: number };
  readonly edges?: ReadonlyArray<{ readonly node: N } | null | undefined> | null;
}

/** One testable entity: its id (to show it once) and the fragment reference its table reads. */
export interface Testable<Ref> {
  id: string;
  ref: Ref;
}

export interface TestableRows<Ref> {
  rows: Testable<Ref>[];
  /** How many exist on the server (the rows shown when the whole list was fetched). */
  total: number;
  /** True when the server holds more than the first page fetched. */
  truncated: boolean;
}

/** A row when the node is of the wanted type (its aliased fragment reference is then set). */
export function testable<Ref>(
  id: string | null | undefined,
  ref: Ref | null | undefined,
): Testable<Ref> | null {
  return id && ref ? { id, ref } : null;
}

/**
 * The entities of one connection that `pick` keeps, each once (two `uses` relationships to one technique make one
 * row), with the server's total when only a first page was fetched.
 */
export function collectTestables<N, Ref>(
  connection: Connection<N> | null | undefined,
  pick: (node: N) => Testable<Ref> | null,
): TestableRows<Ref> {
  const edges = connection?.edges ?? [];
  const seen = new Set<string>();
  const rows: Testable<Ref>[] = [];
  for (const edge of edges) {
    const row = edge ? pick(edge.node) : null;
    if (row && !seen.has(row.id)) {
      seen.add(row.id);
      rows.push(row);
    }
  }
  const globalCount = connection?.pageInfo.globalCount ?? 0;
  const truncated = edges.length < globalCount;
  return { rows, total: truncated ? globalCount : rows.length, truncated };
}

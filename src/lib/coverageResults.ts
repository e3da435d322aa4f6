/**
 * One result of a coverage as every screen shows it, whatever the server's generation: on G2 servers a
 * SecurityCoverageResult (one per OpenAEV tenant or manual entry); on G1 servers the coverage itself, which then
 * holds the only result.
 */
export interface CoverageMetric {
  readonly coverage_name: string;
  readonly coverage_score: number;
}

export interface CoverageResultEntry {
  readonly id: string;
  readonly name: string | null;
  readonly created: string | null;
  readonly coverage_last_result: string | null;
  readonly coverage_valid_from: string | null;
  readonly coverage_valid_to: string | null;
  readonly external_uri: string | null;
  readonly coverage_information: readonly CoverageMetric[];
}

/** What a G1 coverage says about its one result (the fields exist on both generations). */
export interface G1CoverageResultFields {
  readonly id: string;
  readonly created?: string | null;
  readonly coverage_last_result?: string | null;
  readonly coverage_valid_from?: string | null;
  readonly coverage_valid_to?: string | null;
  readonly external_uri?: string | null;
  readonly coverage_information?: readonly (CoverageMetric | null)[] | null;
}

/**
 * A G1 coverage's result: there is one as soon as OpenAEV linked its scenario (external URI), sent a first
 * simulation (last result) or someone entered scores; before that, none. `name` names its source (OpenAEV or a
 * manual entry), since G1 results have no name of their own.
 */
export function g1CoverageResults(
  coverage: G1CoverageResultFields,
  name: string,
): CoverageResultEntry[] {
  const metrics = (coverage.coverage_information ?? []).filter(
    (m): m is CoverageMetric => m !== null,
  );
  const uri = coverage.external_uri?.trim() || null;
  if (!coverage.coverage_last_result && !uri && metrics.length === 0) return [];
  return [
    {
      id: coverage.id,
      name,
      created: coverage.created ?? null,
      coverage_last_result: coverage.coverage_last_result ?? null,
      coverage_valid_from: coverage.coverage_valid_from ?? null,
      coverage_valid_to: coverage.coverage_valid_to ?? null,
      external_uri: uri,
      coverage_information: metrics,
    },
  ];
}

/** G2 results as read from the server, with absent lists and values made explicit. */
export function g2CoverageResults(
  results:
    | readonly {
        readonly id: string;
        readonly name?: string | null;
        readonly created?: string | null;
        readonly coverage_last_result?: string | null;
        readonly coverage_valid_from?: string | null;
        readonly coverage_valid_to?: string | null;
        readonly external_uri?: string | null;
        readonly coverage_information?: readonly (CoverageMetric | null)[] | null;
      }[]
    | null
    | undefined,
): CoverageResultEntry[] {
  return (results ?? []).map((r) => ({
    id: r.id,
    name: r.name ?? null,
    created: r.created ?? null,
    coverage_last_result: r.coverage_last_result ?? null,
    coverage_valid_from: r.coverage_valid_from ?? null,
    coverage_valid_to: r.coverage_valid_to ?? null,
    external_uri: r.external_uri ?? null,
    coverage_information: (r.coverage_information ?? []).filter(
      (m): m is CoverageMetric => m !== null,
    ),
  }));
}

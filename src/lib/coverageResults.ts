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

/** A result's fields as the server sends them (a G2 result, or a G1 coverage standing for its one result). */
export interface ResultFields {
  readonly id: string;
  readonly name?: string | null;
  readonly created?: string | null;
  readonly coverage_last_result?: string | null;
  readonly coverage_valid_from?: string | null;
  readonly coverage_valid_to?: string | null;
  readonly external_uri?: string | null;
  readonly coverage_information?: readonly (CoverageMetric | null)[] | null;
}

function entry(fields: ResultFields, name: string | null): CoverageResultEntry {
  return {
    id: fields.id,
    name,
    created: fields.created ?? null,
    coverage_last_result: fields.coverage_last_result ?? null,
    coverage_valid_from: fields.coverage_valid_from ?? null,
    coverage_valid_to: fields.coverage_valid_to ?? null,
    external_uri: fields.external_uri?.trim() || null,
    coverage_information: (fields.coverage_information ?? []).filter(
      (m): m is CoverageMetric => m !== null,
    ),
  };
}

/**
 * A G1 coverage's result: there is one as soon as OpenAEV linked its scenario (external URI), sent a first
 * simulation (last result) or someone entered scores; before that, none. `name` names its source (OpenAEV or a
 * manual entry), since G1 results have no name of their own.
 */
export function g1CoverageResults(coverage: ResultFields, name: string): CoverageResultEntry[] {
  const result = entry(coverage, name);
  const empty =
    !result.coverage_last_result &&
    !result.external_uri &&
    result.coverage_information.length === 0;
  return empty ? [] : [result];
}

/** G2 results as read from the server, with absent lists and values made explicit. */
export function g2CoverageResults(
  results: readonly ResultFields[] | null | undefined,
): CoverageResultEntry[] {
  return (results ?? []).map((r) => entry(r, r.name ?? null));
}

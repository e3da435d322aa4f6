import { useMemo } from 'react';
import { graphql, useFragment } from 'react-relay';
import { useT } from '../i18n/useT';
import {
  g1CoverageResults,
  g2CoverageResults,
  type CoverageResultEntry,
} from '../lib/coverageResults';
import type { useCoverageResults_coverage$key } from './__generated__/useCoverageResults_coverage.graphql';
import type { useCoverageResults_g2Results$key } from './__generated__/useCoverageResults_g2Results.graphql';

/** G2 servers: the coverage's SecurityCoverageResults (select them as `results { ...useCoverageResults_g2Results }`). */
const g2Fragment = graphql`
  fragment useCoverageResults_g2Results on SecurityCoverageResult @relay(plural: true) {
    id
    name
    created
    coverage_last_result
    coverage_valid_from
    coverage_valid_to
    external_uri
    coverage_information {
      coverage_name
      coverage_score
    }
  }
`;

/**
 * The coverage's own result fields (both generations have them; on G2 servers they are computed from the results).
 * On G1 servers the coverage holds its one result itself.
 */
const g1Fragment = graphql`
  fragment useCoverageResults_coverage on SecurityCoverage {
    id
    created
    auto_enrichment_disable
    coverage_last_result
    coverage_valid_from
    coverage_valid_to
    external_uri
    coverage_information {
      coverage_name
      coverage_score
    }
  }
`;

/** A G2 coverage's results, as every screen shows them. */
export function useG2CoverageResults(
  resultsRef: useCoverageResults_g2Results$key | null | undefined,
): CoverageResultEntry[] {
  const results = useFragment(g2Fragment, resultsRef);
  return useMemo(() => g2CoverageResults(results), [results]);
}

/**
 * A G1 coverage's results: the coverage itself, once it has a link, a last result or scores (see lib/coverageResults),
 * named after its source since G1 results have no name of their own.
 */
export function useG1CoverageResults(
  coverageRef: useCoverageResults_coverage$key,
): CoverageResultEntry[] {
  const coverage = useFragment(g1Fragment, coverageRef);
  const t = useT();
  const name = t(
    coverage.auto_enrichment_disable ? 'result.source.manual' : 'result.source.openaev',
  );
  return useMemo(() => g1CoverageResults(coverage, name), [coverage, name]);
}

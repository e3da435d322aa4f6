import { useMemo } from 'react';
import { graphql, useFragment } from 'react-relay';
import { useT } from '../i18n/useT';
import { g1CoverageResults, type CoverageResultEntry } from '../lib/coverageResults';
import type { useG1CoverageResults_coverage$key } from './__generated__/useG1CoverageResults_coverage.graphql';

const fragment = graphql`
  fragment useG1CoverageResults_coverage on SecurityCoverage {
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

/**
 * A G1 coverage's results: the coverage itself, once it has a link, a last result or scores (see lib/coverageResults),
 * named after its source since G1 results have no name of their own.
 */
export function useG1CoverageResults(
  coverageRef: useG1CoverageResults_coverage$key,
): CoverageResultEntry[] {
  const coverage = useFragment(fragment, coverageRef);
  const t = useT();
  const name = t(
    coverage.auto_enrichment_disable ? 'result.source.manual' : 'result.source.openaev',
  );
  return useMemo(() => g1CoverageResults(coverage, name), [coverage, name]);
}

import { graphql, readInlineData } from 'react-relay';
import { DEFAULT_COVERAGE_VOCABULARY, type VocabularyEntry } from '../../lib/scores';
import type { coverageVocabulary_query$key } from './__generated__/coverageVocabulary_query.graphql';

const fragment = graphql`
  fragment coverageVocabulary_query on Query @inline {
    vocabularies(category: coverage_ov) {
      edges {
        node {
          name
          order
        }
      }
    }
  }
`;

/** The coverage_ov vocabulary (metric names and their display order), or OpenCTI's default when it is empty. */
export function readCoverageVocabulary(
  query: coverageVocabulary_query$key,
): readonly VocabularyEntry[] {
  const data = readInlineData(fragment, query);
  const edges = data.vocabularies?.edges ?? [];
  return edges.length > 0
    ? edges.map((e) => ({ name: e.node.name, order: e.node.order }))
    : DEFAULT_COVERAGE_VOCABULARY;
}

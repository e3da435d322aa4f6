import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { CoverageScores } from '../../components/CoverageScores';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { EntityCoverageStatus } from './EntityCoverageStatus';
import Box from '@mui/material/Box';
import type { EntityCoverageLink_entity$key } from './__generated__/EntityCoverageLink_entity.graphql';

// `securityCoverage` exists only on the six coverable types, so it is read through one inline fragment per type.
const fragment = graphql`
  fragment EntityCoverageLink_entity on StixCoreObject
  @argumentDefinitions(withStatus: { type: "Boolean!", defaultValue: false }) {
    ... on Report {
      securityCoverage {
        id
        name
        coverage_information {
          coverage_name
          coverage_score
        }
        ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
      }
    }
    ... on Grouping {
      securityCoverage {
        id
        name
        coverage_information {
          coverage_name
          coverage_score
        }
        ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
      }
    }
    ... on Campaign {
      securityCoverage {
        id
        name
        coverage_information {
          coverage_name
          coverage_score
        }
        ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
      }
    }
    ... on IntrusionSet {
      securityCoverage {
        id
        name
        coverage_information {
          coverage_name
          coverage_score
        }
        ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
      }
    }
    ... on Incident {
      securityCoverage {
        id
        name
        coverage_information {
          coverage_name
          coverage_score
        }
        ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
      }
    }
    ... on CaseIncident {
      securityCoverage {
        id
        name
        coverage_information {
          coverage_name
          coverage_score
        }
        ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
      }
    }
  }
`;

/**
 * The entity's Security Coverage (OpenCTI keeps at most one per entity) as its gauges, linking to the coverage page;
 * `fallback` when the entity has none.
 */
export function EntityCoverageLink({
  entity,
  fallback,
  size = 'small',
  withStatus = false,
}: {
  entity: EntityCoverageLink_entity$key;
  fallback: ReactNode;
  size?: 'small' | 'medium';
  /** Also show where an automated coverage without result stands (the fragment must be spread withStatus: true). */
  withStatus?: boolean;
}) {
  const data = useFragment(fragment, entity);
  const t = useT();
  const paths = usePaths();
  const coverage = data.securityCoverage;
  if (!coverage) return <>{fallback}</>;
  const link = (
    <Link
      component={RouterLink}
      to={paths.securityCoverage(coverage.id)}
      aria-label={t('entities.coverage.link', { name: coverage.name })}
      underline="none"
      sx={{
        display: 'inline-flex',
        borderRadius: 1,
        p: 0.5,
        color: 'text.primary',
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <CoverageScores metrics={coverage.coverage_information} size={size} />
    </Link>
  );
  if (!withStatus || !coverage.status) return link;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 0.5 }}>
      {link}
      <EntityCoverageStatus coverage={coverage.status} />
    </Box>
  );
}

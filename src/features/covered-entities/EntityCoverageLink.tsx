import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { CoverageScores } from '../../components/CoverageScores';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { EntityCoverageStatus } from './EntityCoverageStatus';
import type { EntityCoverageLink_coverage$key } from './__generated__/EntityCoverageLink_coverage.graphql';
import type { EntityCoverageLink_entity$key } from './__generated__/EntityCoverageLink_entity.graphql';

const coverageFragment = graphql`
  fragment EntityCoverageLink_coverage on SecurityCoverage
  @argumentDefinitions(withStatus: { type: "Boolean!" }) {
    id
    name
    coverage_information {
      coverage_name
      coverage_score
    }
    ...EntityCoverageStatus_coverage @include(if: $withStatus) @alias(as: "status")
  }
`;

// `securityCoverage` exists only on the six coverable types, so it is read through one inline fragment per type.
const fragment = graphql`
  fragment EntityCoverageLink_entity on StixCoreObject
  @argumentDefinitions(withStatus: { type: "Boolean!", defaultValue: false }) {
    ... on Report {
      securityCoverage {
        ...EntityCoverageLink_coverage @arguments(withStatus: $withStatus)
      }
    }
    ... on Grouping {
      securityCoverage {
        ...EntityCoverageLink_coverage @arguments(withStatus: $withStatus)
      }
    }
    ... on Campaign {
      securityCoverage {
        ...EntityCoverageLink_coverage @arguments(withStatus: $withStatus)
      }
    }
    ... on IntrusionSet {
      securityCoverage {
        ...EntityCoverageLink_coverage @arguments(withStatus: $withStatus)
      }
    }
    ... on Incident {
      securityCoverage {
        ...EntityCoverageLink_coverage @arguments(withStatus: $withStatus)
      }
    }
    ... on CaseIncident {
      securityCoverage {
        ...EntityCoverageLink_coverage @arguments(withStatus: $withStatus)
      }
    }
  }
`;

/** The coverage's gauges as a link to its page, with where it stands when asked. */
function CoverageLink({
  coverageRef,
  size,
  withStatus,
}: {
  coverageRef: EntityCoverageLink_coverage$key;
  size: 'small' | 'medium';
  withStatus: boolean;
}) {
  const coverage = useFragment(coverageFragment, coverageRef);
  const t = useT();
  const paths = usePaths();
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
  if (!data.securityCoverage) return <>{fallback}</>;
  return <CoverageLink coverageRef={data.securityCoverage} size={size} withStatus={withStatus} />;
}

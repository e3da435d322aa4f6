import { useEffect } from 'react';
import { fetchQuery, graphql, useFragment, useRelayEnvironment } from 'react-relay';
import Chip from '@mui/material/Chip';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { useT } from '../../i18n/useT';
import type { EntityCoverageStatus_coverage$key } from './__generated__/EntityCoverageStatus_coverage.graphql';
import type { EntityCoverageStatusQuery as QueryType } from './__generated__/EntityCoverageStatusQuery.graphql';

const fragment = graphql`
  fragment EntityCoverageStatus_coverage on SecurityCoverage {
    id
    auto_enrichment_disable
    external_uri
    coverage_information {
      coverage_name
    }
    jobs(first: 1) {
      id
      status
      errors {
        message
      }
    }
  }
`;

const statusQuery = graphql`
  query EntityCoverageStatusQuery($id: String!) {
    securityCoverage(id: $id) {
      id
      coverage_information {
        coverage_name
        coverage_score
      }
      ...EntityCoverageStatus_coverage
    }
  }
`;

export type EnrichmentStatus = 'provisioning' | 'awaitingResult' | 'failed' | null;

/** Where an automated coverage stands before its first result; null once it has one (or for a manual coverage). */
export function enrichmentStatus(coverage: {
  auto_enrichment_disable?: boolean | null;
  external_uri?: string | null;
  coverage_information?: readonly unknown[] | null;
  jobs?:
    readonly ({ status: string; errors?: readonly unknown[] | null } | null | undefined)[] | null;
}): EnrichmentStatus {
  if (coverage.auto_enrichment_disable !== false) return null;
  if ((coverage.coverage_information ?? []).length > 0) return null;
  const job = coverage.jobs?.[0];
  if (job && job.status === 'complete' && (job.errors ?? []).length > 0) return 'failed';
  if (job && job.status === 'timeout') return 'failed';
  return coverage.external_uri ? 'awaitingResult' : 'provisioning';
}

/** First poll after 2 s, then 1.5× longer each time, at most every 30 s. */
export const POLL_START_MS = 2_000;
export const POLL_MAX_MS = 30_000;

/**
 * The state of an automated coverage that has no result yet ("Provisioning OpenAEV", "Waiting for the first
 * simulation", "Enrichment failed"). While it is in progress the coverage is re-read with back-off, and polling
 * stops once a result or a failure arrives.
 */
export function EntityCoverageStatus({
  coverage,
}: {
  coverage: EntityCoverageStatus_coverage$key;
}) {
  const data = useFragment(fragment, coverage);
  const t = useT();
  const environment = useRelayEnvironment();
  const status = enrichmentStatus(data);
  const polling = status === 'provisioning' || status === 'awaitingResult';

  useEffect(() => {
    if (!polling) return undefined;
    let delay = POLL_START_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = () => {
      timer = setTimeout(() => {
        fetchQuery<QueryType>(environment, statusQuery, { id: data.id })
          .toPromise()
          .catch(() => undefined)
          .finally(() => {
            if (stopped) return;
            delay = Math.min(delay * 1.5, POLL_MAX_MS);
            poll();
          });
      }, delay);
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [polling, environment, data.id]);

  if (!status) return null;
  if (status === 'failed') {
    return (
      <Chip
        size="small"
        color="error"
        variant="outlined"
        icon={<ErrorOutlineIcon aria-hidden />}
        label={t('entities.coverage.status.failed')}
      />
    );
  }
  return (
    <Chip
      size="small"
      variant="outlined"
      role="status"
      icon={<AutorenewIcon aria-hidden />}
      label={t(
        status === 'provisioning'
          ? 'entities.coverage.status.provisioning'
          : 'entities.coverage.status.awaitingResult',
      )}
    />
  );
}

import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ExtensionIcon from '@mui/icons-material/Extension';
import ReplayIcon from '@mui/icons-material/Replay';
import { RelativeTime } from '../../components/RelativeTime';
import { useT } from '../../i18n/useT';
import { isWorkStuck, retryBlock } from '../../lib/works';
import { EnrichmentWork } from './EnrichmentWork';
import type { EnrichmentConnector_connector$key } from './__generated__/EnrichmentConnector_connector.graphql';
import type { EnrichmentConnector_works$key } from './__generated__/EnrichmentConnector_works.graphql';

const fragment = graphql`
  fragment EnrichmentConnector_connector on Connector {
    id
    name
    active
    updated_at
  }
`;

const worksFragment = graphql`
  fragment EnrichmentConnector_works on Work @relay(plural: true) {
    id
    status
    timestamp
    errors {
      message
    }
    connector {
      id
    }
    ...EnrichmentWork_work
  }
`;

interface Props {
  connector: EnrichmentConnector_connector$key;
  /** This connector's works, newest first. */
  works: EnrichmentConnector_works$key;
  canEnrich: boolean;
  now: number;
  stuckAfterMs: number;
  retrying: boolean;
  onRetry: (connectorId: string) => void;
}

/** A connector (one per OpenAEV instance or tenant), its "Retry" action, and every work it did for the coverage. */
export function EnrichmentConnector({
  connector: key,
  works: worksKey,
  canEnrich,
  now,
  stuckAfterMs,
  retrying,
  onRetry,
}: Props) {
  const connector = useFragment(fragment, key);
  const works = useFragment(worksFragment, worksKey);
  const t = useT();
  // A work stuck past the threshold no longer blocks a new attempt: that is what the analyst should do.
  const blocking = works.filter((work) => !isWorkStuck(work, now, stuckAfterMs));
  const block = retrying ? 'sending' : retryBlock(connector, blocking, canEnrich);
  const reason = block ? t(`enrichment.retry.blocked.${block}`) : t('enrichment.retry.tooltip');
  const headingId = `connector-${connector.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <ExtensionIcon
          aria-hidden
          sx={{ color: connector.active ? 'success.main' : 'error.main' }}
        />
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography id={headingId} variant="h3" component="h3">
            {connector.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {connector.active
              ? t('enrichment.connector.active')
              : t('enrichment.connector.inactive')}
            {' · '}
            {connector.updated_at ? (
              <>
                {t('enrichment.connector.seen')} <RelativeTime value={connector.updated_at} />
              </>
            ) : (
              t('enrichment.connector.neverSeen')
            )}
          </Typography>
        </Box>
        <Tooltip title={reason}>
          <span>
            <IconButton
              aria-label={t('enrichment.retry')}
              aria-describedby={block ? `${headingId}-reason` : undefined}
              disabled={block !== null}
              onClick={() => onRetry(connector.id)}
            >
              <ReplayIcon />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
      {block ? (
        <Typography
          id={`${headingId}-reason`}
          variant="caption"
          color="text.secondary"
          component="p"
        >
          {reason}
        </Typography>
      ) : null}
      {works.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('enrichment.connector.noWork')}
        </Typography>
      ) : (
        <List aria-label={t('enrichment.works', { connector: connector.name })} sx={{ mt: 1 }}>
          {works.map((work) => (
            <EnrichmentWork
              key={work.id}
              work={work}
              now={now}
              stuckAfterMs={stuckAfterMs}
              retrying={retrying}
              connectorSeen={connector.updated_at ?? null}
              onRetry={canEnrich && connector.active ? () => onRetry(connector.id) : undefined}
            />
          ))}
        </List>
      )}
    </Box>
  );
}

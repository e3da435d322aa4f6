import { graphql, useFragment } from 'react-relay';
import { useIntl } from 'react-intl';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { RelativeTime } from '../../components/RelativeTime';
import { useT } from '../../i18n/useT';
import { isWorkStuck, workDurationMs, workLog, workState } from '../../lib/works';
import { WorkStatus } from './WorkStatus';
import type { EnrichmentWork_work$key } from './__generated__/EnrichmentWork_work.graphql';

const fragment = graphql`
  fragment EnrichmentWork_work on Work {
    id
    status
    timestamp
    completed_time
    processed_time
    messages {
      timestamp
      message
    }
    errors {
      timestamp
      message
    }
  }
`;

function useDuration() {
  const intl = useIntl();
  return (ms: number) => {
    const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
      intl.formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'short' });
    const seconds = Math.round(ms / 1000);
    if (seconds < 60) return unit(seconds, 'second');
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `${unit(minutes, 'minute')} ${unit(seconds % 60, 'second')}`;
    return `${unit(Math.floor(minutes / 60), 'hour')} ${unit(minutes % 60, 'minute')}`;
  };
}

interface Props {
  work: EnrichmentWork_work$key;
  now: number;
  stuckAfterMs: number;
  /** Shown on a stuck work: asks the connector again. Absent when the user may not. */
  onRetry?: () => void;
  retrying: boolean;
  connectorSeen: string | null;
}

/** One attempt to task OpenAEV: its status, when it started, how long it took, and every message in time order. */
export function EnrichmentWork({
  work: key,
  now,
  stuckAfterMs,
  onRetry,
  retrying,
  connectorSeen,
}: Props) {
  const work = useFragment(fragment, key);
  const t = useT();
  const intl = useIntl();
  const duration = useDuration();
  const state = workState(work);
  const took = workDurationMs(work, now);
  const log = workLog(work);
  const stuck = isWorkStuck(work, now, stuckAfterMs);
  return (
    <ListItem
      component="li"
      sx={{ display: 'block', borderLeft: 2, borderColor: 'divider', pl: 2, mb: 1.5 }}
      aria-label={t('enrichment.work.label', {
        state: t(`enrichment.state.${state}`),
        started: intl.formatDate(work.timestamp, { dateStyle: 'medium', timeStyle: 'short' }),
      })}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5 }}>
        <WorkStatus state={state} />
        <Typography variant="body2" color="text.secondary">
          {t('enrichment.work.started')} <RelativeTime value={work.timestamp} />
        </Typography>
        {took !== null ? (
          <Typography variant="body2" color="text.secondary">
            {t(
              state === 'waiting' || state === 'inProgress'
                ? 'enrichment.work.running'
                : 'enrichment.work.took',
              {
                duration: duration(took),
              },
            )}
          </Typography>
        ) : null}
      </Box>
      {log.length > 0 ? (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, mt: 0.5, p: 0 }}>
          {log.map((line, index) => (
            <Typography
              key={index}
              component="li"
              variant="body2"
              sx={{ color: line.kind === 'error' ? 'error.main' : 'text.primary' }}
            >
              {line.timestamp ? (
                <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
                  {intl.formatTime(line.timestamp, { timeStyle: 'medium' })}
                </Box>
              ) : null}
              {line.kind === 'error' ? `${t('enrichment.work.error')} ` : null}
              {line.message}
            </Typography>
          ))}
        </Box>
      ) : null}
      {stuck ? (
        <Alert
          severity="warning"
          sx={{ mt: 1 }}
          action={
            onRetry ? (
              <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
                {t('enrichment.retry')}
              </Button>
            ) : undefined
          }
        >
          {t('enrichment.stuck', { minutes: Math.round(stuckAfterMs / 60_000) })}{' '}
          {connectorSeen
            ? t('enrichment.stuck.seen', {
                seen: intl.formatDate(connectorSeen, { dateStyle: 'medium', timeStyle: 'short' }),
              })
            : t('enrichment.stuck.neverSeen')}
        </Alert>
      ) : null}
    </ListItem>
  );
}

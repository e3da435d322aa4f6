import Box from '@mui/material/Box';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import SyncIcon from '@mui/icons-material/Sync';
import TimerOffIcon from '@mui/icons-material/TimerOff';

import { useT } from '../../i18n/useT';
import type { WorkState } from '../../lib/works';

const LOOK: Record<WorkState, { Icon: typeof CheckCircleIcon; color: string }> = {
  waiting: { Icon: HourglassEmptyIcon, color: 'info.main' },
  inProgress: { Icon: SyncIcon, color: 'info.main' },
  complete: { Icon: CheckCircleIcon, color: 'success.main' },
  failed: { Icon: ErrorIcon, color: 'error.main' },
  timedOut: { Icon: TimerOffIcon, color: 'warning.main' },
};

/** A work's status as an icon, a palette colour and a word: never colour alone. */
export function WorkStatus({ state }: { state: WorkState }) {
  const t = useT();
  const { Icon, color } = LOOK[state];
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color, fontWeight: 600 }}
    >
      <Icon fontSize="small" aria-hidden />
      {t(`enrichment.state.${state}`)}
    </Box>
  );
}

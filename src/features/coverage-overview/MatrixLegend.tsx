import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/useT';
import { cellStyle, type CellLook } from './matrixCellStyle';
import type { MessageKey } from '../../i18n/messages/en';

const ITEMS: readonly { look: CellLook; key: MessageKey }[] = [
  { look: 'success', key: 'overview.matrix.legend.success' },
  { look: 'warning', key: 'overview.matrix.legend.warning' },
  { look: 'error', key: 'overview.matrix.legend.error' },
  { look: 'placeholder', key: 'overview.matrix.legend.placeholder' },
  { look: 'untested', key: 'overview.matrix.legend.untested' },
];

/** What the cell colours and patterns mean, as a list with a swatch and words for each. */
export function MatrixLegend({ metric }: { metric: string | null }) {
  const t = useT();
  return (
    <Box
      component="ul"
      aria-label={t('overview.matrix.legend')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, m: 0, mb: 1 }}
    >
      {ITEMS.map((item) => (
        <Box
          component="li"
          key={item.look}
          sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}
        >
          <Box
            aria-hidden
            sx={(theme) => ({ width: 22, height: 14, ...cellStyle(item.look, theme) })}
          />
          <Typography variant="caption">
            {t(item.key, { metric: metric ?? t('overview.matrix.anyScore') })}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { useT } from '../../i18n/useT';

const CARDS = [
  { md: 6, height: 150 },
  { md: 6, height: 150 },
  { md: 6, height: 220 },
  { md: 6, height: 220 },
  { md: 12, height: 320 },
] as const;

/** Shaped like the Overview's cards, so nothing jumps when the data arrives. */
export function OverviewSkeleton() {
  const t = useT();
  return (
    <Grid
      container
      spacing={3}
      role="progressbar"
      aria-busy="true"
      aria-label={t('overview.loading')}
    >
      {CARDS.map((card, i) => (
        <Grid key={i} size={{ xs: 12, md: card.md }}>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Skeleton variant="text" width="40%" height={32} />
            <Skeleton variant="rounded" height={card.height} sx={{ mt: 1 }} />
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}

import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { scoreLevel } from '../lib/scores';

const SIZES = { small: 34, medium: 56 } as const;

/**
 * A small ring gauge: the score as a number inside a ring coloured by its band. `null` means no result and shows
 * "–", never 0. The accessible name states the metric and the score, so colour is never the only carrier.
 */
export function ScoreGauge({
  label,
  score,
  size = 'small',
  noResultLabel,
}: {
  label: string;
  score: number | null;
  size?: keyof typeof SIZES;
  noResultLabel: string;
}) {
  const px = SIZES[size];
  const level = score === null ? null : scoreLevel(score);
  const accessibleName = score === null ? `${label}: ${noResultLabel}` : `${label}: ${score}/100`;
  return (
    <Box
      role="img"
      aria-label={accessibleName}
      title={accessibleName}
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        alignItems: 'center',
        minWidth: px + 8,
      }}
    >
      <Box aria-hidden sx={{ position: 'relative', width: px, height: px }}>
        <CircularProgress
          variant="determinate"
          value={100}
          size={px}
          thickness={4}
          sx={{ color: 'action.disabledBackground', position: 'absolute', left: 0 }}
        />
        {level ? (
          <CircularProgress
            variant="determinate"
            value={Math.max(score ?? 0, 0)}
            size={px}
            thickness={4}
            sx={{ color: `${level}.main`, position: 'absolute', left: 0 }}
          />
        ) : null}
        <Typography
          component="span"
          aria-hidden
          sx={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: size === 'small' ? 11 : 15,
            fontWeight: 600,
            color: level ? `${level}.main` : 'text.secondary',
          }}
        >
          {score === null ? '–' : score}
        </Typography>
      </Box>
      <Typography
        component="span"
        aria-hidden
        variant="caption"
        sx={{ color: 'text.secondary', lineHeight: 1.2, mt: 0.25 }}
      >
        {label}
      </Typography>
    </Box>
  );
}

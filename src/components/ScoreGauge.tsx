import { styled, useTheme } from '@mui/material/styles';
import { scoreLevel } from '../lib/scores';

const SIZES = { small: 34, medium: 56 } as const;
/** The ring's geometry, as MUI's CircularProgress draws it: a 44-unit box, a stroke 4 units thick. */
const BOX = 44;
const THICKNESS = 4;
const RADIUS = (BOX - THICKNESS) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Static styles only (dynamic sizes and colours go inline): gauges repeat in every row of long tables, where
 * per-render style work adds up.
 */
const Root = styled('span')(({ theme }) => ({
  display: 'inline-flex',
  flexDirection: 'column',
  alignItems: 'center',
  '& .ScoreGauge-ring': { position: 'relative', display: 'block' },
  '& .ScoreGauge-ring svg': { display: 'block', transform: 'rotate(-90deg)' },
  '& .ScoreGauge-ring circle': { fill: 'none', strokeWidth: THICKNESS },
  '& .ScoreGauge-value': {
    ...theme.typography.body1,
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: 600,
  },
  '& .ScoreGauge-label': {
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
    lineHeight: 1.2,
    marginTop: theme.spacing(0.25),
  },
}));

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
  const { palette } = useTheme();
  const px = SIZES[size];
  const level = score === null ? null : scoreLevel(score);
  const color = level ? palette[level].main : palette.text.secondary;
  const accessibleName = score === null ? `${label}: ${noResultLabel}` : `${label}: ${score}/100`;
  const filled = Math.min(Math.max(score ?? 0, 0), 100);
  return (
    <Root
      role="img"
      aria-label={accessibleName}
      title={accessibleName}
      style={{ minWidth: px + 8 }}
    >
      <span aria-hidden className="ScoreGauge-ring" style={{ width: px, height: px }}>
        <svg viewBox={`${BOX / 2} ${BOX / 2} ${BOX} ${BOX}`} width={px} height={px}>
          <circle cx={BOX} cy={BOX} r={RADIUS} stroke={palette.action.disabledBackground} />
          {level ? (
            <circle
              cx={BOX}
              cy={BOX}
              r={RADIUS}
              stroke={color}
              strokeDasharray={CIRCUMFERENCE.toFixed(3)}
              strokeDashoffset={(((100 - filled) / 100) * CIRCUMFERENCE).toFixed(3)}
            />
          ) : null}
        </svg>
        <span className="ScoreGauge-value" style={{ fontSize: size === 'small' ? 11 : 15, color }}>
          {score === null ? '–' : score}
        </span>
      </span>
      <span aria-hidden className="ScoreGauge-label">
        {label}
      </span>
    </Root>
  );
}

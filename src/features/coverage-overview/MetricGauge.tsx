import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { Cell, Pie, PieChart } from 'recharts';
import { useT } from '../../i18n/useT';
import { scoreLevel } from '../../lib/scores';

const SIZE = 96;

/**
 * A recharts ring gauge for one metric: the score's share of the ring in its band's palette colour, the number in
 * the middle, the metric's name under it. 0 is a red 0, not an empty gauge; `null` (no score) shows a dash. The
 * accessible name states the metric and the score.
 */
export function MetricGauge({ label, score }: { label: string; score: number | null }) {
  const theme = useTheme();
  const t = useT();
  const level = score === null ? null : scoreLevel(score);
  const colour = level ? theme.palette[level].main : theme.palette.text.disabled;
  const track = theme.palette.action.disabledBackground;
  const value = score === null ? 0 : Math.min(Math.max(score, 0), 100);
  const data = [
    { key: 'score', value },
    { key: 'rest', value: 100 - value },
  ];
  const name =
    score === null
      ? t('overview.gauge.noScore', { metric: label })
      : t('overview.gauge.score', { metric: label, score });
  return (
    <Box
      role="img"
      aria-label={name}
      title={name}
      sx={{
        display: 'inline-flex',
        flexDirection: 'column',
        alignItems: 'center',
        width: SIZE + 16,
      }}
    >
      <Box sx={{ position: 'relative', width: SIZE, height: SIZE }} aria-hidden>
        <PieChart width={SIZE} height={SIZE} accessibilityLayer={false}>
          <Pie
            rootTabIndex={-1}
            data={data}
            dataKey="value"
            nameKey="key"
            innerRadius={SIZE / 2 - 12}
            outerRadius={SIZE / 2 - 2}
            startAngle={90}
            endAngle={-270}
            stroke="none"
            isAnimationActive={false}
          >
            <Cell fill={colour} />
            <Cell fill={track} />
          </Pie>
        </PieChart>
        <Typography
          component="span"
          sx={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 22,
            fontWeight: 600,
            color: level ? `${level}.main` : 'text.secondary',
          }}
        >
          {score === null ? t('common.none') : t('overview.gauge.number', { score })}
        </Typography>
      </Box>
      <Typography
        component="span"
        aria-hidden
        variant="body2"
        sx={{ mt: 0.5, textAlign: 'center' }}
      >
        {label}
      </Typography>
    </Box>
  );
}

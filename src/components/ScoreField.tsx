import Box from '@mui/material/Box';
import Slider from '@mui/material/Slider';
import TextField from '@mui/material/TextField';
import { parseScore } from '../lib/validation';
import { useT } from '../i18n/useT';

/** A 0–100 score as a slider and a number field that stay in step; the text field keeps whatever was typed. */
export function ScoreField({
  metric,
  value,
  onChange,
  error,
}: {
  metric: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useT();
  const parsed = parseScore(value);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
      <Slider
        value={parsed ?? 0}
        min={0}
        max={100}
        step={1}
        onChange={(_event, next) => onChange(String(Array.isArray(next) ? next[0] : next))}
        slotProps={{ input: { 'aria-label': t('score.slider', { metric }) } }}
        sx={{ flexGrow: 1, mt: 1 }}
      />
      <TextField
        size="small"
        label={t('score.label', { metric })}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={!!error}
        helperText={error}
        required
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ width: 150, flexShrink: 0 }}
      />
    </Box>
  );
}

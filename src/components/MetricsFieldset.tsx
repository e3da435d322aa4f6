import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { ScoreField } from './ScoreField';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages/en';

interface Props {
  legend: string;
  /** The group's error code (`validation.<code>`), e.g. no metric chosen. */
  error?: string;
  children: ReactNode;
}

/** The scores of a manual coverage: a required group with its legend and its own error under the rows. */
export function MetricsFieldset({ legend, error, children }: Props) {
  const t = useT();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="body2" sx={{ mb: 1 }}>
        {legend} *
      </Typography>
      {children}
      {error ? (
        <FormHelperText error>{t(`validation.${error}` as MessageKey)}</FormHelperText>
      ) : null}
    </Box>
  );
}

interface ScoreProps {
  /** The metric's display name. */
  label: string;
  value: string;
  onChange: (score: string) => void;
  /** The score's error code (`validation.<code>`). */
  error?: string;
}

/** One metric's 0–100 score, with its translated error. */
export function MetricScore({ label, value, onChange, error }: ScoreProps) {
  const t = useT();
  return (
    <ScoreField
      metric={label}
      value={value}
      onChange={onChange}
      error={error ? t(`validation.${error}` as MessageKey) : undefined}
    />
  );
}

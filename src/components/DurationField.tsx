import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { parseDuration, SIMPLE_UNITS, toSimple, type SimpleUnit } from '../lib/isoDuration';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages/en';
import { useDurationText } from './useDurationText';

const UNIT_LETTER: Record<SimpleUnit, string> = { hours: 'H', days: 'D', weeks: 'W', months: 'M' };
const toIso = (text: string, unit: SimpleUnit) =>
  unit === 'hours' ? `PT${text.trim()}H` : `P${text.trim()}${UNIT_LETTER[unit]}`;

interface Props {
  label: string;
  /** The ISO-8601 value, as stored; '' when unset. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  /** 'schedule' previews a repetition ("every 2 weeks"); 'length' a span of time ("30 days"). */
  kind?: 'schedule' | 'length';
}

/**
 * An ISO-8601 duration edited as a number and a unit (hours, days, weeks, months) with the ISO value and a plain
 * preview ("every 2 weeks"). A stored value the editor cannot show (P1DT12H, PT30M…) is kept and edited as text,
 * never rewritten. Whatever is typed stays on screen, valid or not.
 */
export function DurationField({
  label,
  value,
  onChange,
  error,
  required,
  kind = 'schedule',
}: Props) {
  const t = useT();
  const id = useId();
  const { every, phrase } = useDurationText();
  const parts = parseDuration(value);
  const simple = parts ? toSimple(parts) : null;
  const [custom, setCustom] = useState(() => value.trim() !== '' && simple === null);
  const [number, setNumber] = useState(simple ? String(simple.value) : '');
  const [unit, setUnit] = useState<SimpleUnit>(simple?.unit ?? 'days');
  const preview = kind === 'length' ? (parts ? phrase(parts) || null : null) : every(value);
  const helperId = `${id}-help`;

  if (custom) {
    return (
      <Box>
        <TextField
          fullWidth
          size="small"
          label={t('duration.custom', { label })}
          value={value}
          required={required}
          error={!!error}
          onChange={(event) => onChange(event.target.value)}
          helperText={error ?? t('duration.customHelp')}
        />
        {preview ? (
          <Typography variant="caption" color="text.secondary">
            {preview}
          </Typography>
        ) : null}
        <Box>
          <Button
            size="small"
            onClick={() => {
              setCustom(false);
              setNumber('');
              onChange('');
            }}
          >
            {t('duration.useSimple')}
          </Button>
        </Box>
      </Box>
    );
  }
  return (
    <Box role="group" aria-labelledby={`${id}-label`}>
      <Typography id={`${id}-label`} variant="body2" sx={{ mb: 0.5 }}>
        {label}
        {required ? ' *' : ''}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <TextField
          size="small"
          label={t('duration.numberShort')}
          value={number}
          error={!!error}
          onChange={(event) => {
            setNumber(event.target.value);
            onChange(event.target.value.trim() === '' ? '' : toIso(event.target.value, unit));
          }}
          slotProps={{
            htmlInput: {
              inputMode: 'numeric',
              'aria-describedby': helperId,
              'aria-label': t('duration.number', { label }),
            },
          }}
          sx={{ width: 140 }}
        />
        <TextField
          select
          size="small"
          label={t('duration.unitShort')}
          value={unit}
          slotProps={{
            select: {
              // Named after the field ("Coverage validity period: unit"), not just "Unit": forms hold several.
              SelectDisplayProps: {
                'aria-label': t('duration.unit', { label }),
                'aria-labelledby': undefined,
              } as React.HTMLAttributes<HTMLDivElement>,
            },
          }}
          onChange={(event) => {
            const next = event.target.value as SimpleUnit;
            setUnit(next);
            if (number.trim() !== '') onChange(toIso(number, next));
          }}
          sx={{ width: 150 }}
        >
          {SIMPLE_UNITS.map((u) => (
            <MenuItem key={u} value={u}>
              {t(`duration.unit.${u}` as MessageKey)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <FormHelperText id={helperId} error={!!error}>
        {error ??
          (value ? `${t('duration.iso', { value })}${preview ? ` · ${preview}` : ''}` : ' ')}
      </FormHelperText>
    </Box>
  );
}

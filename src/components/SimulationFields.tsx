import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PLATFORMS } from '../lib/coverageForm';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages/en';
import { DurationField } from './DurationField';

export interface SimulationValues {
  periodicity: string;
  duration: string;
  platforms: string[];
  typeAffinity: string;
}

interface Props {
  values: SimulationValues;
  onChange: (change: Partial<SimulationValues>) => void;
  /** The translated message to show for a field, if any. */
  errorOf: (field: 'periodicity' | 'duration' | 'platforms') => string | undefined;
  periodicityLabel: string;
  /** How the duration's preview reads (see DurationField). */
  durationKind?: 'schedule' | 'length';
  /** Offers "Not set", and keeps a stored type the form does not know, instead of always choosing one. */
  notSetLabel?: string;
}

/** The settings of a simulated coverage: periodicity, duration, platforms (at least one) and type affinity. */
export function SimulationFields({
  values,
  onChange,
  errorOf,
  periodicityLabel,
  durationKind,
  notSetLabel,
}: Props) {
  const t = useT();
  return (
    <>
      <DurationField
        label={periodicityLabel}
        required
        value={values.periodicity}
        onChange={(periodicity) => onChange({ periodicity })}
        error={errorOf('periodicity')}
      />
      <DurationField
        label={t('form.field.duration')}
        kind={durationKind}
        required
        value={values.duration}
        onChange={(duration) => onChange({ duration })}
        error={errorOf('duration')}
      />
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend" variant="body2">
          {t('form.field.platforms')} *
        </Typography>
        <FormGroup row>
          {PLATFORMS.map((platform) => (
            <FormControlLabel
              key={platform}
              label={t(`form.platform.${platform}` as MessageKey)}
              control={
                <Checkbox
                  checked={values.platforms.includes(platform)}
                  onChange={(e) =>
                    onChange({
                      platforms: e.target.checked
                        ? [...values.platforms, platform]
                        : values.platforms.filter((p) => p !== platform),
                    })
                  }
                />
              }
            />
          ))}
        </FormGroup>
        {errorOf('platforms') ? (
          <FormHelperText error>{errorOf('platforms')}</FormHelperText>
        ) : null}
      </Box>
      <TextField
        select
        label={t('form.field.typeAffinity')}
        value={values.typeAffinity}
        onChange={(e) => onChange({ typeAffinity: e.target.value })}
      >
        {notSetLabel !== undefined ? <MenuItem value="">{notSetLabel}</MenuItem> : null}
        <MenuItem value="ENDPOINT">{t('form.field.typeAffinity.ENDPOINT')}</MenuItem>
        {notSetLabel !== undefined && values.typeAffinity && values.typeAffinity !== 'ENDPOINT' ? (
          <MenuItem value={values.typeAffinity}>{values.typeAffinity}</MenuItem>
        ) : null}
      </TextField>
    </>
  );
}

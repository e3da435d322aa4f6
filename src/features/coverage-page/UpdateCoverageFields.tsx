import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DurationField } from '../../components/DurationField';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import { LabelsMarkingsFields } from './LabelsMarkingsFields';
import { MetricRowsField } from './MetricRowsField';
import { PLATFORMS, type UpdateErrors, type UpdateMode, type UpdateValues } from './updateForm';

interface Props {
  mode: UpdateMode;
  values: UpdateValues;
  onChange: (change: Partial<UpdateValues>) => void;
  /** Errors to show (empty until the first save attempt). */
  errors: UpdateErrors;
  /** A field-level message from the server (e.g. the name refused). */
  serverNameError?: string;
  /** The coverage's current labels and markings, named. */
  current: { labels: { id: string; label: string }[]; markings: { id: string; label: string }[] };
}

/** The fields of the Update drawer: common ones, then the scores (manual) or the simulation settings (automated). */
export function UpdateCoverageFields(props: Props) {
  const { mode, values, onChange, errors, serverNameError } = props;
  const t = useT();
  const shown = (field: string) =>
    errors[field] ? t(`validation.${errors[field]}` as MessageKey) : undefined;
  const nameError = shown('name') ?? serverNameError;
  return (
    <>
      <TextField
        label={t('coverage.field.name')}
        required
        value={values.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={!!nameError}
        helperText={nameError}
      />
      <TextField
        label={t('coverage.field.description')}
        multiline
        minRows={3}
        value={values.description}
        onChange={(e) => onChange({ description: e.target.value })}
      />
      {mode === 'manual' ? (
        <>
          <MetricRowsField
            metrics={values.metrics}
            onChange={(metrics) => onChange({ metrics })}
            errors={errors}
          />
          <DurationField
            label={t('coverage.field.validity')}
            value={values.periodicity}
            onChange={(periodicity) => onChange({ periodicity })}
            error={shown('periodicity')}
          />
          <TextField
            label={t('coverage.field.sourceUrl')}
            value={values.sourceUrl}
            onChange={(e) => onChange({ sourceUrl: e.target.value })}
            error={!!shown('sourceUrl')}
            helperText={shown('sourceUrl') ?? t('coverage.field.sourceUrlHelp')}
            type="url"
          />
        </>
      ) : (
        <>
          <DurationField
            label={t('coverage.field.periodicity')}
            required
            value={values.periodicity}
            onChange={(periodicity) => onChange({ periodicity })}
            error={shown('periodicity')}
          />
          <DurationField
            label={t('coverage.field.duration')}
            required
            value={values.duration}
            onChange={(duration) => onChange({ duration })}
            error={shown('duration')}
          />
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" variant="body2">
              {t('coverage.field.platforms')} *
            </Typography>
            <FormGroup row>
              {PLATFORMS.map((platform) => (
                <FormControlLabel
                  key={platform}
                  label={t(`coverage.platform.${platform}` as MessageKey)}
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
            {shown('platforms') ? (
              <FormHelperText error>{shown('platforms')}</FormHelperText>
            ) : null}
          </Box>
          <TextField
            select
            label={t('coverage.field.typeAffinity')}
            value={values.typeAffinity}
            onChange={(e) => onChange({ typeAffinity: e.target.value })}
          >
            <MenuItem value="">{t('coverage.field.notSet')}</MenuItem>
            <MenuItem value="ENDPOINT">{t('coverage.field.typeAffinity.ENDPOINT')}</MenuItem>
            {values.typeAffinity && values.typeAffinity !== 'ENDPOINT' ? (
              <MenuItem value={values.typeAffinity}>{values.typeAffinity}</MenuItem>
            ) : null}
          </TextField>
        </>
      )}
      <LabelsMarkingsFields
        labels={values.labels}
        markings={values.markings}
        current={props.current}
        onChange={onChange}
      />
    </>
  );
}

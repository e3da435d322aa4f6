import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DurationField } from '../../components/DurationField';
import { useDescribeError } from '../../components/ErrorFallback';
import { MultiSelect } from '../../components/MultiSelect';
import { isApiError } from '../../relay/errors';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { VocabularyEntry } from '../../lib/scores';
import { useAddSecurityCoverageMutation } from './AddSecurityCoverageMutation';
import { useAddSecurityCoverageResultMutation } from './AddSecurityCoverageResultMutation';
import {
  PLATFORMS,
  toAddInput,
  validateCreation,
  type CreationMode,
  type CreationValues,
} from './creationForm';
import { MetricsFields } from './MetricsFields';
import { TestedEntitiesField, type TestableItem } from './TestedEntitiesField';
import type { PickedEntity } from './AddSecurityCoverageDrawer';

interface Props {
  mode: CreationMode;
  entity: PickedEntity;
  eligible: { attackPatterns: number; vulnerabilities: number };
  testable: readonly TestableItem[];
  willRun: string[];
  vocabulary: readonly VocabularyEntry[];
  labels: { id: string; label: string }[];
  markings: { id: string; label: string }[];
  values: CreationValues;
  onValuesChange: (values: CreationValues) => void;
  connections: string[];
  onCancel: () => void;
  onCreated: (id: string) => void;
}

/** The details of the new coverage; validated before anything is sent, every field kept on any failure. */
export function CoverageDetailsForm(props: Props) {
  const { mode, entity, eligible, testable, vocabulary, values, onValuesChange, connections } =
    props;
  const t = useT();
  const describe = useDescribeError();
  const [add] = useAddSecurityCoverageMutation();
  const addResult = useAddSecurityCoverageResultMutation();
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const sending = useRef(false);
  const errors = validateCreation(values, mode);
  const shown = (field: string) =>
    submitted && errors[field] ? t(`validation.${errors[field]}` as MessageKey) : undefined;
  const set = (change: Partial<CreationValues>) => onValuesChange({ ...values, ...change });
  const nameError =
    shown('name') ??
    (isApiError(serverError) && serverError.field === 'name' ? serverError.message : undefined);

  const submit = async () => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || sending.current) return;
    sending.current = true;
    setSubmitting(true);
    setServerError(null);
    try {
      const input = toAddInput(values, mode, entity.id);
      const created = await add(input, connections);
      if (
        mode === 'manual' &&
        !input.add_related_entities &&
        !input.external_uri &&
        input.coverage_information
      ) {
        await addResult(
          created.id,
          t('creation.mode.manual'),
          input.coverage_information,
          new Date().toISOString(),
        );
      }
      props.onCreated(created.id);
    } catch (error) {
      setServerError(error);
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      sx={{ display: 'grid', gap: 2.5 }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('creation.covering', {
          type: t(`entity.${entity.entityType}` as MessageKey),
          name: entity.name,
        })}
        {mode === 'automated' ? ` · ${t('creation.eligible', eligible)}` : ''}
      </Typography>
      <TextField
        label={t('creation.field.name')}
        required
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={!!nameError}
        helperText={nameError}
        autoFocus
      />
      <TextField
        label={t('creation.field.description')}
        multiline
        minRows={3}
        value={values.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      {mode === 'automated' ? (
        <>
          <DurationField
            label={t('creation.field.periodicity')}
            required
            value={values.periodicity}
            onChange={(periodicity) => set({ periodicity })}
            error={shown('periodicity')}
          />
          <DurationField
            label={t('creation.field.duration')}
            kind="length"
            required
            value={values.duration}
            onChange={(duration) => set({ duration })}
            error={shown('duration')}
          />
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" variant="body2">
              {t('creation.field.platforms')} *
            </Typography>
            <FormGroup row>
              {PLATFORMS.map((platform) => (
                <FormControlLabel
                  key={platform}
                  label={t(`creation.platform.${platform}` as MessageKey)}
                  control={
                    <Checkbox
                      checked={values.platforms.includes(platform)}
                      onChange={(e) =>
                        set({
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
            label={t('creation.field.typeAffinity')}
            value={values.typeAffinity}
            onChange={(e) => set({ typeAffinity: e.target.value })}
          >
            <MenuItem value="ENDPOINT">{t('creation.field.typeAffinity.ENDPOINT')}</MenuItem>
          </TextField>
        </>
      ) : (
        <>
          <MetricsFields
            vocabulary={vocabulary}
            metrics={values.metrics}
            onChange={(metrics) => set({ metrics })}
            errors={submitted ? errors : {}}
          />
          <DurationField
            label={t('creation.field.validity')}
            value={values.validity}
            onChange={(validity) => set({ validity })}
            error={shown('validity')}
          />
          <TextField
            label={t('creation.field.sourceUrl')}
            value={values.sourceUrl}
            onChange={(e) => set({ sourceUrl: e.target.value })}
            error={!!shown('sourceUrl')}
            helperText={shown('sourceUrl') ?? t('creation.field.sourceUrlHelp')}
            type="url"
          />
          <TestedEntitiesField
            items={testable}
            value={values.testedIds}
            onChange={(testedIds) => set({ testedIds })}
          />
        </>
      )}
      <MultiSelect
        label={t('creation.field.labels')}
        options={props.labels}
        value={values.labels}
        onChange={(labels) => set({ labels })}
      />
      <MultiSelect
        label={t('creation.field.markings')}
        options={props.markings}
        value={values.markings}
        onChange={(markings) => set({ markings })}
      />
      {submitted && Object.keys(errors).length > 0 ? (
        <Alert severity="error">{t('creation.fixErrors')}</Alert>
      ) : null}
      {serverError ? (
        <Alert severity="error" role="alert">
          {t('creation.failed', { reason: describe(serverError) })}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
        <Button onClick={props.onCancel} disabled={submitting}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={submitting}>
          {submitting ? t('creation.submitting') : t('creation.submit')}
        </Button>
      </Box>
    </Box>
  );
}

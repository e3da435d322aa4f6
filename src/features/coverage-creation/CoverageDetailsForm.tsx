import { useRef, useState } from 'react';
import { useRelayEnvironment } from 'react-relay';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDescribeError } from '../../components/ErrorFallback';
import { FormFooter } from '../../components/FormFooter';
import { LabelsMarkingsSelects } from '../../components/LabelsMarkingsSelects';
import { NameDescriptionFields } from '../../components/NameDescriptionFields';
import { SimulationFields } from '../../components/SimulationFields';
import { ValiditySourceFields } from '../../components/ValiditySourceFields';
import { isApiError } from '../../relay/errors';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { VocabularyEntry } from '../../lib/scores';
import { useAddSecurityCoverageMutation } from './AddSecurityCoverageMutation';
import { useAddSecurityCoverageResultMutation } from './AddSecurityCoverageResultMutation';
import { useAddHasCoveredMutation } from './AddHasCoveredMutation';
import { getServerShape } from '../../relay/serverShape';
import {
  toAddInput,
  toG1AddInput,
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
  const addHasCovered = useAddHasCoveredMutation();
  const environment = useRelayEnvironment();
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const sending = useRef(false);
  // Set once OpenCTI has created the coverage: if a follow-up (its manual scores on G2 servers, its tested entities
  // on G1 servers) then fails, sending again finishes it instead of asking OpenCTI to create it a second time.
  const [created, setCreated] = useState<{
    id: string;
    scored: boolean;
    followUp: 'scores' | 'tested';
  } | null>(null);
  const linked = useRef(new Set<string>());
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
      const shape = await getServerShape(environment);
      const now = new Date().toISOString();
      const input = toAddInput(values, mode, entity.id);
      const g1 = shape === 'g1' ? toG1AddInput(input, now) : null;
      let coverage = created;
      if (!coverage) {
        const added = await add(g1 ? g1.input : input, connections);
        coverage = {
          id: added.id,
          scored: (added.coverage_information ?? []).length > 0,
          followUp: g1 ? 'tested' : 'scores',
        };
        setCreated(coverage);
      }
      const { id, scored } = coverage;
      const scores = mode === 'manual' ? (input.coverage_information ?? []) : [];
      if (g1) {
        for (const toId of g1.testedIds) {
          if (!linked.current.has(toId)) await addHasCovered(id, toId);
          linked.current.add(toId);
        }
      } else if (scores.length > 0 && !scored) {
        // Only when the server dropped the scores (it keeps them in a result of its own when it makes one): a
        // second result would average in and outlive the next Update.
        await addResult(id, t('creation.mode.manual'), scores, now);
      }
      props.onCreated(id);
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
      <NameDescriptionFields
        name={values.name}
        description={values.description}
        onChange={set}
        nameError={nameError}
      />
      {mode === 'automated' ? (
        <SimulationFields
          values={values}
          onChange={set}
          errorOf={shown}
          periodicityLabel={t('creation.field.periodicity')}
          durationKind="length"
        />
      ) : (
        <>
          <MetricsFields
            vocabulary={vocabulary}
            metrics={values.metrics}
            onChange={(metrics) => set({ metrics })}
            errors={submitted ? errors : {}}
          />
          <ValiditySourceFields
            validity={values.validity}
            sourceUrl={values.sourceUrl}
            onChange={set}
            errors={{ validity: shown('validity'), sourceUrl: shown('sourceUrl') }}
            sourceUrlHelp={t('creation.field.sourceUrlHelp')}
          />
          <TestedEntitiesField
            items={testable}
            value={values.testedIds}
            onChange={(testedIds) => set({ testedIds })}
          />
        </>
      )}
      <LabelsMarkingsSelects
        labelOptions={props.labels}
        markingOptions={props.markings}
        labels={values.labels}
        markings={values.markings}
        onChange={set}
      />
      <FormFooter
        fixErrors={submitted && Object.keys(errors).length > 0 ? t('creation.fixErrors') : null}
        failure={
          serverError
            ? t(
                created
                  ? created.followUp === 'tested'
                    ? 'creation.testedFailed'
                    : 'creation.scoresFailed'
                  : 'creation.failed',
                {
                  reason: describe(serverError),
                },
              )
            : null
        }
        busy={submitting}
        submitLabel={t('creation.submit')}
        busyLabel={t('creation.submitting')}
        onCancel={props.onCancel}
      />
    </Box>
  );
}

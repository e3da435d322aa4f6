import { NameDescriptionFields } from '../../components/NameDescriptionFields';
import { SimulationFields } from '../../components/SimulationFields';
import { ValiditySourceFields } from '../../components/ValiditySourceFields';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import { LabelsMarkingsFields } from './LabelsMarkingsFields';
import { MetricRowsField } from './MetricRowsField';
import type { UpdateErrors, UpdateMode, UpdateValues } from './updateForm';

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
  return (
    <>
      <NameDescriptionFields
        name={values.name}
        description={values.description}
        onChange={onChange}
        nameError={shown('name') ?? serverNameError}
      />
      {mode === 'manual' ? (
        <>
          <MetricRowsField
            metrics={values.metrics}
            onChange={(metrics) => onChange({ metrics })}
            errors={errors}
          />
          {/* A manual coverage's validity period is its periodicity. */}
          <ValiditySourceFields
            validity={values.periodicity}
            sourceUrl={values.sourceUrl}
            onChange={({ validity, sourceUrl }) =>
              onChange(validity === undefined ? { sourceUrl } : { periodicity: validity })
            }
            errors={{ validity: shown('periodicity'), sourceUrl: shown('sourceUrl') }}
            sourceUrlHelp={t('coverage.field.sourceUrlHelp')}
          />
        </>
      ) : (
        <SimulationFields
          values={values}
          onChange={onChange}
          errorOf={shown}
          periodicityLabel={t('coverage.field.periodicity')}
          notSetLabel={t('coverage.field.notSet')}
        />
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

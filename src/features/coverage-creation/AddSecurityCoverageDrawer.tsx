import { Suspense, useState } from 'react';
import type { PreloadedQuery } from 'react-relay';
import Box from '@mui/material/Box';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { FormDrawer } from '../../components/FormDrawer';
import { PageSkeleton } from '../../components/PageSkeleton';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useT } from '../../i18n/useT';
import type { CoverableEntityType } from '../../lib/entityTypes';
import type { MessageKey } from '../../i18n/messages/en';
import { initialValues, type CreationMode, type CreationValues } from './creationForm';
import { CreationStep } from './CreationStep';
import { EntityPickerStep } from './EntityPickerStep';
import type { AddSecurityCoverageDrawerQuery } from './__generated__/AddSecurityCoverageDrawerQuery.graphql';
import type { EntityPickerStepQuery } from './__generated__/EntityPickerStepQuery.graphql';

export interface PickedEntity {
  id: string;
  entityType: CoverableEntityType;
  name: string;
}

type StepKey = 'entity' | 'mode' | 'details';

/**
 * Focus goes to each step's heading as it mounts (it is keyed by step), when the drawer opens as at each step change,
 * so keyboard and screen-reader users start at the step's top. A ref callback, not an effect: the drawer's content
 * mounts in its portal after this component's effects have run, and the focus trap leaves focus that is already
 * inside it where it is.
 */
function focusOnMount(node: HTMLElement | null) {
  node?.focus();
}

interface Props {
  preselected: PickedEntity | null;
  pickerRef: PreloadedQuery<EntityPickerStepQuery> | null | undefined;
  drawerRef: PreloadedQuery<AddSecurityCoverageDrawerQuery> | null | undefined;
  onPick: (entity: PickedEntity) => void;
  /** Loads the entity picker again after a failure. */
  onReloadPicker: () => void;
  connections: string[];
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** The creation drawer: [pick an entity] → choose how → details. Earlier steps stay reachable; typed values stay. */
export function AddSecurityCoverageDrawer({
  preselected,
  pickerRef,
  drawerRef,
  onPick,
  onReloadPicker,
  connections,
  onClose,
  onCreated,
}: Props) {
  const t = useT();
  const steps: StepKey[] = preselected ? ['mode', 'details'] : ['entity', 'mode', 'details'];
  const [step, setStep] = useState<StepKey>(steps[0] ?? 'mode');
  const [entity, setEntity] = useState<PickedEntity | null>(preselected);
  const [mode, setMode] = useState<CreationMode | null>(null);
  const [values, setValues] = useState<CreationValues>(() =>
    initialValues(preselected?.name ?? ''),
  );
  const activeIndex = steps.indexOf(step);

  const pick = (picked: PickedEntity) => {
    if (picked.id !== entity?.id) {
      setValues((current) => ({ ...current, name: picked.name, testedIds: [] }));
      onPick(picked);
    }
    setEntity(picked);
    setStep('mode');
  };

  return (
    <FormDrawer
      titleId="add-coverage-title"
      title={t('creation.title')}
      closeLabel={t('creation.close')}
      onClose={onClose}
      width={760}
    >
      <Box sx={{ px: 3, pt: 2 }}>
        {/* The steps are places the analyst can go back to, not tabs: MUI's tab roles are replaced. */}
        <Stepper
          nonLinear
          activeStep={activeIndex}
          component="div"
          role="group"
          aria-label={t('creation.steps')}
          aria-orientation={undefined}
        >
          {steps.map((key, index) => (
            <Step key={key} component="div" completed={index < activeIndex}>
              <StepButton
                role="button"
                aria-selected={undefined}
                aria-posinset={undefined}
                aria-setsize={undefined}
                aria-current={index === activeIndex ? 'step' : undefined}
                tabIndex={index < activeIndex ? 0 : -1}
                disabled={index >= activeIndex}
                onClick={() => setStep(key)}
                aria-label={
                  index < activeIndex
                    ? t('creation.stepBack', { step: t(`creation.step.${key}` as MessageKey) })
                    : undefined
                }
              >
                {t(`creation.step.${key}` as MessageKey)}
              </StepButton>
            </Step>
          ))}
        </Stepper>
      </Box>
      <Box sx={{ p: 3, overflow: 'auto', flexGrow: 1 }}>
        <Typography
          key={`heading-${step}`}
          ref={focusOnMount}
          tabIndex={-1}
          variant="h3"
          component="h3"
          sx={{ mb: 2, outline: 'none' }}
        >
          {t(`creation.step.${step}` as MessageKey)}
        </Typography>
        <ErrorBoundary
          key={step}
          onRetry={() => (step === 'entity' || !entity ? onReloadPicker() : onPick(entity))}
        >
          <Suspense fallback={<PageSkeleton rows={5} />}>
            {step === 'entity' && pickerRef ? (
              <EntityPickerStep queryRef={pickerRef} selectedId={entity?.id} onPick={pick} />
            ) : null}
            {step !== 'entity' && entity && drawerRef ? (
              <CreationStep
                queryRef={drawerRef}
                entity={entity}
                step={step}
                mode={mode}
                onChooseMode={(next) => {
                  setMode(next);
                  setStep('details');
                }}
                values={values}
                onValuesChange={setValues}
                connections={connections}
                onCancel={onClose}
                onCreated={onCreated}
              />
            ) : null}
          </Suspense>
        </ErrorBoundary>
      </Box>
    </FormDrawer>
  );
}

import { usePreloadedQuery, type PreloadedQuery } from 'react-relay';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useT } from '../../i18n/useT';
import { usePaths } from '../../config/useAppConfig';
import { useNow } from '../../components/useNow';
import { automationAvailability } from '../../lib/connectors';
import { countEligible } from '../../lib/eligibility';
import { DEFAULT_COVERAGE_VOCABULARY } from '../../lib/scores';
import type { MessageKey } from '../../i18n/messages/en';
import { AddSecurityCoverageDrawerQuery } from './AddSecurityCoverageDrawerQuery';
import { CoverageDetailsForm } from './CoverageDetailsForm';
import { ModeCards } from './ModeCards';
import type { CreationMode, CreationValues } from './creationForm';
import type { PickedEntity } from './AddSecurityCoverageDrawer';
import type { AddSecurityCoverageDrawerQuery as QueryType } from './__generated__/AddSecurityCoverageDrawerQuery.graphql';

interface Props {
  queryRef: PreloadedQuery<QueryType>;
  entity: PickedEntity;
  step: 'mode' | 'details';
  mode: CreationMode | null;
  onChooseMode: (mode: CreationMode) => void;
  values: CreationValues;
  onValuesChange: (values: CreationValues) => void;
  connections: string[];
  onCancel: () => void;
  onCreated: (id: string) => void;
}

/** The mode and details steps, over what the platform says about the entity and its connectors. */
export function CreationStep({ queryRef, entity, step, mode, onChooseMode, ...formProps }: Props) {
  const data = usePreloadedQuery<QueryType>(AddSecurityCoverageDrawerQuery, queryRef);
  const t = useT();
  const paths = usePaths();
  const now = useNow();
  const typeLabel = t(`entity.${entity.entityType}` as MessageKey);
  const existing = data.existing?.edges[0]?.node ?? null;
  const testable = (data.testable?.edges ?? []).map((edge) => ({
    id: edge.node.id,
    entity_type: edge.node.entity_type,
    name: edge.node.representative.main,
    x_mitre_id: edge.node.x_mitre_id ?? null,
  }));
  const eligible = countEligible(testable);
  const availability = automationAvailability(data.connectors, now);
  const vocabulary = data.vocabularies?.edges.length
    ? data.vocabularies.edges.map((e) => ({ name: e.node.name, order: e.node.order }))
    : DEFAULT_COVERAGE_VOCABULARY;

  if (existing) {
    return (
      <Alert
        severity="info"
        action={
          <Button color="inherit" component={RouterLink} to={paths.securityCoverage(existing.id)}>
            {t('creation.existing.open')}
          </Button>
        }
      >
        {t('creation.existing', { type: typeLabel, name: existing.name })}
      </Alert>
    );
  }
  if (step === 'mode' || !mode) {
    return (
      <ModeCards
        availability={availability}
        eligible={eligible}
        entityName={entity.name}
        typeLabel={typeLabel}
        selected={mode}
        onChoose={onChooseMode}
        onCancel={formProps.onCancel}
      />
    );
  }
  return (
    <CoverageDetailsForm
      {...formProps}
      mode={mode}
      entity={entity}
      eligible={eligible}
      testable={testable}
      willRun={availability.healthy.map((c) => c.name)}
      vocabulary={vocabulary}
      labels={(data.labels?.edges ?? []).map((e) => ({ id: e.node.id, label: e.node.value ?? '' }))}
      markings={(data.markingDefinitions?.edges ?? []).map((e) => ({
        id: e.node.id,
        label: e.node.definition ?? '',
      }))}
    />
  );
}

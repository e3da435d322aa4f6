import { lazy, Suspense, useState } from 'react';
import { useQueryLoader } from 'react-relay';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import { useCan } from '../../components/Capabilities';
import { useT } from '../../i18n/useT';
import { COVERABLE_ENTITY_TYPES } from '../../lib/entityTypes';
import { testableEntitiesFilter } from '../../lib/eligibility';
import { anyOf, filterGroup } from '../../lib/filters';
import type { PickedEntity } from './AddSecurityCoverageDrawer';
import { AddSecurityCoverageDrawerQuery } from './AddSecurityCoverageDrawerQuery';
import EntityPickerQuery from './__generated__/EntityPickerStepQuery.graphql';
import type { AddSecurityCoverageDrawerQuery as DrawerQueryType } from './__generated__/AddSecurityCoverageDrawerQuery.graphql';
import type { EntityPickerStepQuery as PickerQueryType } from './__generated__/EntityPickerStepQuery.graphql';

/**
 * The drawer's code (stepper, forms, pickers) loads when it is first wanted, while its queries are already on their
 * way: pages that show the button do not pay for the drawer. Pointing at the button starts the download.
 */
const loadDrawerModule = () => import('./AddSecurityCoverageDrawer');
const AddSecurityCoverageDrawer = lazy(async () => ({
  default: (await loadDrawerModule()).AddSecurityCoverageDrawer,
}));

interface Props {
  /** The entity of the page the button is on; without it, the drawer starts by picking one. */
  entity?: PickedEntity;
  /** List connections the new coverage joins at the top. */
  connections?: string[];
  /** Called with the new coverage's id once it is created. */
  onCreated?: (id: string) => void;
}

/** "Add Security Coverage": shown only to users who may create (KNOWLEDGE_KNUPDATE); data loads when it is clicked. */
export function AddSecurityCoverageButton({ entity, connections = [], onCreated }: Props) {
  const t = useT();
  const canCreate = useCan('KNOWLEDGE_KNUPDATE');
  const [open, setOpen] = useState(false);
  const [drawerRef, loadDrawer, disposeDrawer] = useQueryLoader<DrawerQueryType>(
    AddSecurityCoverageDrawerQuery,
  );
  const [pickerRef, loadPicker, disposePicker] = useQueryLoader<PickerQueryType>(EntityPickerQuery);
  if (!canCreate) return null;

  const loadEntity = (picked: PickedEntity) =>
    loadDrawer(
      {
        entityId: picked.id,
        testableFilters: testableEntitiesFilter(picked.id, picked.entityType),
        existingFilters: filterGroup([anyOf('objectCovered', [picked.id])]),
      },
      { fetchPolicy: 'network-only' },
    );
  const loadEntities = () =>
    loadPicker(
      { types: [...COVERABLE_ENTITY_TYPES], search: null },
      { fetchPolicy: 'network-only' },
    );
  const openDrawer = () => {
    setOpen(true);
    if (entity) loadEntity(entity);
    else loadEntities();
  };
  const close = () => {
    setOpen(false);
    disposeDrawer();
    disposePicker();
  };
  return (
    <>
      <Button
        variant="contained"
        startIcon={<AddIcon />}
        onClick={openDrawer}
        onPointerEnter={() => void loadDrawerModule()}
        onFocus={() => void loadDrawerModule()}
      >
        {t('creation.button')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <AddSecurityCoverageDrawer
            preselected={entity ?? null}
            pickerRef={pickerRef}
            drawerRef={drawerRef}
            onPick={loadEntity}
            onReloadPicker={loadEntities}
            connections={connections}
            onClose={close}
            onCreated={(id) => {
              close();
              onCreated?.(id);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

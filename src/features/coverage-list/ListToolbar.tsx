import type { ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useT } from '../../i18n/useT';
import { COVERABLE_ENTITY_TYPES } from '../../lib/entityTypes';
import type { MessageKey } from '../../i18n/messages/en';
import { DEFAULT_VIEW, isFiltered, type CoverageMode, type ListViewState } from './listViewState';
import { MultiSelect } from '../../components/MultiSelect';
import { SearchField } from '../../components/SearchField';
import type { ListToolbar_query$key } from './__generated__/ListToolbar_query.graphql';

const fragment = graphql`
  fragment ListToolbar_query on Query {
    labels(first: 200, orderBy: value, orderMode: asc) {
      edges {
        node {
          id
          value
        }
      }
    }
    markingDefinitions(first: 100, orderBy: x_opencti_order, orderMode: asc) {
      edges {
        node {
          id
          definition
        }
      }
    }
  }
`;

interface Props {
  queryRef: ListToolbar_query$key;
  view: ListViewState;
  onChange: (change: Partial<ListViewState>, options?: { replace?: boolean }) => void;
  actions?: ReactNode;
}

/** Search (debounced, on the server) and the filters of the list. */
export function ListToolbar({ queryRef, view, onChange, actions }: Props) {
  const data = useFragment(fragment, queryRef);
  const t = useT();

  const labels = (data.labels?.edges ?? []).map((e) => ({
    id: e.node.id,
    label: e.node.value ?? '',
  }));
  const markings = (data.markingDefinitions?.edges ?? []).map((e) => ({
    id: e.node.id,
    label: e.node.definition ?? '',
  }));
  const types = COVERABLE_ENTITY_TYPES.map((type) => ({
    id: type,
    label: t(`entity.${type}` as MessageKey),
  }));
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      <SearchField
        value={view.search}
        onSearch={(search) => onChange({ search }, { replace: true })}
        label={t('list.search')}
        submitOnEnter
        sx={{ minWidth: 260 }}
      />
      <MultiSelect
        label={t('list.filter.type')}
        anyLabel={t('list.filter.anyType')}
        options={types}
        value={view.types}
        onChange={(value) => onChange({ types: value as ListViewState['types'] })}
      />
      <TextField
        select
        size="small"
        label={t('list.filter.mode')}
        value={view.mode ?? ''}
        onChange={(event) =>
          onChange({ mode: (event.target.value || null) as CoverageMode | null })
        }
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 140 }}
      >
        <option value="">{t('list.mode.any')}</option>
        <option value="automated">{t('list.mode.automated')}</option>
        <option value="manual">{t('list.mode.manual')}</option>
      </TextField>
      <MultiSelect
        label={t('list.filter.label')}
        anyLabel={t('list.filter.anyLabel')}
        options={labels}
        value={view.labels}
        onChange={(value) => onChange({ labels: value })}
      />
      <MultiSelect
        label={t('list.filter.marking')}
        anyLabel={t('list.filter.anyMarking')}
        options={markings}
        value={view.markings}
        onChange={(value) => onChange({ markings: value })}
      />
      {isFiltered(view) ? (
        <Button
          size="small"
          onClick={() =>
            onChange({ ...DEFAULT_VIEW, sortBy: view.sortBy, orderAsc: view.orderAsc })
          }
        >
          {t('list.filter.clear')}
        </Button>
      ) : null}
      <Box sx={{ flexGrow: 1 }} />
      {actions}
    </Box>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { graphql, useFragment } from 'react-relay';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';
import { useT } from '../../i18n/useT';
import { COVERABLE_ENTITY_TYPES } from '../../lib/entityTypes';
import type { MessageKey } from '../../i18n/messages/en';
import { DEFAULT_VIEW, isFiltered, type CoverageMode, type ListViewState } from './listViewState';
import { MultiSelect } from '../../components/MultiSelect';
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
  const [text, setText] = useState(view.search);
  const [shownSearch, setShownSearch] = useState(view.search);
  if (view.search !== shownSearch) {
    // The URL changed under us (Back, a shared link): show its search term.
    setShownSearch(view.search);
    if (text.trim() !== view.search) setText(view.search);
  }
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (text.trim() === view.search) return undefined;
    const timer = setTimeout(() => latest.current({ search: text }, { replace: true }), 300);
    return () => clearTimeout(timer);
  }, [text, view.search]);

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
      <TextField
        size="small"
        type="search"
        label={t('list.search')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange({ search: text }, { replace: true });
        }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
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

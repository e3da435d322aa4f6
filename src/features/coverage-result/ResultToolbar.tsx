import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { MultiSelect } from '../../components/MultiSelect';
import { SearchField } from '../../components/SearchField';
import { useT } from '../../i18n/useT';
import { useEntityTypeName } from './useEntityTypeName';
import type { ResultStatus, ResultViewState } from './resultViewState';

interface Props {
  /** The entity types the coverage tested, offered by the type filter. */
  types: readonly string[];
  view: ResultViewState;
  onChange: (change: Partial<ResultViewState>, options?: { replace?: boolean }) => void;
  actions?: ReactNode;
}

/** Search (debounced, on the server), the entity-type, covered/placeholder and score filters, and the exports. */
export function ResultToolbar({ types: tested, view, onChange, actions }: Props) {
  const t = useT();
  const typeName = useEntityTypeName();
  const [below, setBelow] = useState(view.below === null ? '' : String(view.below));
  const [shownBelow, setShownBelow] = useState(view.below);
  if (view.below !== shownBelow) {
    setShownBelow(view.below);
    setBelow(view.below === null ? '' : String(view.below));
  }
  const commitBelow = () => {
    const n = Number(below);
    const next = below.trim() === '' || !Number.isInteger(n) || n < 1 || n > 100 ? null : n;
    if (next === null) setBelow('');
    if (next !== view.below) onChange({ below: next });
  };

  const types = [...new Set([...tested, ...view.types])].map((type) => ({
    id: type,
    label: typeName(type),
  }));
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      <SearchField
        value={view.search}
        onSearch={(search) => onChange({ search }, { replace: true })}
        label={t('result.search')}
        submitOnEnter
        sx={{ minWidth: 260 }}
      />
      <MultiSelect
        label={t('result.filter.type')}
        anyLabel={t('result.filter.anyType')}
        options={types}
        value={view.types}
        onChange={(value) => onChange({ types: value })}
      />
      <TextField
        select
        size="small"
        label={t('result.filter.status')}
        value={view.status ?? ''}
        onChange={(event) =>
          onChange({ status: (event.target.value || null) as ResultStatus | null })
        }
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 160 }}
      >
        <option value="">{t('result.status.any')}</option>
        <option value="covered">{t('result.status.covered')}</option>
        <option value="placeholder">{t('result.status.placeholder')}</option>
      </TextField>
      <TextField
        size="small"
        type="number"
        label={t('result.filter.below')}
        value={below}
        onChange={(event) => setBelow(event.target.value)}
        onBlur={commitBelow}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commitBelow();
        }}
        placeholder={t('result.filter.belowHelp')}
        slotProps={{
          htmlInput: { min: 1, max: 100, step: 1, title: t('result.filter.belowHelp') },
          inputLabel: { shrink: true },
        }}
        sx={{ width: 170 }}
      />
      <Box sx={{ flexGrow: 1 }} />
      {actions}
    </Box>
  );
}

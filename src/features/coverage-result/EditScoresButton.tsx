import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import EditIcon from '@mui/icons-material/Edit';
import { useT } from '../../i18n/useT';
import type { Metric, VocabularyEntry } from '../../lib/scores';
import { EditScoresDialog } from './EditScoresDialog';

interface Props {
  relationshipId: string;
  entityName: string;
  metrics: readonly Metric[];
  vocabulary: readonly VocabularyEntry[];
}

/** The row's "Edit scores" control (manual coverages, KNOWLEDGE_KNUPDATE only). */
export function EditScoresButton(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const label = t('result.edit.open', { name: props.entityName });
  return (
    <>
      <Tooltip title={label}>
        <IconButton size="small" aria-label={label} onClick={() => setOpen(true)}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {open ? <EditScoresDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { columnSort, SortableHeaderCell } from '../../components/SortableHeaderCell';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { ResultSortKey } from './resultViewState';

/** Visible to screen readers only. */
const srOnly = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** Widths in %, for the fixed table layout (rows come and go while scrolling: columns must not jump). */
export const RESULT_COLUMNS: { label: MessageKey; width: string; sort?: ResultSortKey }[] = [
  { label: 'result.col.type', width: '13%' },
  { label: 'result.col.name', width: '21%', sort: 'toName' },
  { label: 'result.col.coverage', width: '20%' },
  { label: 'result.col.labels', width: '9%' },
  { label: 'result.col.markings', width: '12%' },
  { label: 'result.col.result', width: '13%' },
  { label: 'result.col.lastModified', width: '12%', sort: 'updated_at' },
];

interface Props {
  /** Adds a narrow last column for the row actions (score edition). */
  withActions: boolean;
  sortBy: ResultSortKey;
  orderAsc: boolean;
  onSort: (key: ResultSortKey) => void;
}

export function ResultTableHead({ withActions, sortBy, orderAsc, onSort }: Props) {
  const t = useT();
  return (
    <TableHead>
      <TableRow aria-rowindex={1}>
        {RESULT_COLUMNS.map((column) => {
          return (
            <SortableHeaderCell
              key={column.label}
              label={t(column.label)}
              sx={{ width: column.width, fontWeight: 600, lineHeight: 1.2 }}
              sort={columnSort(column.sort, sortBy, orderAsc, onSort)}
            />
          );
        })}
        {withActions ? (
          <TableCell sx={{ width: 56, px: 1, fontWeight: 600 }}>
            <Box component="span" sx={srOnly}>
              {t('result.col.actions')}
            </Box>
          </TableCell>
        ) : null}
      </TableRow>
    </TableHead>
  );
}

import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { ResultSortKey } from './resultViewState';

/** Widths in %, for the fixed table layout (rows come and go while scrolling: columns must not jump). */
export const RESULT_COLUMNS: { label: MessageKey; width: string; sort?: ResultSortKey }[] = [
  { label: 'result.col.type', width: '11%' },
  { label: 'result.col.name', width: '24%', sort: 'toName' },
  { label: 'result.col.coverage', width: '17%' },
  { label: 'result.col.labels', width: '13%' },
  { label: 'result.col.markings', width: '10%' },
  { label: 'result.col.result', width: '14%' },
  { label: 'result.col.lastModified', width: '11%', sort: 'updated_at' },
];

interface Props {
  sortBy: ResultSortKey;
  orderAsc: boolean;
  onSort: (key: ResultSortKey) => void;
}

export function ResultTableHead({ sortBy, orderAsc, onSort }: Props) {
  const t = useT();
  return (
    <TableHead>
      <TableRow aria-rowindex={1}>
        {RESULT_COLUMNS.map((column) => {
          const active = column.sort === sortBy;
          return (
            <TableCell
              key={column.label}
              sx={{ width: column.width, whiteSpace: 'nowrap', fontWeight: 600 }}
              aria-sort={active ? (orderAsc ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <TableSortLabel
                  active={active}
                  direction={active && orderAsc ? 'asc' : 'desc'}
                  onClick={() => column.sort && onSort(column.sort)}
                >
                  {t(column.label)}
                </TableSortLabel>
              ) : (
                t(column.label)
              )}
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
}

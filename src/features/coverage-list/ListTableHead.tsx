import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { columnSort, SortableHeaderCell } from '../../components/SortableHeaderCell';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { SortKey } from './listViewState';

/**
 * The columns fit a 1440 px wide screen beside the navigation: names and covered entities wrap on two lines (the mode
 * is under the name), labels, markings and authors are cut with their whole text in a tooltip; narrower screens
 * scroll the table sideways.
 */
const COLUMNS: { label: MessageKey; sort?: SortKey; minWidth?: number }[] = [
  { label: 'list.col.name', sort: 'name', minWidth: 140 },
  { label: 'list.col.coveredEntity', minWidth: 160 },
  { label: 'list.col.coverage' },
  { label: 'list.col.lastResult', sort: 'coverage_last_result', minWidth: 100 },
  { label: 'list.col.labels' },
  { label: 'list.col.markings', sort: 'objectMarking' },
  { label: 'list.col.author', minWidth: 90 },
  { label: 'list.col.created', sort: 'created' },
];

interface Props {
  sortBy: SortKey;
  orderAsc: boolean;
  onSort: (key: SortKey) => void;
  selection?: { all: boolean; some: boolean; onToggleAll: () => void };
}

/** Column headers; sortable ones are buttons that say their direction (aria-sort on the header cell). */
export function ListTableHead({ sortBy, orderAsc, onSort, selection }: Props) {
  const t = useT();
  return (
    <TableHead>
      <TableRow>
        {selection ? (
          <TableCell padding="checkbox">
            <Checkbox
              checked={selection.all}
              indeterminate={selection.some && !selection.all}
              onChange={selection.onToggleAll}
              slotProps={{ input: { 'aria-label': t('list.col.selectAll') } }}
            />
          </TableCell>
        ) : null}
        {COLUMNS.map((column) => {
          return (
            <SortableHeaderCell
              key={column.label}
              label={t(column.label)}
              sx={{ minWidth: column.minWidth, fontWeight: 600 }}
              sort={columnSort(column.sort, sortBy, orderAsc, onSort)}
            />
          );
        })}
      </TableRow>
    </TableHead>
  );
}

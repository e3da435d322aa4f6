import TableCell from '@mui/material/TableCell';
import TableSortLabel from '@mui/material/TableSortLabel';
import { defaultOrderMode, type ListView, type SortField } from './listView';

/** A column header that sorts the list on the server; the `<th>` carries aria-sort for the active column. */
export function SortableHeaderCell({
  field,
  label,
  view,
  onSort,
}: {
  field: SortField;
  label: string;
  view: ListView;
  onSort: (field: SortField) => void;
}) {
  const active = view.sortBy === field;
  return (
    <TableCell sortDirection={active ? view.orderMode : false}>
      <TableSortLabel
        active={active}
        direction={active ? view.orderMode : defaultOrderMode(field)}
        onClick={() => onSort(field)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import TableCell from '@mui/material/TableCell';
import TableSortLabel from '@mui/material/TableSortLabel';

export type SortDirection = 'asc' | 'desc';

export interface HeaderSort {
  /** The table is sorted on this column. */
  active: boolean;
  /** The current direction when active; the direction a click would start with otherwise. */
  direction: SortDirection;
  onSort: () => void;
}

/**
 * The sort of a column whose sort key is `key` (none: the column does not sort) in a table sorted on `sortBy`;
 * a column not sorted on starts descending.
 */
export function columnSort<K extends string>(
  key: K | undefined,
  sortBy: K,
  orderAsc: boolean,
  onSort: (key: K) => void,
): HeaderSort | undefined {
  if (key === undefined) return undefined;
  const active = key === sortBy;
  return { active, direction: active && orderAsc ? 'asc' : 'desc', onSort: () => onSort(key) };
}

/**
 * A column header. With `sort`, its label is a button that sorts (on the server) and says its direction, and the
 * `<th>` carries aria-sort while the column is the active one; without, a plain header.
 */
export function SortableHeaderCell({
  label,
  sort,
  sx,
}: {
  label: ReactNode;
  sort?: HeaderSort;
  sx?: SxProps<Theme>;
}) {
  if (!sort) return <TableCell sx={sx}>{label}</TableCell>;
  return (
    <TableCell sortDirection={sort.active ? sort.direction : false} sx={sx}>
      <TableSortLabel active={sort.active} direction={sort.direction} onClick={sort.onSort}>
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

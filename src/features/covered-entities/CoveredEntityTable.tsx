import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useT } from '../../i18n/useT';
import { SortableHeaderCell, type HeaderSort } from '../../components/SortableHeaderCell';
import { defaultOrderMode, type ListView, type SortField } from './listView';

/** The table of a list page; `busy` while a new search or sort loads (the current rows stay, dimmed). */
export function CoveredEntityTable({
  label,
  view,
  onSort,
  busy,
  children,
}: {
  label: string;
  view: ListView;
  onSort: (field: SortField) => void;
  busy: boolean;
  /** The rows (CoveredEntityRow). */
  children: ReactNode;
}) {
  const t = useT();
  const sort = (field: SortField): HeaderSort => {
    const active = view.sortBy === field;
    return {
      active,
      direction: active ? view.orderMode : defaultOrderMode(field),
      onSort: () => onSort(field),
    };
  };
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ position: 'relative' }}>
      <Box sx={{ height: 4 }}>
        {busy ? <LinearProgress aria-label={t('entities.list.updating')} /> : null}
      </Box>
      <Table size="small" aria-label={label} aria-busy={busy}>
        <TableHead>
          <TableRow>
            <SortableHeaderCell label={t('entities.list.column.name')} sort={sort('name')} />
            <TableCell>{t('entities.list.column.labels')}</TableCell>
            <TableCell>{t('entities.list.column.markings')}</TableCell>
            <TableCell>{t('entities.list.column.author')}</TableCell>
            <SortableHeaderCell label={t('entities.list.column.created')} sort={sort('created')} />
            <TableCell>{t('entities.list.column.coverage')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody sx={{ opacity: busy ? 0.6 : 1, transition: 'opacity 150ms' }}>
          {children}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

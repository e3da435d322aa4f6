import { useDeferredValue, useEffect, useRef, type ReactNode } from 'react';
import { observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import { styled } from '@mui/material/styles';
import { useT } from '../../i18n/useT';
import { ResultTableHead } from './ResultTableHead';
import type { ResultSortKey, ResultViewState } from './resultViewState';

/**
 * jsdom (and a hidden tab) has no layout: the scroll box measures 0 × 0. The virtualizer then falls back to a
 * typical viewport so a sane number of rows still renders.
 */
const FALLBACK_RECT: Rect = { width: 1200, height: 720 };
const observeRect: typeof observeElementRect = (instance, callback) =>
  observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT));
/**
 * The rows standing for those above and below the rendered ones. Their height changes at every scroll: it goes
 * inline, as a style prop would add a stylesheet rule per height and make the browser restyle the whole page.
 */
const Spacer = styled('tr')({ border: 0 });
/** Start loading the next page when the last rendered row is this close to the end of the loaded rows. */
const PREFETCH_ROWS = 30;

interface Props<R> {
  rows: readonly R[];
  /** Renders one body row; `rowIndex` is its aria-rowindex (the header is row 1). */
  renderRow: (row: R, rowIndex: number) => ReactNode;
  rowHeight: number;
  /** Rows carry an actions cell (score edition). */
  withActions: boolean;
  /** Rows of the whole view (all pages), -1 when unknown yet. */
  rowCount: number;
  hasNext: boolean;
  isLoadingNext: boolean;
  onLoadMore: () => void;
  /** Changes when search, sort or filters change: the table scrolls back to its first row. */
  resetKey: string;
  view: ResultViewState;
  onSort: (key: ResultSortKey) => void;
}

/**
 * A real <table> (header row 1, body rows 2…, aria-rowcount / aria-rowindex) whose body renders only the rows in
 * view plus an overscan, between two spacer rows. The next server page loads as the user scrolls near the end.
 */
export function ResultTable<R>(props: Props<R>) {
  const { rows, renderRow, rowHeight, rowCount, hasNext, isLoadingNext, onLoadMore, view, onSort } =
    props;
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
  });
  // The scroll itself re-renders at once but keeps the rows it has (they are memoized); the rows newly in view
  // render at a lower priority, in slices React interleaves with frames, so a fast scroll never blocks the page.
  const items = useDeferredValue(virtualizer.getVirtualItems());
  const lastIndex = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (hasNext && !isLoadingNext && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasNext, isLoadingNext, lastIndex, rows.length, onLoadMore]);
  const { resetKey } = props;
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [resetKey]);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(
    0,
    virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0),
  );

  return (
    <Paper variant="outlined">
      <TableContainer ref={scrollRef} sx={{ maxHeight: '70vh', minHeight: 240 }}>
        <Table
          stickyHeader
          size="small"
          aria-label={t('result.table')}
          aria-rowcount={rowCount < 0 ? -1 : rowCount + 1}
          sx={{ tableLayout: 'fixed', minWidth: 960 }}
        >
          <ResultTableHead
            withActions={props.withActions}
            sortBy={view.sortBy}
            orderAsc={view.orderAsc}
            onSort={onSort}
          />
          <TableBody>
            {paddingTop > 0 ? <Spacer aria-hidden style={{ height: paddingTop }} /> : null}
            {items.map((item) => {
              const row = rows[item.index];
              return row === undefined ? null : renderRow(row, item.index + 2);
            })}
            {paddingBottom > 0 ? <Spacer aria-hidden style={{ height: paddingBottom }} /> : null}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ height: 4 }}>
        {isLoadingNext ? <LinearProgress aria-label={t('result.loadingMore')} /> : null}
      </Box>
    </Paper>
  );
}

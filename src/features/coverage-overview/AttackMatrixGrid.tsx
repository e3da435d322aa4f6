import { useRef, useState, type KeyboardEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import {
  cellScore,
  phaseDisplayName,
  type MatrixCell,
  type MatrixColumn,
} from '../../lib/attackMatrix';
import { scoreLevel } from '../../lib/scores';
import { cellStyle, type CellLook } from './matrixCellStyle';
import { useMetricName } from '../../components/useMetricName';

function lookOf(cell: MatrixCell, score: number | null): CellLook {
  if (cell.state !== 'tested') return cell.state;
  return score === null ? 'unscored' : scoreLevel(score);
}

/**
 * The ATT&CK matrix: one column per tactic, one cell per technique, coloured by the chosen metric. One tab stop
 * (roving tabindex): arrow keys move between cells, Home/End within a column, Enter opens the technique's row in the
 * Result tab.
 */
export function AttackMatrixGrid({
  coverageId,
  columns,
  metric,
}: {
  coverageId: string;
  columns: readonly MatrixColumn[];
  metric: string | null;
}) {
  const t = useT();
  const displayMetric = useMetricName();
  const paths = usePaths();
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const refs = useRef(new Map<string, HTMLAnchorElement>());
  const [ac, ar] = active;
  const col = Math.min(ac, columns.length - 1);
  const row = Math.min(ar, (columns[col]?.cells.length ?? 1) - 1);
  const metricName = metric ? displayMetric(metric) : '';

  const focus = (c: number, r: number) => {
    const target = columns[c];
    if (!target || target.cells.length === 0) return;
    const rr = Math.max(0, Math.min(r, target.cells.length - 1));
    setActive([c, rr]);
    refs.current.get(`${c}:${rr}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowDown: () => focus(col, row + 1),
      ArrowUp: () => focus(col, row - 1),
      ArrowRight: () => col < columns.length - 1 && focus(col + 1, row),
      ArrowLeft: () => col > 0 && focus(col - 1, row),
      Home: () => focus(col, 0),
      End: () => focus(col, Number.MAX_SAFE_INTEGER),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  const describe = (cell: MatrixCell, score: number | null) => {
    const title = cell.mitreId ? `${cell.mitreId} ${cell.name}` : cell.name;
    if (cell.state === 'placeholder') return t('overview.matrix.cell.placeholder', { title });
    if (cell.state === 'untested') return t('overview.matrix.cell.untested', { title });
    if (score === null) return t('overview.matrix.cell.unscored', { title, metric: metricName });
    return t('overview.matrix.cell.score', { title, metric: metricName, score });
  };

  return (
    <Box
      role="group"
      aria-label={t('overview.matrix.gridLabel')}
      aria-describedby="overview-matrix-keys"
      onKeyDown={onKeyDown}
      // Tactics wrap onto as many rows as the card needs: every technique stays in view, no hidden side-scroll.
      sx={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))',
        columnGap: 1,
        rowGap: 2,
        alignItems: 'start',
        pb: 1,
      }}
    >
      {columns.map((column, c) => {
        const headingId = `overview-matrix-col-${c}`;
        return (
          <Box key={column.phase || '~'} sx={{ minWidth: 0 }}>
            <Typography
              id={headingId}
              variant="caption"
              component="h3"
              sx={{ display: 'block', fontWeight: 600, mb: 0.5, minHeight: 32 }}
            >
              {column.phase ? phaseDisplayName(column.phase) : t('overview.matrix.noTactic')}
              <Box
                component="span"
                sx={{ display: 'block', color: 'text.secondary', fontWeight: 400 }}
              >
                {t('overview.matrix.techniques', { count: column.cells.length })}
              </Box>
            </Typography>
            <Box
              component="ul"
              aria-labelledby={headingId}
              sx={{
                listStyle: 'none',
                p: 0,
                m: 0,
                display: 'flex',
                flexDirection: 'column',
                gap: 0.5,
              }}
            >
              {column.cells.map((cell, r) => {
                const score = metric ? cellScore(cell, metric) : null;
                const label = describe(cell, score);
                const look = lookOf(cell, score);
                const selected = c === col && r === row;
                return (
                  <li key={cell.id}>
                    <Box
                      component={RouterLink}
                      to={`${paths.securityCoverageResult(coverageId)}?${new URLSearchParams({
                        search: cell.mitreId ?? cell.name,
                      }).toString()}`}
                      ref={(el: HTMLAnchorElement | null) => {
                        if (el) refs.current.set(`${c}:${r}`, el);
                        else refs.current.delete(`${c}:${r}`);
                      }}
                      tabIndex={selected ? 0 : -1}
                      onFocus={() => setActive([c, r])}
                      aria-label={label}
                      title={label}
                      data-state={look}
                      sx={(theme) => ({
                        ...cellStyle(look, theme),
                        display: 'flex',
                        alignItems: 'flex-start',
                        gap: 0.5,
                        px: 0.75,
                        py: 0.5,
                        textDecoration: 'none',
                        fontSize: 12,
                        lineHeight: 1.3,
                        '&:hover': { outline: `1px solid ${theme.palette.primary.main}` },
                        '&:focus-visible': {
                          outline: `2px solid ${theme.palette.primary.main}`,
                          outlineOffset: 1,
                        },
                      })}
                    >
                      <Box component="span" sx={{ flexGrow: 1 }} aria-hidden>
                        {cell.mitreId ? (
                          <Box component="span" sx={{ fontFamily: 'monospace', display: 'block' }}>
                            {cell.mitreId}
                          </Box>
                        ) : null}
                        {cell.name}
                      </Box>
                      <Box
                        component="span"
                        aria-hidden
                        sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
                      >
                        {cell.state === 'placeholder'
                          ? t('overview.matrix.placeholderShort')
                          : cell.state === 'tested'
                            ? score === null
                              ? t('common.none')
                              : t('overview.gauge.number', { score })
                            : null}
                      </Box>
                    </Box>
                  </li>
                );
              })}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

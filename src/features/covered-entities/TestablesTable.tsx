import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/useT';

/** The frame of a testable-entity table: its heading with the count, the "showing N of M" note, the headers. */
export function TestablesTable({
  title,
  headers,
  shown,
  total,
  truncated,
  children,
}: {
  title: string;
  headers: string[];
  shown: number;
  total: number;
  truncated: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h3" component="h3">
          {title}
        </Typography>
        {truncated ? (
          <Typography variant="body2" sx={{ color: 'warning.main' }}>
            {t('entities.testables.truncated', { shown, total })}
          </Typography>
        ) : null}
      </Box>
      {/* It scrolls on its own: keyboard users can focus it to scroll, and it is named for them. */}
      <TableContainer
        component={Paper}
        variant="outlined"
        tabIndex={0}
        role="region"
        aria-label={title}
        sx={{ maxHeight: 480 }}
      >
        <Table size="small" stickyHeader aria-label={title}>
          <TableHead>
            <TableRow>
              {headers.map((header) => (
                <TableCell key={header}>{header}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>{children}</TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}

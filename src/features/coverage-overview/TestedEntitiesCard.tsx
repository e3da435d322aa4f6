import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/messages/en';
import type { TestedCount } from '../../lib/testedEntities';
import { OverviewCard } from './OverviewCard';

/** Tested entities versus placeholders per entity type: a stacked bar chart and the same numbers as a table. */
export function TestedEntitiesCard({ counts }: { counts: readonly TestedCount[] }) {
  const t = useT();
  const intl = useIntl();
  const theme = useTheme();
  const typeName = (type: string) => {
    const key = [`entity.${type}`, `overview.tested.type.${type}`].find((k) => k in intl.messages);
    return key ? t(key as MessageKey) : type;
  };
  const rows = counts.map((row) => ({
    ...row,
    name: typeName(row.type),
  }));
  const n = (value: number) => intl.formatNumber(value);
  return (
    <OverviewCard id="overview-tested" title={t('overview.tested.title')}>
      {rows.length === 0 ? (
        <EmptyState title={t('overview.tested.empty')} body={t('overview.tested.emptyBody')} />
      ) : (
        <>
          <Box aria-hidden sx={{ overflowX: 'auto' }}>
            <BarChart
              width={440}
              height={40 + rows.length * 44}
              data={rows}
              layout="vertical"
              accessibilityLayer={false}
              margin={{ left: 8, right: 16, top: 4, bottom: 4 }}
            >
              <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
              <XAxis
                type="number"
                allowDecimals={false}
                tick={{ fill: theme.palette.text.secondary }}
              />
              <YAxis
                type="category"
                dataKey="name"
                width={120}
                tick={{ fill: theme.palette.text.primary, fontSize: 12 }}
              />
              <Legend itemSorter={null} />
              <Bar
                dataKey="tested"
                name={t('overview.tested.tested')}
                stackId="a"
                fill={theme.palette.success.main}
                isAnimationActive={false}
              />
              <Bar
                dataKey="placeholders"
                name={t('overview.tested.placeholders')}
                stackId="a"
                fill={theme.palette.warning.main}
                isAnimationActive={false}
              />
            </BarChart>
          </Box>
          <Table size="small" aria-label={t('overview.tested.tableLabel')} sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('overview.tested.type')}</TableCell>
                <TableCell align="right">{t('overview.tested.tested')}</TableCell>
                <TableCell align="right">{t('overview.tested.placeholders')}</TableCell>
                <TableCell align="right">{t('overview.tested.total')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.type}>
                  <TableCell component="th" scope="row">
                    {row.name}
                  </TableCell>
                  <TableCell align="right">{n(row.tested)}</TableCell>
                  <TableCell align="right">{n(row.placeholders)}</TableCell>
                  <TableCell align="right">{n(row.total)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {rows.some((row) => row.placeholders > 0) ? (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
              {t('overview.tested.placeholderHelp')}
            </Typography>
          ) : null}
        </>
      )}
    </OverviewCard>
  );
}

import { Link as RouterLink, useLoaderData } from 'react-router';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { fetchReports } from './opencti';
import { hostPaths } from './paths';

export const reportsLoader = () => fetchReports();

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('en-GB') : '—');

/** The host's own Reports page, from its own query. */
export function ReportsPage() {
  const reports = useLoaderData<typeof reportsLoader>();
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Reports
      </Typography>
      <Paper>
        <List aria-label="Reports">
          {reports.map((report) => (
            <ListItem key={report.id} divider>
              <ListItemText
                primary={
                  <Link component={RouterLink} to={hostPaths.report(report.id)}>
                    {report.name}
                  </Link>
                }
                secondary={`Published ${day(report.published)}${report.securityCoverage ? ' · covered' : ''}`}
              />
            </ListItem>
          ))}
        </List>
      </Paper>
    </>
  );
}

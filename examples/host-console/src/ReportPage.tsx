import {
  data,
  Link as RouterLink,
  useLoaderData,
  useNavigate,
  type LoaderFunctionArgs,
} from 'react-router';
import Markdown from 'react-markdown';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { AddSecurityCoverageButton, SecurityCoverageResultTable } from 'security-coverage-console';
import { fetchReport } from './opencti';
import { COVERAGE_BASE, hostPaths } from './paths';

export async function reportLoader({ params }: LoaderFunctionArgs) {
  const report = await fetchReport(params.id ?? '');
  if (!report) throw data('This report does not exist or you may not read it.', { status: 404 });
  return report;
}

/**
 * The host's own Report page. The library adds "Add Security Coverage" (the console's drawer, shown only to users
 * who may create) and, once the report is covered, the coverage's Result table.
 */
export function ReportPage() {
  const report = useLoaderData<typeof reportLoader>();
  const navigate = useNavigate();
  const coverage = report.securityCoverage;
  return (
    <Stack spacing={3}>
      <Paper sx={{ p: 3 }}>
        <Stack
          direction="row"
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}
        >
          <div>
            <Typography variant="overline" color="text.secondary">
              Report
            </Typography>
            <Typography variant="h4" component="h1">
              {report.name}
            </Typography>
          </div>
          <Box sx={{ flexShrink: 0 }}>
            <AddSecurityCoverageButton
              basePath={COVERAGE_BASE}
              locale="en"
              entity={{ id: report.id, entityType: 'Report', name: report.name }}
              onCreated={(id) => navigate(hostPaths.coverage(id))}
            />
          </Box>
        </Stack>
        {report.published ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Published {new Date(report.published).toLocaleDateString('en-GB')}
          </Typography>
        ) : null}
        {report.description ? (
          <Typography component="div" sx={{ mt: 2 }}>
            <Markdown>{report.description}</Markdown>
          </Typography>
        ) : null}
        <Typography sx={{ mt: 2 }}>
          Security coverage:{' '}
          {coverage ? (
            <Link component={RouterLink} to={hostPaths.coverage(coverage.id)}>
              {coverage.name}
            </Link>
          ) : (
            'none yet'
          )}
        </Typography>
      </Paper>
      {coverage ? (
        <section aria-labelledby="coverage-results">
          <Typography id="coverage-results" variant="h5" component="h2" gutterBottom>
            Coverage results
          </Typography>
          <SecurityCoverageResultTable
            basePath={COVERAGE_BASE}
            locale="en"
            coverageId={coverage.id}
          />
        </section>
      ) : null}
    </Stack>
  );
}

import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { hostPaths } from './paths';

/** Addresses the host has no page for (for example the library's links to entity types it does not show). */
export function NotInThisConsole() {
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Not in this console
      </Typography>
      <Typography>
        This console has no page at this address.{' '}
        <Link component={RouterLink} to={hostPaths.reports}>
          Back to the reports
        </Link>
      </Typography>
    </>
  );
}

/** The host's error page for its own loaders (the coverage pages handle their own errors). */
export function HostError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? String(error.data)
    : error instanceof Error
      ? error.message
      : 'Something went wrong.';
  return (
    <Alert severity="error" sx={{ m: 3 }}>
      {message}{' '}
      <Link component={RouterLink} to={hostPaths.reports}>
        Back to the reports
      </Link>
    </Alert>
  );
}

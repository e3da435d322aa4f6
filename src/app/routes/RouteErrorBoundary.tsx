import { isRouteErrorResponse, Link as RouterLink, useLocation, useRouteError } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ErrorFallback } from '../../components/ErrorFallback';
import { useAppConfig, usePaths } from '../../config/useAppConfig';
import { useT } from '../../i18n/useT';
import { isApiError } from '../../relay/errors';
import { isNotFoundError } from '../../lib/notFound';
import { NotFoundContent } from './NotFoundRoute';
import { useRetryRoute } from './useRetryRoute';

/**
 * The error element of every route: a 404 for records that do not exist, otherwise what failed and a Retry that
 * runs the route's loaders again (and so its query). In live mode, a missing or refused token leads to sign-in.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();
  const config = useAppConfig();
  const paths = usePaths();
  const t = useT();
  const retry = useRetryRoute();
  if (isNotFoundError(error) || (isRouteErrorResponse(error) && error.status === 404)) {
    return (
      <NotFoundContent
        path={location.pathname}
        entityType={isNotFoundError(error) ? error.entityType : undefined}
      />
    );
  }
  const signIn = config.mode === 'live' && isApiError(error) && error.kind === 'auth';
  return (
    <Box sx={{ p: 3 }}>
      <ErrorFallback error={error} onRetry={retry} />
      {signIn ? (
        <Button component={RouterLink} to={paths.connection} variant="contained">
          {t('connection.signIn')}
        </Button>
      ) : null}
    </Box>
  );
}

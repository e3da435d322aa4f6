import { isRouteErrorResponse, useLocation, useRevalidator, useRouteError } from 'react-router';
import Box from '@mui/material/Box';
import { ErrorFallback } from '../../components/ErrorFallback';
import { isNotFoundError } from '../../lib/notFound';
import { NotFoundContent } from './NotFoundRoute';

/**
 * The error element of every route: a 404 for records that do not exist, otherwise what failed and a Retry that
 * runs the route's loaders again (and so its query).
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const location = useLocation();
  if (isNotFoundError(error) || (isRouteErrorResponse(error) && error.status === 404)) {
    return (
      <NotFoundContent
        path={location.pathname}
        entityType={isNotFoundError(error) ? error.entityType : undefined}
      />
    );
  }
  return (
    <Box sx={{ p: 3 }}>
      <ErrorFallback error={error} onRetry={() => void revalidator.revalidate()} />
    </Box>
  );
}

import { PartialDataNotice } from '../../components/PartialDataNotice';
import { usePartialFailures } from '../../relay/partialFailures';
import { useRetryRoute } from './useRetryRoute';

/**
 * Above the page: says when the query of the page on screen was answered only in part, and loads the page again on
 * Retry. (A query that failed outright is said by the route's error element instead.)
 */
export function PageFailures() {
  const { failures, dismiss } = usePartialFailures();
  const retry = useRetryRoute();
  return (
    <PartialDataNotice
      failures={failures}
      onRetry={() => {
        dismiss();
        retry();
      }}
    />
  );
}

import { useCallback, useEffect, useState } from 'react';
import { RESULT_BULK_PAGE_SIZE, RESULT_PAGE_SIZE } from './resultViewState';

type LoadNext = (
  count: number,
  options?: { onComplete?: (error: Error | null) => void },
) => unknown;

/**
 * Loads further pages: one page as the user scrolls near the end, or every page in bulk while a client-side filter
 * needs all rows. A failed page stops the automatic loading until the user retries (no retry loop).
 */
export function useResultPages(
  loadNext: LoadNext,
  hasNext: boolean,
  isLoadingNext: boolean,
  bulk: boolean,
) {
  const [error, setError] = useState<Error | null>(null);
  const load = useCallback(
    (count: number) => {
      loadNext(count, { onComplete: (failure) => failure && setError(failure) });
    },
    [loadNext],
  );
  const loadMore = useCallback(() => {
    if (!error) load(RESULT_PAGE_SIZE);
  }, [error, load]);
  // Clearing the error is enough: the scroll check or the bulk loader then asks for the page again.
  const retry = useCallback(() => setError(null), []);
  useEffect(() => {
    if (bulk && hasNext && !isLoadingNext && !error) load(RESULT_BULK_PAGE_SIZE);
  }, [bulk, hasNext, isLoadingNext, error, load]);
  return { loadMore, error, retry };
}

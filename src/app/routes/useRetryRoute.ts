import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * Loads the current page again: navigating to the same place runs the route's loaders (and so its queries) again,
 * and the new location resets the router's error state. (A bare revalidation may finish within one render,
 * leaving an error shown.)
 */
export function useRetryRoute(): () => void {
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(
    () =>
      void navigate(
        { pathname: location.pathname, search: location.search, hash: location.hash },
        { replace: true, state: location.state },
      ),
    [navigate, location],
  );
}

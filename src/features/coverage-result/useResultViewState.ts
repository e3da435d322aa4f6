import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseResultView, serializeResultView, type ResultViewState } from './resultViewState';

/**
 * The Result tab's view, read from and written to the URL. Each change is a history entry (Back restores the
 * previous view) except search keystrokes, which replace the current one.
 */
export function useResultViewState(): [
  ResultViewState,
  (change: Partial<ResultViewState>, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseResultView(params), [params]);
  const update = useCallback(
    (change: Partial<ResultViewState>, options?: { replace?: boolean }) => {
      setParams(serializeResultView({ ...state, ...change }, params), {
        replace: options?.replace ?? false,
      });
    },
    [state, params, setParams],
  );
  return [state, update];
}

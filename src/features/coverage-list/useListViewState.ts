import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseViewState, serializeViewState, type ListViewState } from './listViewState';

/**
 * The list's view state, read from and written to the URL. Each change is a history entry (so Back restores the
 * previous view) except search keystrokes, which replace the current entry.
 */
export function useListViewState(): [
  ListViewState,
  (change: Partial<ListViewState>, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseViewState(params), [params]);
  const update = useCallback(
    (change: Partial<ListViewState>, options?: { replace?: boolean }) => {
      setParams(serializeViewState({ ...state, ...change }), {
        replace: options?.replace ?? false,
      });
    },
    [state, setParams],
  );
  return [state, update];
}

import { useEffect, useRef } from 'react';
import { nextPollDelay } from '../lib/coverageStatus';

/**
 * Calls `poll` while `active` is true, waiting 2 s, then 4 s, 8 s… (at most 30 s) between calls, each wait
 * starting once the previous poll has settled. Stops as soon as nothing is active or the component unmounts;
 * starts again from 2 s when something becomes active again. A failed poll only lengthens the wait: the page
 * keeps the data it has.
 */
export function usePollWhile(active: boolean, poll: () => unknown): void {
  const pollRef = useRef(poll);
  useEffect(() => {
    pollRef.current = poll;
  }, [poll]);

  useEffect(() => {
    if (!active) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay: number | null = null;
    const schedule = () => {
      delay = nextPollDelay(delay);
      timer = setTimeout(() => {
        Promise.resolve()
          .then(() => pollRef.current())
          .then(
            () => !cancelled && schedule(),
            () => !cancelled && schedule(),
          );
      }, delay);
    };
    schedule();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [active]);
}

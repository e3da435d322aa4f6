import { useEffect, useRef } from 'react';
import { pollDelayMs } from '../lib/works';

/**
 * Calls `poll` while `active`, with back-off (2 s, 4 s, 8 s … up to 30 s), and stops as soon as nothing is active
 * or the component unmounts. A change back to active starts again from the shortest delay.
 */
export function usePollWhile(active: boolean, poll: () => void) {
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll;
  });
  useEffect(() => {
    if (!active) return undefined;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        latest.current();
        attempt += 1;
        schedule();
      }, pollDelayMs(attempt));
    };
    schedule();
    return () => clearTimeout(timer);
  }, [active]);
}

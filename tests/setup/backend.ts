import { ManualClock } from '../../mocks/clock';
import { resetMockBackend } from '../../mocks/node';

type Options = Parameters<typeof resetMockBackend>[0];

/**
 * A fresh mock OpenCTI for one component test. Its clock starts at the real current time, because the UI reads
 * `Date.now()` for relative times and connector health; tests step the returned backend's clock to move time.
 */
export function freshBackend(options: Options = {}) {
  const clock = new ManualClock(Date.now());
  return { backend: resetMockBackend({ clock, ...options }), clock };
}

import { describe, expect, it, vi } from 'vitest';
import { PartialFailureLog } from './partialFailures';

const errors = [{ message: 'Elasticsearch cluster is unavailable' }];

describe('PartialFailureLog', () => {
  it('keeps the last incomplete answer of each operation until it is asked again', () => {
    const log = new PartialFailureLog();
    const listener = vi.fn();
    log.subscribe(listener);
    log.report('CoverageRouteQuery', errors);
    expect(log.getSnapshot()).toEqual([{ operation: 'CoverageRouteQuery', errors }]);
    expect(listener).toHaveBeenCalledTimes(1);
    const before = log.getSnapshot();
    log.started('SecurityCoveragesRouteQuery');
    expect(log.getSnapshot()).toBe(before);
    log.started('CoverageRouteQuery');
    expect(log.getSnapshot()).toEqual([]);
  });

  it('knows which operations belong to the pages on screen', () => {
    const log = new PartialFailureLog();
    const hide = log.show('EntityRouteQuery');
    const hideAgain = log.show('EntityRouteQuery');
    hide();
    expect(log.isOnScreen('EntityRouteQuery')).toBe(true);
    hideAgain();
    expect(log.isOnScreen('EntityRouteQuery')).toBe(false);
  });

  it('forgets dismissed operations only', () => {
    const log = new PartialFailureLog();
    log.report('A', errors);
    log.report('B', errors);
    log.dismiss(['A']);
    expect(log.getSnapshot().map((f) => f.operation)).toEqual(['B']);
  });
});

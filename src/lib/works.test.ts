import { describe, expect, it } from 'vitest';
import {
  isWorkStuck,
  retryBlock,
  STUCK_WORK_AFTER_MS,
  workDurationMs,
  workLog,
  worksOfConnector,
  workState,
  type WorkInfo,
} from './works';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const work = (over: Partial<WorkInfo> = {}): WorkInfo => ({
  id: 'w1',
  status: 'complete',
  timestamp: at(0),
  connector: { id: 'c1' },
  messages: [],
  errors: [],
  ...over,
});

describe('workState', () => {
  it('names every OpenCTI state, and a complete work with errors failed', () => {
    expect(workState(work({ status: 'wait' }))).toBe('waiting');
    expect(workState(work({ status: 'progress' }))).toBe('inProgress');
    expect(workState(work({ status: 'timeout' }))).toBe('timedOut');
    expect(workState(work())).toBe('complete');
    expect(workState(work({ errors: [{ timestamp: at(5), message: 'boom' }] }))).toBe('failed');
    expect(workState(work({ errors: [null] }))).toBe('complete');
  });
});

describe('isWorkStuck', () => {
  it('flags waiting or running works older than the threshold only', () => {
    const now = T0 + STUCK_WORK_AFTER_MS + 1;
    expect(isWorkStuck(work({ status: 'wait' }), now)).toBe(true);
    expect(isWorkStuck(work({ status: 'progress' }), now)).toBe(true);
    expect(isWorkStuck(work({ status: 'progress' }), T0 + STUCK_WORK_AFTER_MS)).toBe(false);
    expect(isWorkStuck(work({ status: 'complete' }), now)).toBe(false);
    expect(isWorkStuck(work({ status: 'wait' }), T0 + 60_000, 30_000)).toBe(true);
  });
});

describe('workDurationMs', () => {
  it('measures to the end of a finished work and to now for a running one', () => {
    expect(workDurationMs(work({ completed_time: at(42_000) }), T0 + 1e9)).toBe(42_000);
    expect(workDurationMs(work({ processed_time: at(7_000) }), T0 + 1e9)).toBe(7_000);
    expect(workDurationMs(work({ status: 'progress' }), T0 + 9_000)).toBe(9_000);
    expect(workDurationMs(work(), T0)).toBeNull();
  });
});

describe('workLog', () => {
  it('merges messages and errors in time order', () => {
    const log = workLog(
      work({
        messages: [
          { timestamp: at(3_000), message: 'Coverage successfully created or updated' },
          { timestamp: at(1_000), message: 'OpenAEV ready to process the operation' },
          { timestamp: null, message: 'undated' },
        ],
        errors: [{ timestamp: at(2_000), message: 'An unexpected server error occurred' }],
      }),
    );
    expect(log.map((l) => [l.kind, l.message])).toEqual([
      ['message', 'OpenAEV ready to process the operation'],
      ['error', 'An unexpected server error occurred'],
      ['message', 'Coverage successfully created or updated'],
      ['message', 'undated'],
    ]);
  });
});

describe('worksOfConnector', () => {
  it('keeps one connector’s works, newest first', () => {
    const works = [
      work({ id: 'a', timestamp: at(0) }),
      work({ id: 'b', timestamp: at(5_000) }),
      work({ id: 'c', connector: { id: 'c2' } }),
    ];
    expect(worksOfConnector(works, 'c1').map((w) => w.id)).toEqual(['b', 'a']);
  });
});

describe('retryBlock', () => {
  const connector = { id: 'c1', active: true };
  it('allows a retry only for an active connector with nothing pending, with the capability', () => {
    expect(retryBlock(connector, [work()], true)).toBeNull();
    expect(retryBlock(connector, [work()], false)).toBe('noCapability');
    expect(retryBlock({ id: 'c1', active: false }, [], true)).toBe('inactive');
    expect(retryBlock(connector, [work({ status: 'wait' })], true)).toBe('active');
    expect(retryBlock(connector, [work({ status: 'progress' })], true)).toBe('active');
    expect(
      retryBlock(connector, [work({ status: 'progress', connector: { id: 'c2' } })], true),
    ).toBeNull();
  });
});

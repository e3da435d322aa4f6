import { describe, expect, it } from 'vitest';
import { assessDrift, hasDrift } from './drift';

describe('assessDrift', () => {
  it('finds entities added since the assessment and tested entities removed since', () => {
    const drift = assessDrift({
      eligible: ['t1', 't2', 'cve1'],
      held: ['t1', 't2', 'cve1', 'no-mitre-id'],
      tested: ['t1', 'old', 'no-mitre-id'],
    });
    expect(drift).toEqual({ untested: ['t2', 'cve1'], removed: ['old'] });
    expect(hasDrift(drift)).toBe(true);
  });
  it('sees no drift when both sides hold the same entities, whatever the order or repeats', () => {
    const drift = assessDrift({
      eligible: ['a', 'b', 'b'],
      held: ['a', 'b'],
      tested: ['b', 'a', 'a'],
    });
    expect(drift).toEqual({ untested: [], removed: [] });
    expect(hasDrift(drift)).toBe(false);
  });
});

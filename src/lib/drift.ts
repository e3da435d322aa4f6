/**
 * Drift between a covered entity and its last assessment: entities OpenAEV could test that the results did not
 * (added to the report since), and tested entities the covered entity no longer holds (removed since).
 */
export interface Drift {
  untested: string[];
  removed: string[];
}

export function assessDrift(entities: {
  /** What the covered entity holds that OpenAEV can test (an attack pattern with a MITRE ID, a vulnerability). */
  eligible: Iterable<string>;
  /** Every attack pattern and vulnerability it holds (OpenAEV may also have tested one by name). */
  held: Iterable<string>;
  tested: Iterable<string>;
}): Drift {
  const held = new Set(entities.held);
  const tested = new Set(entities.tested);
  return {
    untested: [...new Set(entities.eligible)].filter((id) => !tested.has(id)),
    removed: [...tested].filter((id) => !held.has(id)),
  };
}

export function hasDrift(drift: Drift): boolean {
  return drift.untested.length > 0 || drift.removed.length > 0;
}

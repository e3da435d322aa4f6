import { functionalError } from '../store/errors';
import type { Store } from '../store/store';

/** Resolves marking ids (internal or standard) as OpenCTI does for `objectMarking`; unknown ids are refused. */
export function resolveMarkings(store: Store, ids: readonly string[] | null | undefined): string[] {
  return (ids ?? []).map((id) => {
    const marking = store.get(id);
    if (!marking || marking.entity_type !== 'Marking-Definition') {
      throw functionalError(`Cannot find the marking definition ${id}`, { field: 'objectMarking' });
    }
    return marking.id;
  });
}

/** Labels by id, standard id or value (case-insensitive). */
export function resolveLabels(store: Store, refs: readonly string[] | null | undefined): string[] {
  return (refs ?? []).map((ref) => {
    const direct = store.get(ref);
    if (direct && direct.entity_type === 'Label') return direct.id;
    const byValue = store.all('Label').find((l) => l.value.toLowerCase() === ref.toLowerCase());
    if (!byValue) throw functionalError(`Cannot find the label ${ref}`, { field: 'objectLabel' });
    return byValue.id;
  });
}

export function resolveIdentity(store: Store, id: string | null | undefined): string | null {
  if (!id) return null;
  const identity = store.get(id);
  if (
    !identity ||
    (identity.entity_type !== 'Organization' &&
      identity.entity_type !== 'Individual' &&
      identity.entity_type !== 'SecurityPlatform')
  ) {
    throw functionalError(`Cannot find the author ${id}`, { field: 'createdBy' });
  }
  return identity.id;
}

export function mergeIds(current: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...current, ...added])];
}

import { iso } from '../clock';
import { functionalError } from '../store/errors';
import type { DomainContext } from './context';
import { mergeIds, resolveLabels, resolveMarkings } from './refs';

export interface RefEdit {
  id: string;
  relationship_type: string;
  fromId: string;
  toId: string;
  created_at: string;
}

/**
 * `relationAdd` of the ref relationships the UI edits: labels, markings, and a container's objects. Each returns
 * the ref as OpenCTI's StixRefRelationship.
 */
export function addRef(
  ctx: DomainContext,
  entityId: string,
  relationshipType: string,
  toId: string,
): RefEdit {
  const entity = ctx.store.getDomain(entityId);
  if (!entity) throw functionalError('Cannot find the entity to update', { id: entityId });
  let target: string;
  switch (relationshipType) {
    case 'object-label':
      [target = toId] = resolveLabels(ctx.store, [toId]);
      entity.objectLabel = mergeIds(entity.objectLabel, [target]);
      break;
    case 'object-marking':
      [target = toId] = resolveMarkings(ctx.store, [toId]);
      entity.objectMarking = mergeIds(entity.objectMarking, [target]);
      break;
    case 'object': {
      const object = ctx.store.getDomain(toId);
      if (!object || !('objects' in entity)) {
        throw functionalError('Only containers hold objects', {
          relationship_type: relationshipType,
        });
      }
      target = object.id;
      ctx.store.setContainerObjects(entity.id, [...entity.objects, object.id]);
      break;
    }
    default:
      throw functionalError(`Unsupported relationship type ${relationshipType}`, {
        relationship_type: relationshipType,
      });
  }
  entity.updated_at = iso(ctx.now);
  ctx.store.touch();
  return {
    id: ctx.store.newId('ref'),
    relationship_type: relationshipType,
    fromId: entity.id,
    toId: target,
    created_at: iso(ctx.now),
  };
}

/**
 * `relationDelete`. Removing an object from a covered container also deletes the has-covered relationships of
 * the container's coverage results to it (the results stay).
 */
export function removeRef(
  ctx: DomainContext,
  entityId: string,
  toId: string,
  relationshipType: string,
): void {
  const entity = ctx.store.getDomain(entityId);
  if (!entity) throw functionalError('Cannot find the entity to update', { id: entityId });
  const target = ctx.store.get(toId)?.id ?? toId;
  switch (relationshipType) {
    case 'object-label':
      entity.objectLabel = entity.objectLabel.filter((id) => id !== target);
      break;
    case 'object-marking':
      entity.objectMarking = entity.objectMarking.filter((id) => id !== target);
      break;
    case 'object': {
      if (!('objects' in entity)) throw functionalError('Only containers hold objects');
      ctx.store.setContainerObjects(
        entity.id,
        entity.objects.filter((id) => id !== target),
      );
      const coverage = ctx.store.coverageOf(entity.id);
      for (const result of coverage ? ctx.store.resultsOf(coverage.id) : []) {
        const rel = ctx.store.findRelationship('has-covered', result.id, target);
        if (rel) ctx.store.removeRelationship(rel.id);
      }
      break;
    }
    default:
      throw functionalError(`Unsupported relationship type ${relationshipType}`, {
        relationship_type: relationshipType,
      });
  }
  entity.updated_at = iso(ctx.now);
  ctx.store.touch();
}

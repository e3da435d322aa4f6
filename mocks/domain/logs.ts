import { iso } from '../clock';
import type { DomainRecord } from '../store/types';
import type { DomainContext } from './context';

/** The entity history OpenCTI keeps (Query.logs): one entry per create / update / delete. */
export function logEvent(
  ctx: DomainContext,
  scope: 'create' | 'update' | 'delete',
  entity: DomainRecord,
  message: string,
): void {
  ctx.store.logs.push({
    id: ctx.store.newId('log'),
    entity_type: 'History',
    event_type: 'mutation',
    event_scope: scope,
    event_status: 'success',
    timestamp: iso(ctx.now),
    user_id: ctx.userId,
    context_data: {
      entity_id: entity.id,
      entity_name: entity.name,
      entity_type: entity.entity_type,
      message,
    },
  });
  if (ctx.store.logs.length > 2000) ctx.store.logs.splice(0, ctx.store.logs.length - 2000);
}

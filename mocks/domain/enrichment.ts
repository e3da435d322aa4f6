import { iso } from '../clock';
import { functionalError } from '../store/errors';
import type { Store } from '../store/store';
import type { ConnectorRecord, CoverageRecord, DomainRecord, WorkRecord } from '../store/types';
import type { DomainContext } from './context';

/**
 * OpenCTI's generic enrichment (domain/enrichment.js): a Work per connector, then the connector takes it.
 * A connector is `active` while it pings; the simulated OpenAEV connectors ping as long as they are online.
 */
export function isConnectorActive(connector: ConnectorRecord): boolean {
  return connector.online;
}

/** INTERNAL_ENRICHMENT connectors whose scope contains the entity type (case-insensitive). */
export function enrichmentConnectorsFor(store: Store, entityType: string): ConnectorRecord[] {
  const type = entityType.toLowerCase();
  return [...store.connectors.values()]
    .filter(
      (c) =>
        c.connector_type === 'INTERNAL_ENRICHMENT' &&
        c.connector_scope.some((scope) => scope.toLowerCase() === type),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What OpenAEV reports when it cannot process an enrichment. */
export const MSG_SERVER_ERROR = 'An unexpected server error occurred';

export function isWorkPending(work: WorkRecord): boolean {
  return work.status === 'wait' || work.status === 'progress';
}

export function createWork(
  ctx: DomainContext,
  entity: DomainRecord,
  connector: ConnectorRecord,
  trigger: WorkRecord['trigger'],
  failure: string | null = null,
): WorkRecord {
  // Demo control "fail the next enrichment": the next work requested is the one OpenAEV fails.
  let injected = failure;
  if (!injected && ctx.store.flags.failNextEnrichment) {
    injected = MSG_SERVER_ERROR;
    ctx.store.flags.failNextEnrichment = false;
  }
  const work: WorkRecord = {
    id: ctx.store.newId('work'),
    entity_type: 'Work',
    name: `Enrichment (${entity.standard_id})`,
    connectorId: connector.id,
    entityId: entity.id,
    userId: ctx.userId,
    trigger,
    timestamp: iso(ctx.now),
    status: 'wait',
    received_time: null,
    processed_time: null,
    completed_time: null,
    messages: [],
    errors: [],
    nextEventAt: iso(ctx.now + ctx.timings.receiveMs),
    failure: injected,
  };
  ctx.store.addWork(work);
  ctx.store.touch();
  return work;
}

function hasPendingWork(store: Store, entityId: string, connectorId: string): boolean {
  return store.worksOf(entityId).some((w) => w.connectorId === connectorId && isWorkPending(w));
}

/**
 * Automatic enrichment after a creation (connectors with `auto`) or an update (`auto_update`), unless the
 * coverage is manual (`auto_enrichment_disable`). A connector that already has a pending work for the coverage
 * is not asked twice.
 */
export function autoEnrich(
  ctx: DomainContext,
  coverage: CoverageRecord,
  event: 'create' | 'update',
): WorkRecord[] {
  if (coverage.auto_enrichment_disable) return [];
  return enrichmentConnectorsFor(ctx.store, coverage.entity_type)
    .filter((c) => isConnectorActive(c) && (event === 'create' ? c.auto : c.auto_update))
    .filter((c) => !hasPendingWork(ctx.store, coverage.id, c.id))
    .map((c) => createWork(ctx, coverage, c, event));
}

/**
 * `stixCoreObjectEdit(id) { askEnrichment(connectorId) }`. Like OpenCTI, it queues a new work even when one is
 * still pending: keeping analysts from asking twice is the client's job.
 */
export function askEnrichment(
  ctx: DomainContext,
  entityId: string,
  connectorId: string,
): WorkRecord {
  const entity = ctx.store.getDomain(entityId);
  if (!entity) throw functionalError('Cannot find the entity to enrich', { id: entityId });
  const connector = ctx.store.connectors.get(connectorId);
  if (!connector) throw functionalError('Cannot find the connector', { connectorId });
  if (!isConnectorActive(connector)) {
    throw functionalError('This connector is not active', { connectorId });
  }
  const compatible = enrichmentConnectorsFor(ctx.store, entity.entity_type).some(
    (c) => c.id === connector.id,
  );
  if (!compatible) {
    throw functionalError('This connector cannot enrich this type of entity', { connectorId });
  }
  return createWork(ctx, entity, connector, 'manual');
}

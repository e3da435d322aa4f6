import { iso, ms, MINUTE, DAY } from '../clock';
import type { DomainContext, Shape, Timings } from '../domain/context';
import { upsertResult } from '../domain/results';
import { newRelationship } from '../domain/records';
import { uuidFrom } from '../store/hash';
import type { Store } from '../store/store';
import type { ConnectorRecord, CoverageMetric, ScenarioRecord, WorkRecord } from '../store/types';
import { addIsoDuration, parseDuration } from './duration';
import { buildInjects } from './injects';
import { simulate } from './simulation';

export interface EngineConfig {
  timings: Timings;
  shape: Shape;
}

export const MSG_RECEIVED = 'OpenAEV ready to process the operation';
export const MSG_DONE = 'Coverage successfully created or updated';
export const MSG_PARSING_ERROR = 'Parsing error while processing STIX bundle';
const HEARTBEAT_MS = MINUTE;

function connectorUser(connector: ConnectorRecord): string {
  return connector.connector_user_id ?? 'system';
}

function context(
  store: Store,
  at: number,
  connector: ConnectorRecord,
  config: EngineConfig,
): DomainContext {
  return {
    store,
    now: at,
    userId: connectorUser(connector),
    shape: config.shape,
    timings: config.timings,
  };
}

function message(work: WorkRecord, at: number, text: string): WorkRecord['messages'][number] {
  return {
    timestamp: iso(at),
    message: text,
    sequence: work.messages.length + work.errors.length,
    source: null,
  };
}

/** OpenAEV receives the enrichment message: `workEdit { toReceived }`. */
function receive(work: WorkRecord, at: number, config: EngineConfig): void {
  work.status = 'progress';
  work.received_time = iso(at);
  work.messages.push(message(work, at, MSG_RECEIVED));
  work.nextEventAt = iso(at + config.timings.completeMs);
}

function finish(work: WorkRecord, at: number, error: string | null): void {
  if (error) work.errors.push({ ...message(work, at, error), source: 'OpenAEV' });
  else work.messages.push(message(work, at, MSG_DONE));
  work.status = 'complete';
  work.processed_time = iso(at);
  work.completed_time = iso(at);
  work.nextEventAt = null;
}

/**
 * OpenAEV builds or updates the scenario of the coverage (rebuilding its injects), pushes the coverage back with
 * the scenario URL (→ a SecurityCoverageResult in G2), and schedules the recurrence: first simulation
 * `firstSimulationMs` later, then every `periodicity` until start + `duration`.
 */
function provision(
  store: Store,
  work: WorkRecord,
  connector: ConnectorRecord,
  at: number,
  config: EngineConfig,
): string | null {
  const coverage = store.getOfType('Security-Coverage', work.entityId);
  if (!coverage) return 'Security coverage not found';
  if (!connector.tenant) return null;
  if (
    (coverage.periodicity && !parseDuration(coverage.periodicity)) ||
    (coverage.duration && !parseDuration(coverage.duration))
  ) {
    return MSG_PARSING_ERROR;
  }
  const ctx = context(store, at, connector, config);
  let scenario = store.openaev.scenarios.find(
    (s) => s.coverageId === coverage.id && s.connectorId === connector.id,
  );
  const { injects, endpointIds } = buildInjects(store, coverage);
  const start = at + config.timings.firstSimulationMs;
  const end = addIsoDuration(start, coverage.duration);
  if (!scenario) {
    const id = uuidFrom(`scenario:${coverage.id}:${connector.id}`);
    const externalUri = `${connector.tenant.baseUrl}/admin/scenarios/${id}`;
    const result =
      store.resultsOf(coverage.id).find((r) => r.external_uri === externalUri) ??
      upsertResult(ctx, coverage, {
        external_uri: externalUri,
        tenant_id: connector.tenant.id,
        tenant_name: connector.tenant.name,
        origin: 'openaev',
      });
    scenario = {
      id,
      coverageId: coverage.id,
      connectorId: connector.id,
      resultId: result.id,
      external_uri: externalUri,
      name: coverage.name,
      periodicity: coverage.periodicity,
      recurrenceStart: iso(start),
      recurrenceEnd: end === null ? null : iso(end),
      nextRunAt: iso(start),
      simulationCount: 0,
      lastSimulationAt: null,
      injects,
      endpointIds,
    };
    store.openaev.scenarios.push(scenario);
  } else {
    Object.assign(scenario, {
      name: coverage.name,
      periodicity: coverage.periodicity,
      recurrenceStart: iso(start),
      recurrenceEnd: end === null ? null : iso(end),
      nextRunAt: iso(start),
      injects,
      endpointIds,
    });
    if (!store.getOfType('Security-Coverage-Result', scenario.resultId)) {
      scenario.resultId = upsertResult(ctx, coverage, {
        external_uri: scenario.external_uri,
        tenant_id: connector.tenant.id,
        tenant_name: connector.tenant.name,
        origin: 'openaev',
      }).id;
    }
  }
  return null;
}

/**
 * One simulation: scores pushed back as the result's `coverage_information` (stamped with the simulation time,
 * valid for one periodicity) and a `has-covered` per tested entity — with an empty list for placeholders — and
 * per security platform that validated expectations.
 */
export function runSimulation(store: Store, scenario: ScenarioRecord, at: number): void {
  const result = store.getOfType('Security-Coverage-Result', scenario.resultId);
  const coverage = store.getOfType('Security-Coverage', scenario.coverageId);
  if (!result || !coverage) {
    scenario.nextRunAt = null;
    return;
  }
  const outcome = simulate(store, scenario, scenario.simulationCount);
  const stamp = iso(at);
  const validTo = iso(addIsoDuration(at, scenario.periodicity) ?? at + DAY);
  Object.assign(result, {
    coverage_information: outcome.result,
    coverage_last_result: stamp,
    coverage_valid_from: stamp,
    coverage_valid_to: validTo,
    updated_at: stamp,
    modified: stamp,
  });
  const scores = new Map<string, CoverageMetric[]>([...outcome.perTarget, ...outcome.perPlatform]);
  for (const rel of store.relationshipsFrom(result.id)) {
    if (rel.relationship_type === 'has-covered' && !scores.has(rel.toId))
      store.removeRelationship(rel.id);
  }
  for (const [targetId, metrics] of scores) {
    if (!store.getDomain(targetId)) continue;
    const existing = store.findRelationship('has-covered', result.id, targetId);
    const rel =
      existing ??
      newRelationship(store, {
        id: uuidFrom(`has-covered:${result.id}:${targetId}`),
        type: 'has-covered',
        fromId: result.id,
        toId: targetId,
        at,
        userId: result.creators[0] ?? 'system',
        objectMarking: [...result.objectMarking],
      });
    Object.assign(rel, {
      coverage_information: metrics,
      start_time: stamp,
      stop_time: validTo,
      updated_at: stamp,
      modified: stamp,
    });
    if (!existing) store.addRelationship(rel);
  }
  scenario.simulationCount += 1;
  scenario.lastSimulationAt = stamp;
  store.touch();
}

function scheduleAfter(scenario: ScenarioRecord, from: number): string | null {
  const next = addIsoDuration(from, scenario.periodicity);
  if (next === null) return null;
  if (scenario.recurrenceEnd && next > ms(scenario.recurrenceEnd)) return null;
  return iso(next);
}

type DueEvent =
  | { kind: 'work'; at: number; work: WorkRecord; connector: ConnectorRecord }
  | { kind: 'simulation'; at: number; scenario: ScenarioRecord };

function nextEvent(store: Store, until: number): DueEvent | null {
  let best: DueEvent | null = null;
  for (const work of store.works.values()) {
    if (!work.nextEventAt) continue;
    const at = ms(work.nextEventAt);
    const connector = store.connectors.get(work.connectorId);
    if (at > until || !connector || !connector.online || !connector.tenant) continue;
    if (!best || at < best.at) best = { kind: 'work', at, work, connector };
  }
  for (const scenario of store.openaev.scenarios) {
    if (!scenario.nextRunAt) continue;
    const at = ms(scenario.nextRunAt);
    const connector = store.connectors.get(scenario.connectorId);
    if (at > until || !connector || !connector.online) continue;
    if (!best || at < best.at) best = { kind: 'simulation', at, scenario };
  }
  return best;
}

/**
 * Processes, in time order, every work step and simulation due up to `until`. Nothing happens for an offline
 * connector: its works wait in the queue and its simulation results are delivered once it is back.
 */
export function advanceTo(store: Store, until: number, config: EngineConfig): void {
  for (let guard = 0; guard < 100_000; guard += 1) {
    const event = nextEvent(store, until);
    if (!event) break;
    if (event.kind === 'work') {
      const { work, connector, at } = event;
      if (work.status === 'wait') {
        receive(work, at, config);
      } else {
        finish(work, at, work.failure ?? provision(store, work, connector, at, config));
      }
    } else {
      const { scenario, at } = event;
      runSimulation(store, scenario, at);
      scenario.nextRunAt = scheduleAfter(scenario, at);
    }
    store.touch();
  }
  for (const connector of store.connectors.values()) {
    if (connector.online && connector.tenant && until - ms(connector.updated_at) >= HEARTBEAT_MS) {
      connector.updated_at = iso(until);
      store.touch();
    }
  }
}

/** Demo control: run a scenario's next simulation now; the recurrence then continues from now. */
export function runNow(store: Store, scenario: ScenarioRecord, now: number): void {
  runSimulation(store, scenario, now);
  if (scenario.nextRunAt) scenario.nextRunAt = scheduleAfter(scenario, now);
}

/** When a connector comes back, the works it missed are picked up from now on. */
export function resumeConnector(store: Store, connector: ConnectorRecord, now: number): void {
  connector.online = true;
  connector.updated_at = iso(now);
  for (const work of store.works.values()) {
    if (work.connectorId === connector.id && work.nextEventAt && ms(work.nextEventAt) < now) {
      work.nextEventAt = iso(now);
    }
  }
  store.touch();
}

import { uuidFrom } from './hash';
import type {
  ConnectorRecord,
  CoverageRecord,
  CoverageResultRecord,
  DemoFlags,
  DomainRecord,
  LogRecord,
  OpenAevState,
  RelationshipRecord,
  SettingsRecord,
  StixRecord,
  StoreData,
  UserRecord,
  WorkRecord,
} from './types';

export type EntityTypeName = StixRecord['entity_type'];
export type RecordOf<T extends EntityTypeName> = Extract<StixRecord, { entity_type: T }>;

function addToIndex(index: Map<string, Set<string>>, key: string, value: string): void {
  let set = index.get(key);
  if (!set) {
    set = new Set();
    index.set(key, set);
  }
  set.add(value);
}

function removeFromIndex(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

export function isDomainRecord(record: StixRecord): record is DomainRecord {
  return (
    record.entity_type !== 'Label' &&
    record.entity_type !== 'Marking-Definition' &&
    record.entity_type !== 'Kill-Chain-Phase' &&
    record.entity_type !== 'Vocabulary'
  );
}

/**
 * The in-memory OpenCTI database: plain JSON-able records plus indexes rebuilt on load. Records are mutated in
 * place by the domain functions, which keep the indexes up to date through the methods below.
 */
export class Store {
  seq: number;
  revision: number;
  settings: SettingsRecord;
  readonly users = new Map<string, UserRecord>();
  readonly objects = new Map<string, StixRecord>();
  readonly relationships = new Map<string, RelationshipRecord>();
  readonly connectors = new Map<string, ConnectorRecord>();
  readonly works = new Map<string, WorkRecord>();
  logs: LogRecord[];
  openaev: OpenAevState;
  flags: DemoFlags;

  private readonly byStandardId = new Map<string, string>();
  private readonly byType = new Map<string, Set<string>>();
  private readonly relsFrom = new Map<string, Set<string>>();
  private readonly relsTo = new Map<string, Set<string>>();
  private readonly coverageByCovered = new Map<string, string>();
  private readonly resultsByCoverage = new Map<string, Set<string>>();
  private readonly containersByObject = new Map<string, Set<string>>();
  private readonly worksByEntity = new Map<string, Set<string>>();

  constructor(data: StoreData) {
    this.seq = data.seq;
    this.revision = data.revision;
    this.settings = data.settings;
    this.logs = data.logs;
    this.openaev = data.openaev;
    this.flags = data.flags;
    for (const user of data.users) this.users.set(user.id, user);
    for (const record of data.objects) this.add(record);
    for (const rel of data.relationships) this.addRelationship(rel);
    for (const connector of data.connectors) this.connectors.set(connector.id, connector);
    for (const work of data.works) this.addWork(work);
  }

  toData(): StoreData {
    return {
      seq: this.seq,
      revision: this.revision,
      settings: this.settings,
      users: [...this.users.values()],
      objects: [...this.objects.values()],
      relationships: [...this.relationships.values()],
      connectors: [...this.connectors.values()],
      works: [...this.works.values()],
      logs: this.logs,
      openaev: this.openaev,
      flags: this.flags,
    };
  }

  /** A fresh deterministic id for an object created at run time. */
  newId(kind: string): string {
    this.seq += 1;
    return uuidFrom(`${kind}:runtime:${this.seq}`);
  }

  /** Marks the store as changed (drives persistence in the demo). */
  touch(): void {
    this.revision += 1;
  }

  // ---- objects -------------------------------------------------------------------------------------------

  add(record: StixRecord): void {
    this.objects.set(record.id, record);
    this.byStandardId.set(record.standard_id, record.id);
    addToIndex(this.byType, record.entity_type, record.id);
    if (record.entity_type === 'Security-Coverage') {
      this.coverageByCovered.set(record.objectCovered, record.id);
    }
    if (record.entity_type === 'Security-Coverage-Result') {
      addToIndex(this.resultsByCoverage, record.resultOf, record.id);
    }
    if ('objects' in record) {
      for (const objectId of record.objects)
        addToIndex(this.containersByObject, objectId, record.id);
    }
  }

  remove(id: string): void {
    const record = this.objects.get(id);
    if (!record) return;
    this.objects.delete(id);
    this.byStandardId.delete(record.standard_id);
    removeFromIndex(this.byType, record.entity_type, id);
    if (record.entity_type === 'Security-Coverage')
      this.coverageByCovered.delete(record.objectCovered);
    if (record.entity_type === 'Security-Coverage-Result') {
      removeFromIndex(this.resultsByCoverage, record.resultOf, id);
    }
    if ('objects' in record) {
      for (const objectId of record.objects) removeFromIndex(this.containersByObject, objectId, id);
    }
    for (const relId of [...(this.relsFrom.get(id) ?? []), ...(this.relsTo.get(id) ?? [])]) {
      this.removeRelationship(relId);
    }
    for (const containerId of [...(this.containersByObject.get(id) ?? [])]) {
      const container = this.objects.get(containerId);
      if (container && 'objects' in container) {
        this.setContainerObjects(
          containerId,
          container.objects.filter((objectId) => objectId !== id),
        );
      }
    }
  }

  /** Looks up by internal id or standard id. */
  get(id: string): StixRecord | undefined {
    const direct = this.objects.get(id);
    if (direct) return direct;
    const internal = this.byStandardId.get(id);
    return internal ? this.objects.get(internal) : undefined;
  }

  getDomain(id: string): DomainRecord | undefined {
    const record = this.get(id);
    return record && isDomainRecord(record) ? record : undefined;
  }

  getOfType<T extends EntityTypeName>(type: T, id: string): RecordOf<T> | undefined {
    const record = this.get(id);
    return record && record.entity_type === type ? (record as RecordOf<T>) : undefined;
  }

  all<T extends EntityTypeName>(type: T): RecordOf<T>[] {
    const ids = this.byType.get(type);
    if (!ids) return [];
    const records: RecordOf<T>[] = [];
    for (const id of ids) {
      const record = this.objects.get(id);
      if (record && record.entity_type === type) records.push(record as RecordOf<T>);
    }
    return records;
  }

  setContainerObjects(containerId: string, objectIds: string[]): void {
    const container = this.objects.get(containerId);
    if (!container || !('objects' in container)) return;
    for (const objectId of container.objects) {
      removeFromIndex(this.containersByObject, objectId, containerId);
    }
    container.objects = [...new Set(objectIds)];
    for (const objectId of container.objects) {
      addToIndex(this.containersByObject, objectId, containerId);
    }
  }

  containersOf(objectId: string): string[] {
    return [...(this.containersByObject.get(objectId) ?? [])];
  }

  coverageOf(coveredId: string): CoverageRecord | undefined {
    const id = this.coverageByCovered.get(coveredId);
    return id ? this.getOfType('Security-Coverage', id) : undefined;
  }

  resultsOf(coverageId: string): CoverageResultRecord[] {
    const ids = this.resultsByCoverage.get(coverageId);
    if (!ids) return [];
    const results: CoverageResultRecord[] = [];
    for (const id of ids) {
      const result = this.getOfType('Security-Coverage-Result', id);
      if (result) results.push(result);
    }
    return results.sort(
      (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
    );
  }

  // ---- relationships -------------------------------------------------------------------------------------

  addRelationship(rel: RelationshipRecord): void {
    this.relationships.set(rel.id, rel);
    addToIndex(this.relsFrom, rel.fromId, rel.id);
    addToIndex(this.relsTo, rel.toId, rel.id);
  }

  removeRelationship(id: string): void {
    const rel = this.relationships.get(id);
    if (!rel) return;
    this.relationships.delete(id);
    removeFromIndex(this.relsFrom, rel.fromId, id);
    removeFromIndex(this.relsTo, rel.toId, id);
  }

  relationshipsFrom(id: string): RelationshipRecord[] {
    return this.relsOf(this.relsFrom.get(id));
  }

  relationshipsTo(id: string): RelationshipRecord[] {
    return this.relsOf(this.relsTo.get(id));
  }

  private relsOf(ids: Set<string> | undefined): RelationshipRecord[] {
    if (!ids) return [];
    const rels: RelationshipRecord[] = [];
    for (const id of ids) {
      const rel = this.relationships.get(id);
      if (rel) rels.push(rel);
    }
    return rels;
  }

  findRelationship(type: string, fromId: string, toId: string): RelationshipRecord | undefined {
    return this.relationshipsFrom(fromId).find(
      (rel) => rel.relationship_type === type && rel.toId === toId,
    );
  }

  // ---- works ---------------------------------------------------------------------------------------------

  addWork(work: WorkRecord): void {
    this.works.set(work.id, work);
    addToIndex(this.worksByEntity, work.entityId, work.id);
  }

  removeWork(id: string): void {
    const work = this.works.get(id);
    if (!work) return;
    this.works.delete(id);
    removeFromIndex(this.worksByEntity, work.entityId, id);
  }

  /** Works about an entity, newest first. */
  worksOf(entityId: string): WorkRecord[] {
    const ids = this.worksByEntity.get(entityId);
    if (!ids) return [];
    const works: WorkRecord[] = [];
    for (const id of ids) {
      const work = this.works.get(id);
      if (work) works.push(work);
    }
    return works.sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.id.localeCompare(a.id));
  }
}

/** What the console reads of an OpenCTI Work (a connector's job on an entity): `jobs { … }`. */
export interface WorkMessageInfo {
  timestamp?: string | null;
  message?: string | null;
}

export interface WorkInfo {
  id: string;
  status: string;
  timestamp: string;
  received_time?: string | null;
  processed_time?: string | null;
  completed_time?: string | null;
  connector?: { id: string } | null;
  messages?: readonly (WorkMessageInfo | null | undefined)[] | null;
  errors?: readonly (WorkMessageInfo | null | undefined)[] | null;
}

/**
 * What the analyst is told about a work. OpenCTI's `State` has wait, progress, complete and timeout; a complete
 * work that reported errors failed.
 */
export type WorkState = 'waiting' | 'inProgress' | 'complete' | 'failed' | 'timedOut';

export function workState(work: Pick<WorkInfo, 'status' | 'errors'>): WorkState {
  switch (work.status) {
    case 'wait':
      return 'waiting';
    case 'progress':
      return 'inProgress';
    case 'timeout':
      return 'timedOut';
    default:
      return (work.errors ?? []).some(Boolean) ? 'failed' : 'complete';
  }
}

export function isWorkActive(work: Pick<WorkInfo, 'status'>): boolean {
  return work.status === 'wait' || work.status === 'progress';
}

/**
 * How long a work may wait or run before the console calls it stuck. OpenAEV takes a coverage within seconds and
 * provisions its scenario in under a minute; 15 minutes without an end means the connector or OpenAEV is not
 * doing its part. Configurable through the app config (`stuckWorkAfterMinutes`).
 */
export const STUCK_WORK_AFTER_MS = 15 * 60 * 1000;

export function isWorkStuck(
  work: Pick<WorkInfo, 'status' | 'timestamp'>,
  now: number,
  stuckAfterMs = STUCK_WORK_AFTER_MS,
): boolean {
  if (!isWorkActive(work)) return false;
  const started = Date.parse(work.timestamp);
  return !Number.isNaN(started) && now - started > stuckAfterMs;
}

/** How long a work took (to its end), or has been running (to `now`), in milliseconds; null when unknown. */
export function workDurationMs(work: WorkInfo, now: number): number | null {
  const start = Date.parse(work.timestamp);
  if (Number.isNaN(start)) return null;
  if (isWorkActive(work)) return Math.max(0, now - start);
  const end = Date.parse(work.completed_time ?? work.processed_time ?? '');
  return Number.isNaN(end) ? null : Math.max(0, end - start);
}

export interface WorkLogLine {
  kind: 'message' | 'error';
  timestamp: string | null;
  message: string;
}

/** Every message and error of a work in time order (undated lines last, in the order received). */
export function workLog(work: Pick<WorkInfo, 'messages' | 'errors'>): WorkLogLine[] {
  const lines: WorkLogLine[] = [];
  const add = (kind: WorkLogLine['kind'], list: WorkInfo['messages']) => {
    for (const entry of list ?? []) {
      if (entry?.message)
        lines.push({ kind, timestamp: entry.timestamp ?? null, message: entry.message });
    }
  };
  add('message', work.messages);
  add('error', work.errors);
  const time = (line: WorkLogLine) =>
    line.timestamp === null ? Number.POSITIVE_INFINITY : Date.parse(line.timestamp);
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => time(a.line) - time(b.line) || a.index - b.index)
    .map(({ line }) => line);
}

/** The works of one connector, newest first. */
export function worksOfConnector<W extends WorkInfo>(
  works: readonly W[],
  connectorId: string,
): W[] {
  return works
    .filter((work) => work.connector?.id === connectorId)
    .sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
}

export type RetryBlock = 'noCapability' | 'inactive' | 'active' | null;

/**
 * Why "Retry" is not offered for a connector, or null when it is: the user lacks KNOWLEDGE_KNENRICHMENT, the
 * connector is not running, or a work of that connector is still waiting or in progress (no duplicate tasks).
 */
export function retryBlock(
  connector: { id: string; active?: boolean | null },
  works: readonly WorkInfo[],
  canEnrich: boolean,
): RetryBlock {
  if (!canEnrich) return 'noCapability';
  if (!connector.active) return 'inactive';
  if (works.some((work) => work.connector?.id === connector.id && isWorkActive(work)))
    return 'active';
  return null;
}

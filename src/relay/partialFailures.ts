import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useRelayEnvironment } from 'react-relay';
import type { Environment } from 'relay-runtime';
import type { GraphQLErrorEntry } from './errors';

/** A query whose last answer came with part of its data missing, and OpenCTI's errors for that part. */
export interface PartialFailure {
  operation: string;
  errors: readonly GraphQLErrorEntry[];
}

type Listener = () => void;

/**
 * What the queries of one environment last answered incompletely. An operation's entry is set when its answer
 * carries data and errors, and removed as soon as it is asked again (Retry, polling, navigation). Screens say so
 * next to what they show; the route pages that are on screen register their query, so the page's notice only
 * speaks of the page the analyst is looking at.
 */
export class PartialFailureLog {
  private failures = new Map<string, PartialFailure>();
  private onScreen = new Map<string, number>();
  private snapshot: readonly PartialFailure[] = [];
  private listeners = new Set<Listener>();

  report(operation: string, errors: readonly GraphQLErrorEntry[]): void {
    this.failures.set(operation, { operation, errors });
    this.changed();
  }

  /** A new request of `operation` starts: its previous answer no longer matters. */
  started(operation: string): void {
    if (this.failures.delete(operation)) this.changed();
  }

  /** `operation` is the query of a page on screen, until the returned function is called. */
  show(operation: string): () => void {
    this.onScreen.set(operation, (this.onScreen.get(operation) ?? 0) + 1);
    this.changed();
    return () => {
      this.onScreen.set(operation, (this.onScreen.get(operation) ?? 1) - 1);
      this.changed();
    };
  }

  isOnScreen(operation: string): boolean {
    return (this.onScreen.get(operation) ?? 0) > 0;
  }

  dismiss(operations: readonly string[]): void {
    let removed = false;
    for (const operation of operations) removed = this.failures.delete(operation) || removed;
    if (removed) this.changed();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly PartialFailure[] => this.snapshot;

  private changed(): void {
    this.snapshot = [...this.failures.values()];
    for (const listener of this.listeners) listener();
  }
}

const logs = new WeakMap<Environment, PartialFailureLog>();

/** The log of `environment`, created on first use (an embedding host's environment gets one too). */
export function partialFailureLog(environment: Environment): PartialFailureLog {
  let log = logs.get(environment);
  if (!log) {
    log = new PartialFailureLog();
    logs.set(environment, log);
  }
  return log;
}

const EMPTY: readonly PartialFailure[] = [];

/**
 * The incomplete answers to show: those of `operations`, or, without it, those of the route pages on screen.
 * `dismiss` forgets them (before Retry asks again).
 */
export function usePartialFailures(operations?: readonly string[]) {
  const log = partialFailureLog(useRelayEnvironment());
  const all = useSyncExternalStore(log.subscribe, log.getSnapshot, () => EMPTY);
  const key = operations?.join('\n');
  const failures = all.filter((failure) =>
    key === undefined
      ? log.isOnScreen(failure.operation)
      : key.split('\n').includes(failure.operation),
  );
  const dismiss = useCallback(
    () => log.dismiss(failures.map((failure) => failure.operation)),
    [log, failures],
  );
  return { failures, dismiss };
}

/** Registers the query of a page on screen, so that the page's notice speaks of its incomplete answers. */
export function useShowPartialFailures(operation: string): void {
  const log = partialFailureLog(useRelayEnvironment());
  useEffect(() => log.show(operation), [log, operation]);
}

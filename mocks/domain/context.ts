import type { Store } from '../store/store';

export type Shape = 'g1' | 'g2';

/** How long the simulated OpenAEV takes (ms). */
export interface Timings {
  /** Work `wait` → `progress` (OpenAEV picks the enrichment message up). */
  receiveMs: number;
  /** Work `progress` → `complete`, counted from reception (scenario and injects built, result pushed). */
  completeMs: number;
  /** Provisioning → first simulation (OpenAEV schedules the first run two minutes after the scenario). */
  firstSimulationMs: number;
}

export const DEFAULT_TIMINGS: Timings = {
  receiveMs: 2_000,
  completeMs: 6_000,
  firstSimulationMs: 120_000,
};

/** What every domain function needs: the store, the current time and who acts. */
export interface DomainContext {
  store: Store;
  now: number;
  userId: string;
  shape: Shape;
  timings: Timings;
}

import { createContext, useContext } from 'react';

/**
 * What the in-browser demo backend lets the viewer do. `main.tsx` hands it to the app in demo mode; live and
 * embedded sessions have none, and show no demo menu.
 */
export interface DemoControls {
  /** Throws the saved demo data away and reseeds it at the current time. */
  reset(): void;
  /** Runs the next scheduled OpenAEV simulation now, instead of at its coverage's periodicity. */
  runNextSimulation(): void;
  setConnectorOnline(online: boolean): void;
  isConnectorOnline(): boolean;
  /** The next enrichment OpenAEV is asked for fails with a server error (to show a failed work and Retry). */
  failNextEnrichment(): void;
}

export const DemoControlsContext = createContext<DemoControls | null>(null);

export function useDemoControls(): DemoControls | null {
  return useContext(DemoControlsContext);
}

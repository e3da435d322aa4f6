import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** OpenCTI capabilities the console checks before showing a control. */
export type Capability =
  'KNOWLEDGE' | 'KNOWLEDGE_KNUPDATE' | 'KNOWLEDGE_KNUPDATE_KNDELETE' | 'KNOWLEDGE_KNENRICHMENT';

const CapabilitiesContext = createContext<ReadonlySet<string>>(new Set());

/**
 * Provides the signed-in user's capabilities (from `me { capabilities { name } }`). OpenCTI's BYPASS capability
 * grants everything, as it does on the server.
 */
export function CapabilitiesProvider({
  names,
  children,
}: {
  names: readonly string[];
  children: ReactNode;
}) {
  const value = useMemo(() => new Set(names), [names]);
  return <CapabilitiesContext.Provider value={value}>{children}</CapabilitiesContext.Provider>;
}

export function useCan(capability: Capability): boolean {
  const set = useContext(CapabilitiesContext);
  if (set.has('BYPASS')) return true;
  // As in OpenCTI, a more specific capability grants its parents: KNOWLEDGE_KNUPDATE_KNDELETE grants KNOWLEDGE_KNUPDATE.
  for (const name of set) if (name === capability || name.startsWith(`${capability}_`)) return true;
  return false;
}

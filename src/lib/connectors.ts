/** What the console knows of an OpenCTI connector (the `connectors` query). */
export interface ConnectorInfo {
  id: string;
  name: string;
  active?: boolean | null;
  connector_type?: string | null;
  connector_scope?: readonly string[] | null;
  updated_at?: string | null;
}

/**
 * How recently a connector must have been seen for automated coverage to be offered. OpenAEV pings OpenCTI about
 * every minute and backs off 5 minutes after a failed ping; 10 minutes of silence means two missed back-off
 * cycles, so the connector is treated as not running.
 */
export const CONNECTOR_STALE_AFTER_MS = 10 * 60 * 1000;

export type ConnectorHealth = 'healthy' | 'inactive' | 'stale';

/** An enrichment connector that handles Security Coverages (OpenAEV's "OpenAEV Coverage" connector). */
export function isCoverageConnector(connector: ConnectorInfo): boolean {
  return (
    connector.connector_type === 'INTERNAL_ENRICHMENT' &&
    (connector.connector_scope ?? []).some((scope) => scope.toLowerCase() === 'security-coverage')
  );
}

export function connectorHealth(
  connector: ConnectorInfo,
  now: number,
  staleAfterMs = CONNECTOR_STALE_AFTER_MS,
): ConnectorHealth {
  if (!connector.active) return 'inactive';
  const seen = connector.updated_at ? Date.parse(connector.updated_at) : Number.NaN;
  if (Number.isNaN(seen) || now - seen > staleAfterMs) return 'stale';
  return 'healthy';
}

export interface AutomationAvailability {
  /** Coverage connectors that are active and seen recently: the ones that will run. */
  healthy: ConnectorInfo[];
  /** Coverage connectors that exist but are inactive or silent. */
  unhealthy: { connector: ConnectorInfo; health: Exclude<ConnectorHealth, 'healthy'> }[];
}

export function automationAvailability(
  connectors: readonly (ConnectorInfo | null | undefined)[],
  now: number,
): AutomationAvailability {
  const result: AutomationAvailability = { healthy: [], unhealthy: [] };
  for (const connector of connectors) {
    if (!connector || !isCoverageConnector(connector)) continue;
    const health = connectorHealth(connector, now);
    if (health === 'healthy') result.healthy.push(connector);
    else result.unhealthy.push({ connector, health });
  }
  return result;
}

import { describe, expect, it } from 'vitest';
import {
  automationAvailability,
  CONNECTOR_STALE_AFTER_MS,
  connectorHealth,
  isCoverageConnector,
} from './connectors';

const NOW = Date.parse('2026-12-04T10:00:00Z');
const base = {
  id: 'c1',
  name: 'OpenAEV Coverage',
  active: true,
  connector_type: 'INTERNAL_ENRICHMENT',
  connector_scope: ['security-coverage'],
  updated_at: new Date(NOW - 60_000).toISOString(),
};

describe('coverage connectors', () => {
  it('recognises the OpenAEV Coverage connector by type and scope, case-insensitively', () => {
    expect(isCoverageConnector(base)).toBe(true);
    expect(isCoverageConnector({ ...base, connector_scope: ['Security-Coverage'] })).toBe(true);
    expect(isCoverageConnector({ ...base, connector_type: 'EXTERNAL_IMPORT' })).toBe(false);
    expect(isCoverageConnector({ ...base, connector_scope: ['Report'] })).toBe(false);
  });

  it('is healthy only when active and seen recently', () => {
    expect(connectorHealth(base, NOW)).toBe('healthy');
    expect(connectorHealth({ ...base, active: false }, NOW)).toBe('inactive');
    expect(
      connectorHealth(
        { ...base, updated_at: new Date(NOW - CONNECTOR_STALE_AFTER_MS - 1).toISOString() },
        NOW,
      ),
    ).toBe('stale');
    expect(connectorHealth({ ...base, updated_at: null }, NOW)).toBe('stale');
  });

  it('lists which connectors will run and which cannot', () => {
    const availability = automationAvailability(
      [
        base,
        { ...base, id: 'c2', name: 'Tenant B', active: false },
        { ...base, id: 'x', connector_type: 'STREAM' },
        null,
      ],
      NOW,
    );
    expect(availability.healthy.map((c) => c.id)).toEqual(['c1']);
    expect(availability.unhealthy).toEqual([
      { connector: expect.objectContaining({ id: 'c2' }), health: 'inactive' },
    ]);
  });
});

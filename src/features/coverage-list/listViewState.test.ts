import { describe, expect, it } from 'vitest';
import {
  buildFilters,
  DEFAULT_VIEW,
  parseViewState,
  queryVariables,
  serializeViewState,
} from './listViewState';

describe('list view state in the URL', () => {
  it('round-trips every setting', () => {
    const state = {
      search: 'apt29',
      sortBy: 'name' as const,
      orderAsc: true,
      types: ['Report' as const, 'Campaign' as const],
      mode: 'manual' as const,
      labels: ['l1'],
      markings: ['m1', 'm2'],
    };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('keeps default values out of the URL', () => {
    expect(serializeViewState(DEFAULT_VIEW).toString()).toBe('');
  });

  it('ignores values it does not know instead of failing', () => {
    const state = parseViewState(
      new URLSearchParams('sort=evil&order=sideways&type=Malware&type=Report&mode=other'),
    );
    expect(state).toEqual({ ...DEFAULT_VIEW, types: ['Report'] });
  });
});

describe('server filters', () => {
  it('filters nothing by default', () => {
    expect(buildFilters(DEFAULT_VIEW)).toBeNull();
  });

  it('maps mode to auto_enrichment_disable and labels/markings to their refs', () => {
    const filters = buildFilters({
      ...DEFAULT_VIEW,
      mode: 'automated',
      labels: ['l1'],
      markings: ['m1'],
    });
    expect(filters?.filters).toEqual([
      { key: ['auto_enrichment_disable'], values: ['false'], operator: 'eq', mode: 'or' },
      { key: ['objectLabel'], values: ['l1'], operator: 'eq', mode: 'or' },
      { key: ['objectMarking'], values: ['m1'], operator: 'eq', mode: 'or' },
    ]);
  });

  it('filters by covered entity type through regardingOf object-covered', () => {
    const filters = buildFilters({ ...DEFAULT_VIEW, types: ['Report'] });
    expect(filters?.filters[0]?.key).toEqual(['regardingOf']);
    expect(JSON.stringify(filters)).toContain('object-covered');
    expect(JSON.stringify(filters)).toContain('"Report"');
  });

  it('sends a trimmed search and the sort', () => {
    expect(queryVariables({ ...DEFAULT_VIEW, search: '  fin7 ' })).toMatchObject({
      search: 'fin7',
      orderBy: 'created',
      orderMode: 'desc',
    });
  });
});

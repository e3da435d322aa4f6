import { describe, expect, it } from 'vitest';
import {
  buildResultFilters,
  DEFAULT_RESULT_VIEW,
  matchesScoreBelow,
  parseResultView,
  resultQueryVariables,
  serializeResultView,
} from './resultViewState';

describe('Result tab view state in the URL', () => {
  it('round-trips every setting', () => {
    const state = {
      search: 'T1059',
      sortBy: 'toName' as const,
      orderAsc: true,
      types: ['Attack-Pattern'],
      status: 'placeholder' as const,
      below: 50,
    };
    expect(parseResultView(serializeResultView(state))).toEqual(state);
  });

  it('keeps defaults out of the URL and keeps parameters it does not own', () => {
    expect(serializeResultView(DEFAULT_RESULT_VIEW).toString()).toBe('');
    const kept = serializeResultView(
      { ...DEFAULT_RESULT_VIEW, search: 'x' },
      new URLSearchParams('panel=enrichment&search=old'),
    );
    expect(kept.get('panel')).toBe('enrichment');
    expect(kept.get('search')).toBe('x');
  });

  it('ignores values it does not know', () => {
    expect(
      parseResultView(new URLSearchParams('sort=evil&status=maybe&below=500&type=<script>')),
    ).toEqual(DEFAULT_RESULT_VIEW);
  });
});

describe('Result tab filters', () => {
  it('filters nothing by default', () => {
    expect(buildResultFilters(DEFAULT_RESULT_VIEW)).toBeNull();
  });

  it('uses the toTypes and coverage_information keys on the server', () => {
    expect(
      buildResultFilters({ ...DEFAULT_RESULT_VIEW, types: ['Vulnerability'], status: 'covered' })
        ?.filters,
    ).toEqual([
      { key: ['toTypes'], values: ['Vulnerability'], operator: 'eq', mode: 'or' },
      { key: ['coverage_information'], values: [], operator: 'not_nil', mode: 'or' },
    ]);
    expect(
      buildResultFilters({ ...DEFAULT_RESULT_VIEW, status: 'placeholder' })?.filters[0]?.operator,
    ).toBe('nil');
  });

  it('never sends the score threshold to the server', () => {
    const variables = resultQueryVariables({ ...DEFAULT_RESULT_VIEW, below: 40 });
    expect(variables.filters).toBeNull();
    expect(JSON.stringify(variables)).not.toContain('40');
  });

  it('matches a row when one score is strictly below the threshold', () => {
    const metrics = [
      { coverage_name: 'Prevention', coverage_score: 40 },
      { coverage_name: 'Detection', coverage_score: 0 },
    ];
    expect(matchesScoreBelow(metrics, null)).toBe(true);
    expect(matchesScoreBelow(metrics, 1)).toBe(true);
    expect(matchesScoreBelow([metrics[0]!], 40)).toBe(false);
    expect(matchesScoreBelow([], 100)).toBe(false);
  });
});

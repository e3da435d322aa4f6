import { describe, expect, it } from 'vitest';
import { g1CoverageResults, g2CoverageResults } from './coverageResults';

describe('g1CoverageResults', () => {
  const base = { id: 'sc-1', created: '2026-01-01T00:00:00.000Z' };

  it('has no result before OpenAEV linked a scenario or anyone entered scores', () => {
    expect(g1CoverageResults({ ...base, coverage_information: [] }, 'OpenAEV')).toEqual([]);
    expect(g1CoverageResults({ ...base, external_uri: '  ' }, 'OpenAEV')).toEqual([]);
  });

  it('makes the coverage its own single result once it has a link, a last result or scores', () => {
    const [linked] = g1CoverageResults(
      { ...base, external_uri: 'https://openaev.local/s/1' },
      'OpenAEV',
    );
    expect(linked).toMatchObject({
      id: 'sc-1',
      name: 'OpenAEV',
      external_uri: 'https://openaev.local/s/1',
      coverage_last_result: null,
      coverage_information: [],
    });
    const [scored] = g1CoverageResults(
      {
        ...base,
        coverage_last_result: '2026-02-01T00:00:00.000Z',
        coverage_valid_to: '2026-02-08T00:00:00.000Z',
        coverage_information: [null, { coverage_name: 'Detection', coverage_score: 80 }],
      },
      'Manual entry',
    );
    expect(scored).toMatchObject({
      name: 'Manual entry',
      created: base.created,
      coverage_valid_to: '2026-02-08T00:00:00.000Z',
      coverage_information: [{ coverage_name: 'Detection', coverage_score: 80 }],
    });
  });
});

describe('g2CoverageResults', () => {
  it('keeps every result and makes absent values explicit', () => {
    expect(g2CoverageResults(null)).toEqual([]);
    expect(
      g2CoverageResults([{ id: 'r1', name: 'EMEA', coverage_information: null }, { id: 'r2' }]),
    ).toEqual([
      expect.objectContaining({ id: 'r1', name: 'EMEA', coverage_information: [] }),
      expect.objectContaining({ id: 'r2', name: null, external_uri: null }),
    ]);
  });
});

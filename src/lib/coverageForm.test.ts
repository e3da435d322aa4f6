import { describe, expect, it } from 'vitest';
import { normalizeDuration, validateCoverageForm, type CoverageFormFields } from './coverageForm';

const base: CoverageFormFields = {
  name: 'FIN7',
  periodicity: 'P1D',
  duration: 'P30D',
  platforms: ['windows'],
  scores: [{ name: 'detection', score: '35' }],
  validity: '',
  sourceUrl: '',
};

describe('coverage form rules', () => {
  it('accepts valid values in both modes', () => {
    expect(validateCoverageForm(base, 'automated')).toEqual({});
    expect(validateCoverageForm(base, 'manual')).toEqual({});
  });

  it('checks only the fields of the simulated mode', () => {
    const values = { ...base, periodicity: '', duration: 'P0D', platforms: [], scores: [] };
    expect(validateCoverageForm({ ...values, name: ' ' }, 'automated')).toEqual({
      name: 'required',
      periodicity: 'required',
      duration: 'notPositive',
      platforms: 'noPlatform',
    });
  });

  it('checks only the fields of the assessed mode, under the chosen validity key', () => {
    const values = {
      ...base,
      periodicity: '',
      platforms: [],
      scores: [{ name: 'prevention', score: '101' }],
      validity: 'soon',
      sourceUrl: 'javascript:alert(1)',
    };
    expect(validateCoverageForm(values, 'manual')).toEqual({
      'metric:prevention': 'outOfRange',
      validity: 'invalidDuration',
      sourceUrl: 'unsafeScheme',
    });
    expect(validateCoverageForm({ ...values, scores: [] }, 'manual', 'periodicity')).toEqual({
      metrics: 'noMetric',
      periodicity: 'invalidDuration',
      sourceUrl: 'unsafeScheme',
    });
  });

  it('normalizes durations as sent', () => {
    expect(normalizeDuration(' p1d ')).toBe('P1D');
  });
});

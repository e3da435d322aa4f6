import { describe, expect, it } from 'vitest';
import { toEdits, validateUpdate, valuesOf } from './updateForm';

const manual = valuesOf({
  name: 'Edge zero-days',
  description: null,
  periodicity: 'P1M',
  external_uri: null,
  coverage_information: [{ coverage_name: 'detection', coverage_score: 35 }],
  objectLabel: [{ id: 'l1' }],
  objectMarking: [{ id: 'm1' }],
});

const automated = valuesOf({
  name: 'FIN7',
  periodicity: 'P1D',
  duration: 'P30D',
  type_affinity: 'ENDPOINT',
  platforms_affinity: ['windows', 'linux'],
  coverage_information: [{ coverage_name: 'prevention', coverage_score: 80 }],
});

describe('update form', () => {
  it('starts from the stored values and sends nothing when nothing changed', () => {
    expect(manual.metrics).toEqual([{ name: 'detection', score: '35' }]);
    expect(manual.description).toBe('');
    expect(toEdits(manual, { ...manual }, 'manual')).toEqual([]);
    expect(
      toEdits(automated, { ...automated, platforms: ['linux', 'windows'] }, 'automated'),
    ).toEqual([]);
  });

  it('replaces the scores as a whole, with 0 kept as a score', () => {
    const edits = toEdits(
      manual,
      {
        ...manual,
        metrics: [
          { name: 'detection', score: '100' },
          { name: 'prevention', score: '0' },
        ],
      },
      'manual',
    );
    expect(edits).toEqual([
      {
        key: 'coverage_information',
        operation: 'replace',
        value: [
          { coverage_name: 'detection', coverage_score: 100 },
          { coverage_name: 'prevention', coverage_score: 0 },
        ],
      },
    ]);
  });

  it('sends only the changed fields of the coverage mode', () => {
    const edits = toEdits(
      automated,
      {
        ...automated,
        name: ' FIN7 daily ',
        periodicity: 'p1w',
        metrics: [],
        sourceUrl: 'https://x.example',
      },
      'automated',
    );
    expect(edits).toEqual([
      { key: 'name', operation: 'replace', value: ['FIN7 daily'] },
      { key: 'periodicity', operation: 'replace', value: ['P1W'] },
    ]);
    expect(
      toEdits(manual, { ...manual, labels: ['l1', 'l2'], markings: [] }, 'manual').map(
        (e) => e.key,
      ),
    ).toEqual(['objectLabel', 'objectMarking']);
  });

  it('validates with the creation rules of each mode', () => {
    expect(validateUpdate({ ...manual, metrics: [] }, 'manual')).toEqual({ metrics: 'noMetric' });
    expect(
      validateUpdate({ ...manual, metrics: [{ name: 'detection', score: '-1' }] }, 'manual'),
    ).toEqual({ 'metric:detection': 'outOfRange' });
    expect(validateUpdate({ ...manual, sourceUrl: 'ftp://x' }, 'manual')).toEqual({
      sourceUrl: 'unsafeScheme',
    });
    expect(validateUpdate({ ...automated, periodicity: '', platforms: [] }, 'automated')).toEqual({
      periodicity: 'required',
      platforms: 'noPlatform',
    });
    expect(validateUpdate({ ...automated, name: 'a', metrics: [] }, 'automated')).toEqual({
      name: 'tooShort',
    });
  });
});

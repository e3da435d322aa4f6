import { describe, expect, it } from 'vitest';
import {
  initialValues,
  toAddInput,
  toG1AddInput,
  validateCreation,
  type CreationValues,
} from './creationForm';

const manual = (
  metrics: CreationValues['metrics'],
  extra: Partial<CreationValues> = {},
): CreationValues => ({
  ...initialValues('APT29 report'),
  metrics,
  ...extra,
});

describe('validateCreation', () => {
  it('defaults to a valid automated coverage named after the entity', () => {
    expect(validateCreation(initialValues('APT29 report'), 'automated')).toEqual({});
  });

  it('requires a name of at least 2 non-blank characters', () => {
    expect(validateCreation(initialValues(''), 'automated').name).toBe('required');
    expect(validateCreation(initialValues(' x '), 'manual').name).toBe('tooShort');
  });

  it('requires positive parseable durations and a platform in automated mode', () => {
    const errors = validateCreation(
      { ...initialValues('ok'), periodicity: 'P0D', duration: 'soon', platforms: [] },
      'automated',
    );
    expect(errors).toEqual({
      periodicity: 'notPositive',
      duration: 'invalidDuration',
      platforms: 'noPlatform',
    });
  });

  it('requires at least one metric in manual mode', () => {
    expect(validateCreation(manual({}), 'manual').metrics).toBe('noMetric');
    expect(
      validateCreation(manual({ detection: { selected: false, score: '50' } }), 'manual').metrics,
    ).toBe('noMetric');
  });

  it.each([
    ['-1', 'outOfRange'],
    ['101', 'outOfRange'],
    ['1.5', 'notWhole'],
    ['', 'required'],
    ['abc', 'notNumber'],
  ])('rejects the score %j (%s)', (score, code) => {
    expect(
      validateCreation(manual({ detection: { selected: true, score } }), 'manual')[
        'metric:detection'
      ],
    ).toBe(code);
  });

  it('accepts 0 as a real score', () => {
    expect(
      validateCreation(manual({ detection: { selected: true, score: '0' } }), 'manual'),
    ).toEqual({});
  });

  it('checks the optional validity and source link in manual mode only', () => {
    const values = manual(
      { detection: { selected: true, score: '10' } },
      { validity: 'P1X', sourceUrl: 'javascript:alert(1)' },
    );
    expect(validateCreation(values, 'manual')).toEqual({
      validity: 'invalidDuration',
      sourceUrl: 'unsafeScheme',
    });
    expect(validateCreation({ ...values, periodicity: 'P1D' }, 'automated')).toEqual({});
  });
});

describe('toAddInput', () => {
  it('sends only the automated fields for an automated coverage', () => {
    const input = toAddInput(
      { ...manual({ detection: { selected: true, score: '10' } }), sourceUrl: 'https://x.example' },
      'automated',
      'r1',
    );
    expect(input).toEqual({
      name: 'APT29 report',
      objectCovered: 'r1',
      auto_enrichment_disable: false,
      periodicity: 'P1D',
      duration: 'P30D',
      type_affinity: 'ENDPOINT',
      platforms_affinity: ['windows', 'linux', 'macos'],
    });
  });

  it('sends only the manual fields for a manual coverage', () => {
    const input = toAddInput(
      manual(
        {
          detection: { selected: true, score: '100' },
          prevention: { selected: false, score: '5' },
          vulnerability: { selected: true, score: '0' },
        },
        { sourceUrl: ' https://intel.example/assessment ', testedIds: ['ap1'], labels: ['l1'] },
      ),
      'manual',
      'r1',
    );
    expect(input).toEqual({
      name: 'APT29 report',
      objectCovered: 'r1',
      objectLabel: ['l1'],
      auto_enrichment_disable: true,
      coverage_information: [
        { coverage_name: 'detection', coverage_score: 100 },
        { coverage_name: 'vulnerability', coverage_score: 0 },
      ],
      external_uri: 'https://intel.example/assessment',
      add_related_entities: { selected_ids: ['ap1'] },
    });
  });
});

describe('toG1AddInput', () => {
  const now = '2026-12-04T10:00:00.000Z';

  it('dates manual scores now and turns the tested entities into has-covered to add', () => {
    const { input, testedIds } = toG1AddInput(
      toAddInput(
        manual({ detection: { selected: true, score: '100' } }, { testedIds: ['ap1', 'v1'] }),
        'manual',
        'r1',
      ),
      now,
    );
    expect(testedIds).toEqual(['ap1', 'v1']);
    expect(input).not.toHaveProperty('add_related_entities');
    expect(input).toMatchObject({
      coverage_information: [{ coverage_name: 'detection', coverage_score: 100 }],
      coverage_last_result: now,
      coverage_valid_from: now,
    });
  });

  it('leaves automated coverages and manual ones without scores undated', () => {
    const automated = toAddInput(manual({}), 'automated', 'r1');
    expect(toG1AddInput(automated, now)).toEqual({ input: automated, testedIds: [] });
    const unscored = toAddInput(manual({}), 'manual', 'r1');
    expect(toG1AddInput(unscored, now).input).not.toHaveProperty('coverage_last_result');
  });
});

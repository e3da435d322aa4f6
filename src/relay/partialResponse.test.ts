import { describe, expect, it } from 'vitest';
import {
  COMPLETE_ANSWER,
  failureOfPartial,
  partialErrors,
  wantsCompleteAnswer,
} from './partialResponse';

const error = (path?: (string | number)[], code = 'DATABASE_ERROR') => ({
  message: 'Elasticsearch cluster is unavailable',
  ...(path ? { path } : {}),
  extensions: { code },
});

describe('partial answers', () => {
  it('has no partial errors without data or without errors', () => {
    expect(partialErrors({ data: { me: { name: 'Ada' } } })).toEqual([]);
    expect(partialErrors({ data: null, errors: [error()] })).toEqual([]);
    expect(partialErrors({ data: { me: null }, errors: 'not a list' })).toEqual([]);
  });

  it('lets a query render when the errors are below top-level fields that arrived', () => {
    const payload = {
      data: { securityCoverage: { id: 'c1', objectCovered: null } },
      errors: [error(['securityCoverage', 'objectCovered'])],
    };
    expect(partialErrors(payload)).toHaveLength(1);
    expect(failureOfPartial(payload, 'query')).toBeNull();
  });

  it('fails a query whose top-level field was lost to an error, never mistaking it for "not found"', () => {
    const failure = failureOfPartial(
      {
        data: { securityCoverage: null, vocabularies: { edges: [] } },
        errors: [error(['securityCoverage'])],
      },
      'query',
    );
    expect(failure?.kind).toBe('graphql');
    expect(failure?.message).toBe('Elasticsearch cluster is unavailable');
    // A non-null field below it failed and nulled its parent: the top-level field is lost just the same.
    expect(
      failureOfPartial(
        { data: { securityCoverage: null }, errors: [error(['securityCoverage', 'name'])] },
        'query',
      ),
    ).not.toBeNull();
  });

  it('keeps a null top-level field without an error as an answer ("not found")', () => {
    expect(
      failureOfPartial(
        { data: { securityCoverage: null, me: { id: 'u' } }, errors: [error(['me', 'name'])] },
        'query',
      ),
    ).toBeNull();
    expect(failureOfPartial({ data: { me: null }, errors: [error()] }, 'query')).toBeNull();
  });

  it('fails a mutation on any error, with OpenCTI’s code and field', () => {
    const failure = failureOfPartial(
      {
        data: { securityCoverageAdd: null },
        errors: [
          {
            message: 'Name is too short',
            path: ['securityCoverageAdd'],
            extensions: { code: 'FUNCTIONAL_ERROR', data: { field: 'name' } },
          },
        ],
      },
      'mutation',
    );
    expect(failure?.kind).toBe('functional');
    expect(failure?.field).toBe('name');
    expect(
      failureOfPartial(
        {
          data: { stixCoreObjectEdit: { askEnrichment: null } },
          errors: [error(['stixCoreObjectEdit', 'askEnrichment'], 'FORBIDDEN_ACCESS')],
        },
        'mutation',
      )?.kind,
    ).toBe('forbidden');
  });

  it('fails any incomplete answer when the caller needs it whole (exports)', () => {
    const payload = {
      data: { securityCoverages: { edges: [{ node: { objectCovered: null } }] } },
      errors: [error(['securityCoverages', 'edges', 0, 'node', 'objectCovered'])],
    };
    expect(failureOfPartial(payload, 'query')).toBeNull();
    expect(failureOfPartial(payload, 'query', wantsCompleteAnswer(COMPLETE_ANSWER))?.kind).toBe(
      'graphql',
    );
    expect(wantsCompleteAnswer({})).toBe(false);
    expect(wantsCompleteAnswer(null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { testedCounts } from './testedEntities';

describe('testedCounts', () => {
  it('splits each type into tested entities and placeholders, alphabetically', () => {
    expect(
      testedCounts(
        [{ label: 'Vulnerability', value: 4 }, { label: 'Attack-Pattern', value: 23 }, null],
        [
          { label: 'Attack-Pattern', value: 17 },
          { label: 'Vulnerability', value: 1 },
        ],
      ),
    ).toEqual([
      { type: 'Attack-Pattern', tested: 17, placeholders: 6, total: 23 },
      { type: 'Vulnerability', tested: 1, placeholders: 3, total: 4 },
    ]);
  });

  it('counts null values as 0 and never gives negative placeholders', () => {
    expect(
      testedCounts(
        [{ label: 'Attack-Pattern', value: null }],
        [{ label: 'Attack-Pattern', value: 2 }],
      ),
    ).toEqual([{ type: 'Attack-Pattern', tested: 0, placeholders: 0, total: 0 }]);
    expect(testedCounts(null, undefined)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paginate, type Connection, type SortValue } from './paginate';

interface Item {
  id: string;
  value: SortValue;
}

/** The order OpenCTI (Elasticsearch) gives: case-insensitive, numbers as numbers, missing values last, then id. */
function reference(items: readonly Item[], mode: 'asc' | 'desc'): string[] {
  const rank = (v: SortValue) => (v === null ? null : typeof v === 'number' ? v : v.toLowerCase());
  return [...items]
    .sort((a, b) => {
      const x = rank(a.value);
      const y = rank(b.value);
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        const r =
          typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
        return mode === 'asc' ? r : -r;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map((item) => item.id);
}

const items = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-f0-9]{1,6}$/),
    value: fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom('alpha', 'Alpha', 'beta', 'BETA', 'gamma', '2026-01-01', '2025-12-31'),
    ),
  }),
  { selector: (item) => item.id, maxLength: 60 },
);

describe('paginate', () => {
  it('walks every item once, in order, page after page', () => {
    fc.assert(
      fc.property(
        items,
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('asc', 'desc'),
        (all, first, mode) => {
          const seen: string[] = [];
          let after: string | null = null;
          for (;;) {
            const page: Connection<Item> = paginate(all, {
              first,
              after,
              orderMode: mode,
              sortValue: (i) => i.value,
            });
            expect(page.pageInfo.globalCount).toBe(all.length);
            expect(page.pageInfo.hasPreviousPage).toBe(seen.length > 0);
            seen.push(...page.edges.map((e) => e.node.id));
            if (!page.pageInfo.hasNextPage) break;
            expect(page.edges).toHaveLength(first);
            after = page.pageInfo.endCursor;
          }
          expect(seen).toEqual(reference(all, mode));
        },
      ),
    );
  });

  it('keeps the page size within the maximum', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `id${i}`, value: i }));
    const page = paginate(many, { first: 1000, maxFirst: 10, sortValue: (i) => i.value });
    expect(page.edges.map((e) => e.node.id)).toEqual(many.slice(0, 10).map((i) => i.id));
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});

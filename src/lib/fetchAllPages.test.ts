import { describe, expect, it, vi } from 'vitest';
import { fetchAllPages, isAbortError, pageOf, type Page } from './fetchAllPages';

const pages: Record<string, Page<number>> = {
  start: { nodes: [1, 2], total: 5, hasNextPage: true, endCursor: 'a' },
  a: { nodes: [3, 4], total: 5, hasNextPage: true, endCursor: 'b' },
  b: { nodes: [5], total: 5, hasNextPage: false, endCursor: 'c' },
};

describe('fetchAllPages', () => {
  it('follows the cursors to the last page and reports progress after each page', async () => {
    const fetchPage = vi.fn(async (after: string | null) => pages[after ?? 'start']);
    const progress: [number, number][] = [];
    const nodes = await fetchAllPages(
      fetchPage,
      (done, total) => progress.push([done, total]),
      new AbortController().signal,
    );
    expect(nodes).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map(([after]) => after)).toEqual([null, 'a', 'b']);
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('stops on a missing page or a missing cursor', async () => {
    const signal = new AbortController().signal;
    expect(
      await fetchAllPages(
        async () => null,
        () => undefined,
        signal,
      ),
    ).toEqual([]);
    const noCursor = { nodes: [1], total: 9, hasNextPage: true, endCursor: null };
    const fetchPage = vi.fn(async () => noCursor);
    expect(await fetchAllPages(fetchPage, () => undefined, signal)).toEqual([1]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('ends with an AbortError between pages once cancelled', async () => {
    const controller = new AbortController();
    const fetchPage = vi.fn(async (after: string | null) => {
      if (after === 'a') controller.abort();
      return pages[after ?? 'start'];
    });
    const failure = await fetchAllPages(fetchPage, () => undefined, controller.signal).catch(
      (error: unknown) => error,
    );
    expect(isAbortError(failure)).toBe(true);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(isAbortError(new Error('network'))).toBe(false);
  });
});

describe('pageOf', () => {
  it('reads the nodes, the total and the cursor of a connection', () => {
    const connection = {
      pageInfo: { hasNextPage: true, endCursor: 'x', globalCount: 7 },
      edges: [{ node: 'a' }, { node: 'b' }],
    };
    expect(pageOf(connection)).toEqual({
      nodes: ['a', 'b'],
      total: 7,
      hasNextPage: true,
      endCursor: 'x',
    });
    expect(pageOf(null)).toBeNull();
  });
});

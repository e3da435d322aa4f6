import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { usePollWhile } from '../../src/components/usePollWhile';

describe('polling while something is pending', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function elapse(ms: number) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  }

  it('backs off 2 s, 4 s, 8 s… up to 30 s, and stops once nothing is pending', async () => {
    const poll = vi.fn(() => Promise.resolve());
    const { rerender } = renderHook(({ pending }) => usePollWhile(pending, poll), {
      initialProps: { pending: true },
    });
    await elapse(1_999);
    expect(poll).toHaveBeenCalledTimes(0);
    await elapse(1);
    expect(poll).toHaveBeenCalledTimes(1);
    await elapse(4_000);
    expect(poll).toHaveBeenCalledTimes(2);
    await elapse(8_000 + 16_000);
    expect(poll).toHaveBeenCalledTimes(4);
    await elapse(30_000);
    expect(poll).toHaveBeenCalledTimes(5);
    await elapse(30_000);
    expect(poll).toHaveBeenCalledTimes(6);
    rerender({ pending: false });
    await elapse(120_000);
    expect(poll).toHaveBeenCalledTimes(6);
    rerender({ pending: true });
    await elapse(2_000);
    expect(poll).toHaveBeenCalledTimes(7);
  });

  it('keeps polling after a failure, and never after unmount', async () => {
    const poll = vi.fn(() => Promise.reject(new Error('offline')));
    const { unmount } = renderHook(() => usePollWhile(true, poll));
    await elapse(2_000 + 4_000);
    expect(poll).toHaveBeenCalledTimes(2);
    unmount();
    await elapse(120_000);
    expect(poll).toHaveBeenCalledTimes(2);
  });

  it('never polls when nothing is pending', async () => {
    const poll = vi.fn(() => Promise.resolve());
    renderHook(() => usePollWhile(false, poll));
    await elapse(120_000);
    expect(poll).not.toHaveBeenCalled();
  });
});

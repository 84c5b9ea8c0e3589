import { describe, expect, it } from 'vitest';
import { GUARD_SLEPT_SHARE, GUARD_WINDOW_MS, ThreadGuard } from './thread-guard';

describe('ThreadGuard', () => {
  it('keeps the threads while the caller hardly sleeps (a quiet machine)', () => {
    const g = new ThreadGuard();
    for (let i = 0; i < 100; i++) expect(g.record(10, 0.05, 4).threads).toBe(4);
  });

  it('judges only whole windows, then halves the threads when sleeping dominates, down to one', () => {
    const g = new ThreadGuard();
    const call = GUARD_WINDOW_MS / 5;
    const slept = call * (GUARD_SLEPT_SHARE + 0.2);
    for (let i = 0; i < 4; i++) expect(g.record(call, slept, 4)).toEqual({ threads: 4, share: 0 });
    const full = g.record(call, slept, 4);
    expect(full.threads).toBe(2);
    expect(full.share).toBeCloseTo(GUARD_SLEPT_SHARE + 0.2, 10);
    for (let i = 0; i < 4; i++) g.record(call, slept, 2);
    expect(g.record(call, slept, 2).threads).toBe(1);
    for (let i = 0; i < 5; i++) expect(g.record(call, slept, 1).threads).toBe(1);
  });

  it('starts every window afresh: an old busy spell does not count against a quiet one', () => {
    const g = new ThreadGuard(100, 0.25);
    expect(g.record(100, 60, 4)).toEqual({ threads: 2, share: 0.6 });
    // Judged with the old window too, 70 of 200 ms (35 %) would halve again.
    expect(g.record(100, 10, 2)).toEqual({ threads: 2, share: 0.1 });
  });
});

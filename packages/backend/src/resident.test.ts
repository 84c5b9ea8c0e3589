import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelEngine } from './kernel-engine';

// The resident region: buffers kept across calls by call site, replayed while the same data comes back in
// the same order, cut and re-recorded at the first difference, and never overlapping the arena.
describe('ResidentCache', () => {
  let engine: KernelEngine;
  beforeAll(async () => {
    engine = await KernelEngine.create({ threads: 1 });
  });
  afterAll(() => engine.dispose());

  const dataA = {}, dataB = {}, dataC = {};
  /** A take that fills n floats with `value` and counts its fills. */
  const taker = () => {
    const made: number[] = [];
    const take = (s: ReturnType<KernelEngine['resident']['open']>, data: object, how: string, n: number, value: number) =>
      s.take(data, how, n, (at) => {
        made.push(value);
        engine.heap().fill(value, at, at + n);
      });
    return { made, take };
  };

  it('replays a site’s buffers without refilling them while the same data comes back in the same order', () => {
    engine.resident.clear();
    const { made, take } = taker();
    const s1 = engine.resident.open('site', 1000);
    const a1 = take(s1, dataA, 'copy', 10, 1);
    const b1 = take(s1, dataB, 'copy', 20, 2);
    const s2 = engine.resident.open('site', 1000);
    expect(take(s2, dataA, 'copy', 10, 1)).toBe(a1);
    expect(take(s2, dataB, 'copy', 20, 2)).toBe(b1);
    expect(made).toEqual([1, 2]);
    expect(Array.from(engine.get(b1, 20))).toEqual(new Array(20).fill(2));
    // Another site keeps its own buffers.
    const other = engine.resident.open('other', 1000);
    expect(take(other, dataA, 'copy', 10, 1)).not.toBe(a1);
    expect(made).toEqual([1, 2, 1]);
  });

  it('cuts the tape at the first difference (new data, or the same data made another way) and records anew', () => {
    engine.resident.clear();
    const { made, take } = taker();
    const s1 = engine.resident.open('site', 1000);
    const a = take(s1, dataA, 'copy', 8, 1);
    take(s1, dataB, 'copy', 8, 2);
    take(s1, dataB, 'pack 0:8:', 8, 3);
    const s2 = engine.resident.open('site', 1000);
    expect(take(s2, dataA, 'copy', 8, 1)).toBe(a);
    const c = take(s2, dataC, 'copy', 8, 4); // new data (an optimizer step): refilled
    take(s2, dataC, 'pack 0:8:', 8, 5);
    expect(made).toEqual([1, 2, 3, 4, 5]);
    const s3 = engine.resident.open('site', 1000);
    take(s3, dataA, 'copy', 8, 1);
    expect(take(s3, dataC, 'copy', 8, 4)).toBe(c);
    expect(take(s3, dataC, 'pack 0:8:T', 8, 6)).not.toBe(c);
    expect(made).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('falls back to the arena when the region is full, and grows the region only while the arena is empty', () => {
    engine.resident.clear();
    const { made, take } = taker();
    const s = engine.resident.open('site', 16);
    const kept = take(s, dataA, 'copy', 16, 1);
    const mark = engine.mark();
    expect(kept).toBeLessThan(mark);
    // More than the region holds: this build's buffer comes from the arena, and nothing more is kept.
    const spill = take(s, dataB, 'copy', 4096, 2);
    expect(spill).toBeGreaterThanOrEqual(mark);
    expect(take(s, dataC, 'copy', 4, 3)).toBeGreaterThanOrEqual(mark);
    // While the arena holds buffers, opening a site that needs more room does not move it.
    const busy = engine.resident.open('big', 1 << 16);
    expect(take(busy, dataA, 'copy', 1 << 15, 4)).toBeGreaterThanOrEqual(mark);
    engine.release(mark);
    // With the arena empty, the region is emptied and grown: everything fits again, below the arena.
    const s2 = engine.resident.open('big', 1 << 16);
    const at = take(s2, dataA, 'copy', 1 << 15, 5);
    expect(at + (1 << 15)).toBeLessThanOrEqual(engine.mark());
    expect(made).toEqual([1, 2, 3, 4, 5]);
    // A mark taken before the region grew is lifted to the arena's new bottom on release.
    engine.release(0);
    expect(engine.mark()).toBeGreaterThanOrEqual(at + (1 << 15));
    // The old site's tape was forgotten with the region: its data is filled again.
    const s3 = engine.resident.open('site', 16);
    take(s3, dataA, 'copy', 16, 1);
    expect(made).toEqual([1, 2, 3, 4, 5, 1]);
  });
});

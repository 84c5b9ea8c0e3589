import { describe, expect, it } from 'vitest';
import { windowSplits } from './windows';

const seq = (n: number, tag: number) => Array.from({ length: n }, (_, t) => [tag, t]);

describe('windowSplits', () => {
  it('cuts training sequences into consecutive windows, a short tail joining the window before it', () => {
    const json = {
      name: 'x',
      splits: { train: [seq(10, 0), seq(9, 1), seq(4, 2)], valid: [seq(30, 3)], test: [seq(25, 4)] },
    };
    const w = windowSplits(json, 8);
    // 10 → 8 + 2 (2 ≥ 8/4 stays); 9 → 8 + 1 → 9 (a tail of 1 < 8/4 joins); 4 → 4.
    expect(w.splits.train.map((s) => s.length)).toEqual([8, 2, 9, 4]);
    expect(w.splits.train.flat()).toEqual(json.splits.train.flat()); // every step once, in order
    expect(w.splits.valid).toBe(json.splits.valid);
    expect(w.splits.test).toBe(json.splits.test);
    expect(w.name).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { keySpan, randomTransposition, transposeRoll, transpositionRange } from './transpose';

/** A roll of `keys` keys with the given notes (step → keys) sounding. */
const roll = (keys: number, steps: number[][]) => steps.map((on) => Array.from({ length: keys }, (_, k) => (on.includes(k) ? 1 : 0)));

describe('piano-roll transposition', () => {
  const r = roll(12, [[3, 7], [], [5], [9, 3]]);

  it('keySpan and transpositionRange: the shifts that keep every note on the keyboard', () => {
    expect(keySpan(r)).toEqual([3, 9]);
    expect(keySpan(roll(12, [[], []]))).toBeNull();
    expect(transpositionRange(r, 6)).toEqual([-3, 2]);
    expect(transpositionRange(r, 1)).toEqual([-1, 1]);
    expect(transpositionRange(roll(12, [[]]), 4)).toEqual([-4, 4]);
  });

  it('transposeRoll moves every note by the shift and back again; off the keyboard is an error', () => {
    const up = transposeRoll(r, 2);
    expect(up).toEqual(roll(12, [[5, 9], [], [7], [11, 5]]));
    expect(transposeRoll(up, -2)).toEqual(r);
    expect(transposeRoll(r, -3)).toEqual(roll(12, [[0, 4], [], [2], [6, 0]]));
    expect(() => transposeRoll(r, 3)).toThrow(/a shift of 3 moves keys 3–9 off a keyboard of 12/);
    expect(() => transposeRoll(r, 0.5)).toThrow(/shift must be an integer/);
  });

  it('randomTransposition draws every allowed shift, uniformly, and only those', () => {
    const rng = createRng(7);
    const counts = new Map<number, number>();
    const n = 6000;
    for (let i = 0; i < n; i++) {
      const t = randomTransposition(r, 6, rng);
      const s = keySpan(t)![0] - 3;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      expect(t.flat().reduce((a, v) => a + v, 0)).toBe(5);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2]);
    for (const c of counts.values()) expect(Math.abs(c / n - 1 / 6)).toBeLessThan(5 * Math.sqrt((1 / 6) * (5 / 6) / n));
  });
});

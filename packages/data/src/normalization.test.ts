import { describe, expect, it } from 'vitest';
import { computeNormalization } from './normalization';

describe('computeNormalization', () => {
  it('pooled: one mean and std equal to those of all values together', () => {
    const seqs = [
      [
        [1, 10, 100],
        [2, 20, 300],
      ],
      [[3, -5, 7]],
    ];
    const all = seqs.flat(2);
    const mean = all.reduce((a, v) => a + v, 0) / all.length;
    const std = Math.sqrt(all.reduce((a, v) => a + (v - mean) ** 2, 0) / all.length);
    const s = computeNormalization(seqs, 3, { pooled: true });
    for (let j = 0; j < 3; j++) {
      expect(s.mean[j]).toBeCloseTo(mean, 10);
      expect(s.std[j]).toBeCloseTo(std, 10);
    }
    // Per feature (the default) differs.
    expect(computeNormalization(seqs, 3).mean).toEqual([2, 25 / 3, 407 / 3]);
  });
});

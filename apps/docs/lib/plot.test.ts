import { describe, expect, it } from 'vitest';
import { curveExtent, ticks } from './plot';

describe('plot helpers', () => {
  it('ticks are round numbers inside the range', () => {
    expect(ticks(0, 200, 4)).toEqual([0, 50, 100, 150, 200]);
    expect(ticks(61.3, 70.2, 4)).toEqual([62, 64, 66, 68, 70]);
    expect(ticks(0.03, 0.97, 5)).toEqual([0.2, 0.4, 0.6, 0.8]);
  });

  it('curveExtent leaves out the first points of every series', () => {
    const [lo, hi] = curveExtent([[180, 120, 70, 69], [175, 90, 60, 62]], 2);
    expect(lo).toBeLessThan(60);
    expect(lo).toBeGreaterThan(59);
    expect(hi).toBeGreaterThan(70);
    expect(hi).toBeLessThan(71);
  });
});

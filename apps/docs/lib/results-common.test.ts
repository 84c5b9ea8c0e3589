import { describe, expect, it } from 'vitest';
import { datasetName, dotChartFrame, formatSpread, readOrError, signed } from './results-common';

describe('results page helpers', () => {
  it('formats spreads, signs and data-set names', () => {
    expect(formatSpread({ mean: -6.9794, sd: 0.0601, n: 3 })).toBe('-6.979 ± 0.060');
    expect(formatSpread({ mean: -3.0684, sd: Number.NaN, n: 1 })).toBe('-3.068 (1 seed)');
    expect(formatSpread({ mean: Number.NaN, sd: Number.NaN, n: 0 })).toBe('–');
    expect([signed(0.0261), signed(-0.0181), signed(-0.0004), signed(1.653, 2)]).toEqual(['+0.026', '−0.018', '0.000', '+1.65']);
    expect([datasetName('jsb'), datasetName('timit')]).toEqual(['JSB Chorales', 'timit']);
  });

  it('lays out a dot chart: every value inside the plot area, rows spaced by the row height', () => {
    const f = dotChartFrame([-7, -6.5], 3, { width: 640, left: 150, rowHeight: 30, top: 16, minPad: 0.01 });
    expect(f.height).toBe(3 * 30 + 46);
    expect(f.sx(-7)).toBeGreaterThan(150);
    expect(f.sx(-6.5)).toBeLessThan(640 - 20);
    expect(f.sx(-6.75)).toBeCloseTo((f.sx(-7) + f.sx(-6.5)) / 2, 9);
    expect([f.rowY(0), f.rowY(2)]).toEqual([16, 76]);
    expect(f.ticks.every((t) => t >= -7.04 && t <= -6.46)).toBe(true);
  });

  it("returns a reader's error message instead of throwing", () => {
    const read = (file: string) => {
      throw new Error(`${file}: broken`);
    };
    expect(readOrError(read, 'r.json', {})).toEqual({ error: 'r.json: broken' });
    expect(readOrError((_f, json) => json, 'r.json', 7)).toBe(7);
  });
});

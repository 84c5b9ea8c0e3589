import { describe, expect, it } from 'vitest';
import { generateSynthetic, MULTIMODAL_RADIUS, MULTIMODAL_STAY } from './synthetic';

describe('generateSynthetic', () => {
  it('is deterministic in the seed and has the requested shape', () => {
    const a = generateSynthetic('multimodal', { sequences: 5, steps: 7, seed: 3 });
    const b = generateSynthetic('multimodal', { sequences: 5, steps: 7, seed: 3 });
    const c = generateSynthetic('multimodal', { sequences: 5, steps: 7, seed: 4 });
    expect(a).toEqual(b);
    expect(a.sequences).not.toEqual(c.sequences);
    expect(a.dims).toBe(2);
    expect(a.sequences).toHaveLength(5);
    for (const s of a.sequences) {
      expect(s).toHaveLength(7);
      for (const x of s) expect(x).toHaveLength(2);
    }
  });

  it("'multimodal' jumps between four modes with the stated transition probabilities", () => {
    const { sequences } = generateSynthetic('multimodal', { sequences: 400, steps: 50, seed: 11 });
    const counts = [0, 0, 0, 0];
    let n = 0;
    let radius = 0;
    let points = 0;
    for (const s of sequences) {
      for (let t = 0; t < s.length; t++) {
        radius += Math.hypot(s[t][0], s[t][1]);
        points++;
        if (t === 0) continue;
        const d = Math.atan2(s[t][1], s[t][0]) - Math.atan2(s[t - 1][1], s[t - 1][0]);
        const q = ((Math.round(d / (Math.PI / 2)) % 4) + 4) % 4;
        counts[q]++;
        n++;
      }
    }
    // Binomial standard error with n ≈ 19600 is ≈ 0.0035; allow 5 of them.
    expect(Math.abs(counts[0] / n - MULTIMODAL_STAY)).toBeLessThan(0.018);
    for (const q of [1, 2, 3]) expect(Math.abs(counts[q] / n - (1 - MULTIMODAL_STAY) / 3)).toBeLessThan(0.018);
    expect(Math.abs(radius / points - MULTIMODAL_RADIUS)).toBeLessThan(0.1);
  });

  it("'multimodal' next step is far from Gaussian: a mixture beats the best Gaussian by > 1 nat/step", () => {
    // Project x_t on the direction of x_{t-1}: staying lands near +R, a quarter turn near 0, a half turn near −R.
    const { sequences } = generateSynthetic('multimodal', { sequences: 300, steps: 40, seed: 5 });
    const u: number[] = [];
    for (const s of sequences) {
      for (let t = 1; t < s.length; t++) {
        const r = Math.hypot(s[t - 1][0], s[t - 1][1]);
        u.push((s[t][0] * s[t - 1][0] + s[t][1] * s[t - 1][1]) / r);
      }
    }
    const mean = u.reduce((a, b) => a + b, 0) / u.length;
    const v = u.reduce((a, b) => a + (b - mean) ** 2, 0) / u.length;
    // Gaussian log-likelihood per point of the projection vs a 3-component histogram-like mixture at R, 0, −R.
    const gauss = -0.5 * Math.log(2 * Math.PI * v) - 0.5;
    const comps = [
      { m: MULTIMODAL_RADIUS, p: MULTIMODAL_STAY },
      { m: 0, p: (2 * (1 - MULTIMODAL_STAY)) / 3 },
      { m: -MULTIMODAL_RADIUS, p: (1 - MULTIMODAL_STAY) / 3 },
    ];
    const s2 = 0.35 ** 2;
    let mix = 0;
    for (const x of u) {
      let p = 0;
      for (const c of comps) p += (c.p * Math.exp(-((x - c.m) ** 2) / (2 * s2))) / Math.sqrt(2 * Math.PI * s2);
      mix += Math.log(p);
    }
    expect(mix / u.length - gauss).toBeGreaterThan(1);
  });

  it("'strokes' gives unit-ish pen steps and lifts the pen every 4–12 points", () => {
    const { dims, sequences } = generateSynthetic('strokes', { sequences: 50, steps: 60, seed: 2 });
    expect(dims).toBe(3);
    let speed = 0;
    let n = 0;
    for (const s of sequences) {
      let run = 0;
      for (const [dx, dy, p] of s) {
        expect(p === 0 || p === 1).toBe(true);
        speed += Math.hypot(dx, dy);
        n++;
        run++;
        if (p === 1) {
          expect(run).toBeGreaterThanOrEqual(4);
          expect(run).toBeLessThanOrEqual(12);
          run = 0;
        }
      }
      expect(run).toBeLessThanOrEqual(12);
    }
    expect(Math.abs(speed / n - 1)).toBeLessThan(0.05);
  });

  it('rejects unknown names and bad sizes', () => {
    expect(() => generateSynthetic('nope' as never)).toThrow(/Unknown synthetic data set 'nope'.*multimodal, strokes/);
    expect(() => generateSynthetic('multimodal', { steps: 0 })).toThrow(/steps must be a positive integer, found 0/);
    expect(() => generateSynthetic('strokes', { sequences: 1.5 })).toThrow(
      /sequences must be a positive integer, found 1.5/,
    );
  });
});

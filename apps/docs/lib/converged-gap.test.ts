import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ci95, familyDifferences, readConvergedResults, spread } from './converged-gap';

const seed = (s: number, elbo: number, importance: number) => ({ seed: s, steps: 1000, best: { step: 500 }, flat: true, test: { elbo, iwae: elbo + 0.1, fivo: elbo + 0.2, importance } });
const results = (rows: unknown[]) => ({ command: 'pnpm experiment x', updatedAt: 'now', evaluation: { importance: 1000 }, rows });

describe('converged filtering-vs-smoothing results', () => {
  it('reads the committed results file: every row named <dataset>-<family>[-refit], with finite test figures', () => {
    const file = new URL('../../experiments/results/filtering-vs-smoothing/results.json', import.meta.url);
    const r = readConvergedResults('results.json', JSON.parse(readFileSync(file, 'utf8')));
    expect(r.rows.map((x) => x.dataset)).toContain('jsb');
    expect(r.importanceSamples).toBe(1000);
    for (const row of r.rows) for (const s of row.seeds) expect(Number.isFinite(s.elbo) && s.importance > s.elbo).toBe(true);
  });

  it('pairs the families seed by seed and calls a difference real only beyond its 95 % interval', () => {
    const r = readConvergedResults(
      'x.json',
      results([
        { id: 'jsb-filtering', seeds: [seed(0, -7.0, -6.7), seed(1, -7.1, -6.8), seed(2, -7.2, -6.9)] },
        { id: 'jsb-smoothing', seeds: [seed(0, -6.98, -6.7), seed(1, -7.11, -6.8), seed(2, -7.19, -6.9)] },
        { id: 'jsb-filtering-refit', seeds: [seed(0, -7.0, -6.7), seed(1, -7.1, -6.8), seed(2, -7.2, -6.9)] },
        { id: 'jsb-smoothing-refit', seeds: [seed(0, -6.97, -6.69), seed(1, -7.07, -6.8), seed(2, -7.17, -6.9), seed(3, 0, 0)] },
        { id: 'nott-filtering', seeds: [seed(0, -3, -2.9)] },
        { id: 'nott-smoothing', seeds: [seed(0, -3.1, -2.9)] },
      ]),
    );
    const d = familyDifferences(r);
    expect(d.map((x) => [x.dataset, x.refit, x.seeds.length, x.verdict])).toEqual([
      ['jsb', false, 3, 'no difference beyond the spread'],
      ['jsb', true, 3, 'smoothing tighter'],
      ['nott', false, 1, 'too few seeds'],
    ]);
    // The refit differences are 0.03 at every seed (seed 3 has no filtering partner and is left out).
    expect(d[1].elbo.mean).toBeCloseTo(0.03, 10);
    expect(d[1].elbo.sd).toBeCloseTo(0, 10);
  });

  it('computes the sample spread and Student-t interval', () => {
    const s = spread([1, 2, 3]);
    expect([s.mean, s.sd, s.n]).toEqual([2, 1, 3]);
    expect(ci95(s)).toBeCloseTo((4.303 * 1) / Math.sqrt(3), 6);
    expect(ci95(spread([1]))).toBeNaN();
  });

  it('names the file and field of a malformed results file', () => {
    expect(() => readConvergedResults('r.json', { rows: [{ id: 'jsb-mystery', seeds: [] }] })).toThrow(/r\.json: rows\[0\]\.id 'jsb-mystery'/);
    expect(() => readConvergedResults('r.json', { rows: [{ id: 'jsb-filtering', seeds: [{ seed: 0 }] }] })).toThrow(/r\.json: rows\[0\]\.seeds\[0\] lacks/);
    expect(() => readConvergedResults('r.json', [])).toThrow(/r\.json: expected an object with a 'rows' array/);
  });
});

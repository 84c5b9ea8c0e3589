import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestBound, comparePublished, readReproduction } from './reproduction';

const seed = (s: number, elbo: number) => ({
  seed: s,
  steps: 5000,
  best: { step: 4000 },
  flat: true,
  test: { elbo, iwae: elbo + 0.1, fivo: elbo + 0.2, importance: elbo + 0.25 },
});
const published = (value: number, bound: string) => ({ value, bound, source: 'paper' });
const results = (rows: unknown[]) => ({
  command: 'pnpm experiment reproduction',
  updatedAt: '2026-12-07T00:00:00Z',
  seeds: [0, 1, 2],
  evaluation: { iwae: 4, fivo: 4, importance: 1000 },
  rows,
});

describe('the reproduction table', () => {
  it("takes each row's own bound and compares every seed with the published figure", () => {
    const r = readReproduction(
      'r.json',
      results([
        { id: 'jsb-elbo', objective: 'ELBO', ownBound: 'elbo', published: published(-8.69, 'ELBO'), seeds: [seed(0, -7), seed(1, -7.2)] },
        { id: 'jsb-fivo4', objective: 'FIVO(4)', ownBound: 'fivo', published: published(-7.0, 'FIVO(4)'), seeds: [seed(0, -7.1), seed(1, -7.3)] },
        { id: 'nottingham-iwae4', objective: 'IWAE(4)', ownBound: 'iwae', published: published(-3.12, 'IWAE(4)'), seeds: [] },
      ]),
    );
    expect([r.seedsPlanned, r.iwaeSamples, r.fivoParticles, r.importanceSamples]).toEqual([3, 4, 4, 1000]);
    expect(r.rows.map((x) => x.dataset)).toEqual(['jsb', 'jsb', 'nottingham']);
    const elbo = comparePublished(r.rows[0]);
    expect(elbo.verdict).toBe('reaches the published figure');
    expect(elbo.own.mean).toBeCloseTo(-7.1, 12);
    expect(elbo.margin).toBeCloseTo(-7.2 + 8.69, 12);
    // FIVO's own bound is the fivo column (elbo + 0.2): seed 1 gives −7.1, below −7.0.
    const fivo = comparePublished(r.rows[1]);
    expect(fivo.own.mean).toBeCloseTo(-7.0, 12);
    expect(fivo.verdict).toBe('below the published figure');
    expect(fivo.margin).toBeCloseTo(-0.1, 12);
    expect(comparePublished(r.rows[2]).verdict).toBe('not run yet');
    // Best mean bound on JSB over rows and bounds: the ELBO row's FIVO column, mean −6.9.
    const best = bestBound(r, 'jsb');
    expect([best?.row.id, best?.bound]).toEqual(['jsb-elbo', 'fivo']);
    expect(best?.value).toBeCloseTo(-6.9, 12);
    expect(bestBound(r, 'nottingham')).toBeNull();
  });

  it('names the file and the field of a malformed results file', () => {
    expect(() => readReproduction('r.json', {})).toThrow(/r\.json: expected an object with a 'rows' array/);
    expect(() => readReproduction('r.json', results([{ id: 'x', ownBound: 'nll', seeds: [] }]))).toThrow(
      /r\.json: rows\[0\]\.ownBound is 'nll'/,
    );
    expect(() =>
      readReproduction('r.json', results([{ id: 'x', ownBound: 'elbo', seeds: [{ seed: 0, test: { elbo: -7 } }] }])),
    ).toThrow(/r\.json: rows\[0\]\.seeds\[0\] lacks/);
  });

  it('reads the committed results file, with finite figures and a published figure per row', () => {
    const file = new URL('../../experiments/results/reproduction/results.json', import.meta.url);
    const r = readReproduction('results.json', JSON.parse(readFileSync(file, 'utf8')));
    expect(r.rows).toHaveLength(9);
    for (const row of r.rows) {
      expect(row.published?.value).toBeLessThan(0);
      for (const s of row.seeds) expect([s.elbo, s.iwae, s.fivo, s.importance].every(Number.isFinite)).toBe(true);
    }
  });
});

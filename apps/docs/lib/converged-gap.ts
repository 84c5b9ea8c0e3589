/**
 * The converged filtering-vs-smoothing runs (`pnpm experiment filtering-vs-smoothing`, results in
 * apps/experiments/results/filtering-vs-smoothing/results.json) as the docs page reads them: one entry per
 * row and seed, and per data set the smoothing − filtering differences, seed by seed.
 */
import { isObj, num } from './results-common';

/** The test-set figures of one seed, nats per time step. */
export interface SeedFigures {
  seed: number;
  elbo: number;
  iwae: number;
  fivo: number;
  importance: number;
  /** Training steps run, and the step of the best validation bound. */
  steps: number;
  bestStep: number;
  flat: boolean;
}

/** A row of the experiment: one data set, one posterior family, jointly trained or q refitted. */
export interface ConvergedRow {
  id: string;
  dataset: string;
  family: 'filtering' | 'smoothing';
  /** q refitted to convergence on the frozen generative model of the jointly trained filtering run. */
  refit: boolean;
  seeds: SeedFigures[];
  command: string;
}

export interface ConvergedResults {
  command: string;
  updatedAt: string;
  importanceSamples: number;
  rows: ConvergedRow[];
}


/**
 * Reads an experiment's results.json. Throws, naming the file and the field, when it does not have the
 * shape the experiment runner writes.
 */
export function readConvergedResults(file: string, json: unknown): ConvergedResults {
  if (!isObj(json) || !Array.isArray(json.rows)) throw new Error(`${file}: expected an object with a 'rows' array`);
  const ev = isObj(json.evaluation) ? json.evaluation : {};
  const rows = json.rows.map((r, i): ConvergedRow => {
    if (!isObj(r) || typeof r.id !== 'string' || !Array.isArray(r.seeds)) throw new Error(`${file}: rows[${i}] lacks id or seeds`);
    const m = /^(.*)-(filtering|smoothing)(-refit)?$/.exec(r.id);
    if (!m) throw new Error(`${file}: rows[${i}].id '${r.id}' is not <dataset>-<filtering|smoothing>[-refit]`);
    const seeds = r.seeds.map((s, j): SeedFigures => {
      const t = isObj(s) && isObj(s.test) ? s.test : null;
      if (!isObj(s) || !t || !num(t.elbo) || !num(t.importance) || !num(s.seed)) {
        throw new Error(`${file}: rows[${i}].seeds[${j}] lacks seed or test.elbo/test.importance`);
      }
      const best = isObj(s.best) ? s.best : {};
      return {
        seed: s.seed as number,
        elbo: t.elbo as number,
        iwae: num(t.iwae) ? (t.iwae as number) : Number.NaN,
        fivo: num(t.fivo) ? (t.fivo as number) : Number.NaN,
        importance: t.importance as number,
        steps: num(s.steps) ? (s.steps as number) : Number.NaN,
        bestStep: num(best.step) ? (best.step as number) : Number.NaN,
        flat: s.flat === true,
      };
    });
    return { id: r.id, dataset: m[1], family: m[2] as 'filtering' | 'smoothing', refit: Boolean(m[3]), seeds, command: String(r.command ?? '') };
  });
  return {
    command: String(json.command ?? ''),
    updatedAt: String(json.updatedAt ?? ''),
    importanceSamples: num(ev.importance) ? (ev.importance as number) : Number.NaN,
    rows,
  };
}

/** Mean, sample standard deviation and count. */
export interface Spread {
  mean: number;
  sd: number;
  n: number;
}

export function spread(values: number[]): Spread {
  const n = values.length;
  const mean = n ? values.reduce((a, b) => a + b, 0) / n : Number.NaN;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : Number.NaN;
  return { mean, sd, n };
}

/** Two-sided 95 % quantiles of Student's t for 1 … 10 degrees of freedom. */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

/** Half-width of the 95 % confidence interval of a mean (NaN below two values). */
export function ci95(s: Spread): number {
  if (s.n < 2) return Number.NaN;
  return (T95[Math.min(s.n - 1, T95.length) - 1] * s.sd) / Math.sqrt(s.n);
}

/** Smoothing − filtering for one data set and one setting, seed by seed (the seeds both rows have). */
export interface FamilyDifference {
  dataset: string;
  refit: boolean;
  seeds: number[];
  /** Smoothing − filtering: positive means the smoothing family's figure is higher (its bound tighter). */
  elbo: Spread;
  importance: Spread;
  /** What the ELBO difference says, given its 95 % interval over the seeds. */
  verdict: 'smoothing tighter' | 'filtering tighter' | 'no difference beyond the spread' | 'too few seeds';
}

/**
 * The paired differences smoothing − filtering per data set, jointly trained and refitted. With q refitted,
 * seed s of both families shares one frozen generative model, so the pairing removes the model's own spread;
 * jointly trained, seed s of each family starts from the same initial state and sees the same batches.
 */
export function familyDifferences(results: ConvergedResults): FamilyDifference[] {
  const out: FamilyDifference[] = [];
  const datasets = [...new Set(results.rows.map((r) => r.dataset))];
  for (const dataset of datasets) {
    for (const refit of [false, true]) {
      const f = results.rows.find((r) => r.dataset === dataset && r.refit === refit && r.family === 'filtering');
      const s = results.rows.find((r) => r.dataset === dataset && r.refit === refit && r.family === 'smoothing');
      if (!f || !s) continue;
      const seeds = f.seeds.map((x) => x.seed).filter((seed) => s.seeds.some((y) => y.seed === seed)).sort((a, b) => a - b);
      const pick = (row: ConvergedRow, seed: number) => row.seeds.find((x) => x.seed === seed)!;
      const elbo = spread(seeds.map((k) => pick(s, k).elbo - pick(f, k).elbo));
      const importance = spread(seeds.map((k) => pick(s, k).importance - pick(f, k).importance));
      const half = ci95(elbo);
      const verdict =
        seeds.length < 2
          ? 'too few seeds'
          : Math.abs(elbo.mean) <= half
            ? 'no difference beyond the spread'
            : elbo.mean > 0
              ? 'smoothing tighter'
              : 'filtering tighter';
      out.push({ dataset, refit, seeds, elbo, importance, verdict });
    }
  }
  return out;
}

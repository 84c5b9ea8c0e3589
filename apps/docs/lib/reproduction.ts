/**
 * The reproduction table (`pnpm experiment reproduction`, results in
 * apps/experiments/results/reproduction/results.json) as the docs page reads it: per data set and training
 * objective, each seed's test figures, the row's own bound beside the published VRNN figure for that bound,
 * and whether every seed reaches it.
 */
import { spread, type Spread } from './converged-gap';
import { isObj, num } from './results-common';

/** Test-set figures of one seed, nats per time step. */
export interface ReproductionSeed {
  seed: number;
  elbo: number;
  iwae: number;
  fivo: number;
  importance: number;
  /** The bound the row was trained with, evaluated as published. */
  own: number;
  steps: number;
  bestStep: number;
  flat: boolean;
}

export type BoundKey = 'elbo' | 'iwae' | 'fivo';

/** One row: a data set trained with one objective. */
export interface ReproductionRow {
  id: string;
  dataset: string;
  /** 'ELBO', 'IWAE(4)', 'FIVO(4)'. */
  objective: string;
  ownBound: BoundKey;
  published: { value: number; bound: string; source: string } | null;
  seeds: ReproductionSeed[];
  command: string;
}

export interface ReproductionResults {
  command: string;
  updatedAt: string;
  seedsPlanned: number;
  iwaeSamples: number;
  fivoParticles: number;
  importanceSamples: number;
  rows: ReproductionRow[];
}

const BOUNDS: BoundKey[] = ['elbo', 'iwae', 'fivo'];

/**
 * Reads the reproduction's results.json. Throws, naming the file and the field, when it does not have the
 * shape the experiment runner writes.
 */
export function readReproduction(file: string, json: unknown): ReproductionResults {
  if (!isObj(json) || !Array.isArray(json.rows)) throw new Error(`${file}: expected an object with a 'rows' array`);
  const ev = isObj(json.evaluation) ? json.evaluation : {};
  const rows = json.rows.map((r, i): ReproductionRow => {
    if (!isObj(r) || typeof r.id !== 'string' || !Array.isArray(r.seeds)) throw new Error(`${file}: rows[${i}] lacks id or seeds`);
    const ownBound = r.ownBound;
    if (ownBound !== 'elbo' && ownBound !== 'iwae' && ownBound !== 'fivo') {
      throw new Error(`${file}: rows[${i}].ownBound is '${String(ownBound)}', expected elbo, iwae or fivo`);
    }
    const p = r.published;
    const published =
      isObj(p) && num(p.value) ? { value: p.value, bound: String(p.bound ?? ''), source: String(p.source ?? '') } : null;
    const seeds = r.seeds.map((s, j): ReproductionSeed => {
      const t = isObj(s) && isObj(s.test) ? s.test : null;
      if (!isObj(s) || !t || !num(s.seed) || !BOUNDS.every((b) => num(t[b])) || !num(t.importance)) {
        throw new Error(`${file}: rows[${i}].seeds[${j}] lacks seed or test.elbo/iwae/fivo/importance`);
      }
      const best = isObj(s.best) ? s.best : {};
      const test = t as Record<BoundKey | 'importance', number>;
      return {
        seed: s.seed,
        elbo: test.elbo,
        iwae: test.iwae,
        fivo: test.fivo,
        importance: test.importance,
        own: test[ownBound],
        steps: num(s.steps) ? s.steps : Number.NaN,
        bestStep: num(best.step) ? best.step : Number.NaN,
        flat: s.flat === true,
      };
    });
    return {
      id: r.id,
      dataset: r.id.split('-')[0],
      objective: String(r.objective ?? ownBound.toUpperCase()),
      ownBound,
      published,
      seeds,
      command: String(r.command ?? ''),
    };
  });
  const seedsPlanned = Array.isArray(json.seeds) ? json.seeds.length : Number.NaN;
  return {
    command: String(json.command ?? ''),
    updatedAt: String(json.updatedAt ?? ''),
    seedsPlanned,
    iwaeSamples: num(ev.iwae) ? ev.iwae : Number.NaN,
    fivoParticles: num(ev.fivo) ? ev.fivo : Number.NaN,
    importanceSamples: num(ev.importance) ? ev.importance : Number.NaN,
    rows,
  };
}

/** A row's own bound against the published figure for the same bound. */
export interface PublishedComparison {
  own: Spread;
  /** Lowest seed's own bound minus the published figure (≥ 0: every seed reaches it). */
  margin: number;
  verdict: 'reaches the published figure' | 'below the published figure' | 'no published figure' | 'not run yet';
}

export function comparePublished(row: ReproductionRow): PublishedComparison {
  const own = spread(row.seeds.map((s) => s.own));
  if (!row.seeds.length) return { own, margin: Number.NaN, verdict: 'not run yet' };
  if (!row.published) return { own, margin: Number.NaN, verdict: 'no published figure' };
  const margin = Math.min(...row.seeds.map((s) => s.own)) - row.published.value;
  return { own, margin, verdict: margin >= 0 ? 'reaches the published figure' : 'below the published figure' };
}

/** The best (highest) mean test bound of a data set over every row and every bound it was evaluated with. */
export interface BestBound {
  value: number;
  bound: BoundKey;
  row: ReproductionRow;
}

export function bestBound(results: ReproductionResults, dataset: string): BestBound | null {
  let best: BestBound | null = null;
  for (const row of results.rows) {
    if (row.dataset !== dataset || !row.seeds.length) continue;
    for (const bound of BOUNDS) {
      const value = spread(row.seeds.map((s) => s[bound])).mean;
      if (!best || value > best.value) best = { value, bound, row };
    }
  }
  return best;
}

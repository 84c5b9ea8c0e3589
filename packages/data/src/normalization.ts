/**
 * Per-feature affine normalisation `(x − mean) / std`, computed on the training split and stored
 * with the model so that evaluation and sampling use the same transform.
 */
export interface NormalizationStats {
  mean: number[];
  std: number[];
}

/** Options for {@link computeNormalization}. */
export interface NormalizationOptions {
  /** Indices of the features to normalise; the others keep mean 0 and std 1 (e.g. a pen-up bit). Default: all. */
  features?: number[];
  /** Smallest std used; a constant feature gets std 1. Default 1e-6. */
  minStd?: number;
  /**
   * One mean and std for all the chosen features together (audio frames, whose features are
   * interchangeable sample positions). Default false: per feature.
   */
  pooled?: boolean;
}

/**
 * Mean and standard deviation (population) of each feature over every step of `sequences`.
 * @param sequences - the sequences (usually the training split), `sequences[i][t]` a feature vector.
 * @param dims - the feature dimension D.
 */
export function computeNormalization(
  sequences: readonly (readonly (readonly number[])[])[],
  dims: number,
  options: NormalizationOptions = {},
): NormalizationStats {
  const { features, minStd = 1e-6, pooled = false } = options;
  const sum = new Float64Array(dims);
  const n = sequences.reduce((a, s) => a + s.length, 0);
  if (n === 0) throw new Error('computeNormalization: expected at least one time step, found none');
  for (const s of sequences) for (const v of s) for (let j = 0; j < dims; j++) sum[j] += v[j];
  const mean = Array.from(sum, (v) => v / n);
  const sq = new Float64Array(dims);
  for (const s of sequences) for (const v of s) for (let j = 0; j < dims; j++) sq[j] += (v[j] - mean[j]) ** 2;
  const std = Array.from(sq, (v) => Math.sqrt(v / n));
  const keep = new Set(features ?? mean.map((_, j) => j));
  if (pooled && keep.size > 0) {
    // Pooled moments: the mean of the means, and E[x²] − m² from each feature's variance and mean.
    const k = [...keep];
    const m = k.reduce((a, j) => a + mean[j], 0) / k.length;
    const v = k.reduce((a, j) => a + std[j] ** 2 + (mean[j] - m) ** 2, 0) / k.length;
    for (const j of k) {
      mean[j] = m;
      std[j] = Math.sqrt(v);
    }
  }
  return {
    mean: mean.map((m, j) => (keep.has(j) ? m : 0)),
    std: std.map((s, j) => (!keep.has(j) ? 1 : s < minStd ? 1 : s)),
  };
}

/**
 * The identity transform for `dims` features.
 * @param dims - the feature dimension D.
 */
export function identityNormalization(dims: number): NormalizationStats {
  return { mean: new Array<number>(dims).fill(0), std: new Array<number>(dims).fill(1) };
}

function check(stats: NormalizationStats, dims: number): void {
  if (stats.mean.length !== dims || stats.std.length !== dims) {
    throw new Error(`normalization stats are for ${stats.mean.length} features, data has ${dims}`);
  }
}

/**
 * Applies `(x − mean) / std` to every step; returns new arrays.
 * @param sequences - the sequences, `sequences[i][t]` a feature vector.
 * @param stats - the per-feature mean and std, from `computeNormalization` on the training split.
 */
export function normalize(
  sequences: readonly (readonly (readonly number[])[])[],
  stats: NormalizationStats,
): number[][][] {
  return mapFeatures(sequences, stats, (x, mean, std) => (x - mean) / std);
}

/**
 * Inverts {@link normalize}: `x·std + mean`.
 * @param sequences - normalised sequences (e.g. samples of a model trained on normalised data).
 * @param stats - the stats the data were normalised with.
 */
export function denormalize(
  sequences: readonly (readonly (readonly number[])[])[],
  stats: NormalizationStats,
): number[][][] {
  return mapFeatures(sequences, stats, (x, mean, std) => x * std + mean);
}

/** `f(x, mean_j, std_j)` on every feature j of every step, after checking the step's width against `stats`. */
function mapFeatures(
  sequences: readonly (readonly (readonly number[])[])[],
  stats: NormalizationStats,
  f: (x: number, mean: number, std: number) => number,
): number[][][] {
  return sequences.map((s) =>
    s.map((v) => {
      check(stats, v.length);
      return v.map((x, j) => f(x, stats.mean[j], stats.std[j]));
    }),
  );
}

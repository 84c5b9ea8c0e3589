import * as tf from '@tensorflow/tfjs-core';
import type { LogLikelihoodOptions, SequenceModel } from './sequence-model';

/** Rows × time steps evaluated together when the caller gives no budget (≈ 2 GB of activations at 2 K floats a row-step). */
export const DEFAULT_MAX_ROW_STEPS = 1 << 18;
/** Rows (samples × sequences) evaluated together when the caller gives no chunk size. */
const DEFAULT_MAX_ROWS = 2048;

/**
 * How `importanceLogLikelihood` splits K samples of B sequences of T steps: groups of `sequences`
 * sequences, each evaluated `samples` importance samples at a time, so that one call of `logWeights`
 * holds at most `sequences · samples` rows of T steps (≤ `maxRowSteps` row-steps, unless a single row is longer).
 * @param T Time steps per sequence.
 * @param B Number of sequences.
 * @param K Number of importance samples per sequence.
 * @param options Chunking limits, as in {@link LogLikelihoodOptions}.
 * @param options.chunkSize Samples evaluated together at most (default: as many as the row budget allows).
 * @param options.maxRowSteps Memory budget of one chunk in rows × time steps (default 2¹⁸; never more than
 *   2048 rows).
 */
export function importanceChunks(
  T: number,
  B: number,
  K: number,
  options: { chunkSize?: number; maxRowSteps?: number } = {},
): { sequences: number; samples: number } {
  const budget = options.maxRowSteps ?? DEFAULT_MAX_ROW_STEPS;
  if (!(budget > 0)) throw new Error(`logLikelihood: maxRowSteps must be positive, found ${budget}`);
  const rows = Math.max(1, Math.min(DEFAULT_MAX_ROWS, Math.floor(budget / Math.max(1, T))));
  const sequences = Math.min(B, rows);
  const samples = Math.min(K, options.chunkSize ?? Number.POSITIVE_INFINITY, Math.max(1, Math.floor(rows / sequences)));
  return { sequences, samples };
}

/**
 * log (1/K) Σ_k w_k per sequence `[B]` from `model.logWeights`, in chunks: the sequences are taken in
 * groups and each group's samples a chunk at a time (see {@link importanceChunks}), so memory grows with
 * rows × time steps of one chunk, not with K·B·T. Each chunk's log-sum-exp is folded into a running one.
 * @param model The model whose `logWeights` are averaged.
 * @param x Sequences `[T, B, D]` (time-major).
 * @param options Number of samples K (default 100), chunking limits, mask and seed.
 */
export function importanceLogLikelihood(
  model: SequenceModel,
  x: tf.Tensor3D,
  options: LogLikelihoodOptions = {},
): tf.Tensor1D {
  const K = options.samples ?? 100;
  if (!Number.isInteger(K) || K < 1) throw new Error(`logLikelihood: samples must be a positive integer, found ${K}`);
  const [T, B] = x.shape;
  if (options.chunkSize !== undefined && !(Number.isInteger(options.chunkSize) && options.chunkSize >= 1))
    throw new Error(`logLikelihood: chunkSize must be a positive integer, found ${options.chunkSize}`);
  const plan = importanceChunks(T, B, K, options);
  if (plan.sequences === B) return groupLogLikelihood(model, x, options.mask, K, plan.samples, options.seed);
  const parts: tf.Tensor1D[] = [];
  try {
    for (let b0 = 0, g = 0; b0 < B; b0 += plan.sequences, g++) {
      const n = Math.min(plan.sequences, B - b0);
      const xs = tf.slice(x, [0, b0, 0], [T, n, x.shape[2]]);
      const mask = options.mask ? tf.slice(options.mask, [0, b0], [T, n]) : undefined;
      try {
        const seed = options.seed === undefined ? undefined : options.seed + 104729 * g;
        parts.push(groupLogLikelihood(model, xs, mask, K, plan.samples, seed));
      } finally {
        tf.dispose([xs, ...(mask ? [mask] : [])]);
      }
    }
    return tf.concat(parts) as tf.Tensor1D;
  } finally {
    tf.dispose(parts);
  }
}

/** log (1/K) Σ_k w_k of one group of sequences, `chunk` samples per call of `logWeights`. */
function groupLogLikelihood(
  model: SequenceModel,
  x: tf.Tensor3D,
  mask: tf.Tensor | undefined,
  K: number,
  chunk: number,
  seed: number | undefined,
): tf.Tensor1D {
  let acc: tf.Tensor1D | null = null;
  for (let done = 0, j = 0; done < K; done += chunk, j++) {
    const k = Math.min(chunk, K - done);
    const s = seed === undefined ? undefined : seed + 7919 * j;
    const prev: tf.Tensor1D | null = acc;
    acc = tf.tidy(() => {
      const lse = tf.logSumExp(model.logWeights(x, { mask, samples: k, seed: s }), 0) as tf.Tensor1D;
      return prev ? (tf.logSumExp(tf.stack([prev, lse]), 0) as tf.Tensor1D) : lse;
    });
    prev?.dispose();
  }
  const out = tf.tidy(() => tf.sub(acc as tf.Tensor1D, Math.log(K)) as tf.Tensor1D);
  (acc as tf.Tensor1D).dispose();
  return out;
}

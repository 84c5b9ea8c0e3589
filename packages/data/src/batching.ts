import * as tf from '@tensorflow/tfjs-core';
import { createRng, shuffled } from './random';

/** A padded, time-major batch. */
export interface PaddedBatch {
  /** `[T, B, D]`, zero after each sequence's end. */
  x: tf.Tensor3D;
  /** `[T, B]`: 1 for a real step, 0 for padding. */
  mask: tf.Tensor2D;
  /** Length of each sequence in the batch. */
  lengths: number[];
}

/**
 * Pads sequences (`seq[t]` a feature vector of length `dims`) into a time-major batch with a mask.
 * `T` is the longest length (or `maxSteps` when given, truncating longer sequences).
 * @param sequences - the sequences, `sequences[b][t]` a feature vector of length `dims`.
 * @param dims - the feature dimension D.
 * @param maxSteps - the batch's length T (longer sequences are truncated); default the longest length.
 */
export function padBatch(
  sequences: readonly (readonly (readonly number[])[])[],
  dims: number,
  maxSteps?: number,
): PaddedBatch {
  const B = sequences.length;
  if (B === 0) throw new Error('padBatch: expected at least one sequence, found none');
  const lengths = sequences.map((s) => (maxSteps === undefined ? s.length : Math.min(s.length, maxSteps)));
  const T = Math.max(...lengths);
  if (T === 0) throw new Error('padBatch: every sequence is empty');
  const x = new Float32Array(T * B * dims);
  const m = new Float32Array(T * B);
  sequences.forEach((seq, b) => {
    for (let t = 0; t < lengths[b]; t++) {
      const v = seq[t];
      if (v.length !== dims) {
        throw new Error(`padBatch: sequence ${b}, step ${t}: expected ${dims} features, found ${v.length}`);
      }
      x.set(v, (t * B + b) * dims);
      m[t * B + b] = 1;
    }
  });
  return { x: tf.tensor3d(x, [T, B, dims]), mask: tf.tensor2d(m, [T, B]), lengths };
}

/** Options for {@link batchOrder}. */
export interface BatchOrderOptions {
  batchSize: number;
  /** Seed of this epoch's shuffle. */
  seed: number;
  /**
   * Group sequences of similar length (less padding): sort by length with seeded tie-breaking,
   * cut into batches, then shuffle the batch order. Default true.
   */
  bucketByLength?: boolean;
  /** Shuffle at all (default true); false keeps the input order (for evaluation). */
  shuffle?: boolean;
}

/**
 * The batches of one epoch as lists of sequence indices. Deterministic in `seed`: a trainer that
 * derives the seed from the epoch number can recompute any epoch's order (exact resume).
 * @param lengths - the length of each sequence, indexed as the data set's sequences.
 */
export function batchOrder(lengths: readonly number[], options: BatchOrderOptions): number[][] {
  const { batchSize, seed, bucketByLength = true, shuffle = true } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batchSize must be a positive integer, found ${batchSize}`);
  const idx = lengths.map((_, i) => i);
  let order: number[];
  if (!shuffle) order = idx;
  else if (bucketByLength) {
    const rng = createRng(seed);
    const key = idx.map(() => rng.uniform());
    order = idx.sort((a, b) => lengths[a] - lengths[b] || key[a] - key[b]);
  } else order = shuffled(idx, seed);
  const batches: number[][] = [];
  for (let i = 0; i < order.length; i += batchSize) batches.push(order.slice(i, i + batchSize));
  return shuffle && bucketByLength ? shuffled(batches, seed + 0x5bd1e995) : batches;
}

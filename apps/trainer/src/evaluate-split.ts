import * as tf from '@tensorflow/tfjs-core';
import { batchOrder, countSteps, normalize, padBatch, type NormalizationStats } from '@probseq/data';
import { deriveSeed } from '@probseq/nn';
import { fivoBound } from '@probseq/vrnn';
import { logJacobianPerStep } from './data-source';
import type { TrainerModel } from './model-factory';

/** Totals of an evaluation over a split (nats, on the data's original scale). */
export interface SplitScores {
  sequences: number;
  steps: number;
  /** Σ over sequences of the ELBO. */
  elbo: number;
  /** Σ over sequences of the log-likelihood estimate (null when not requested). */
  logLikelihood: number | null;
  /** Σ over sequences of the FIVO bound with `particles` particles (null when not requested). */
  fivo: number | null;
}

/** How a split is evaluated. */
export interface SplitOptions {
  dims: number;
  stats: NormalizationStats;
  /** Sequences per batch (fewer where a batch of long sequences would exceed `maxRowSteps`). */
  batch: number;
  seed: number;
  /** Importance samples of the log-likelihood (none: ELBO only). */
  samples?: number;
  /** Particles of the FIVO bound (none: not computed). */
  particles?: number;
  /** Memory budget of one model call, in rows (samples or particles × sequences) × time steps. */
  maxRowSteps?: number;
  /** Called after each batch with the time steps evaluated so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Batches of at most `batch` sequences, split further so that sequences × longest length ≤ `maxRowSteps`. */
export function budgetedBatches(lengths: number[], batch: number, maxRowSteps = Number.POSITIVE_INFINITY): number[][] {
  const out: number[][] = [];
  for (const b of batchOrder(lengths, { batchSize: batch, seed: 0, shuffle: false })) {
    const T = Math.max(...b.map((i) => lengths[i]));
    const n = Math.max(1, Math.min(b.length, Math.floor(maxRowSteps / T)));
    for (let i = 0; i < b.length; i += n) out.push(b.slice(i, i + n));
  }
  return out;
}

/**
 * The ELBO (and, with `samples`, the importance-sampled log-likelihood) summed over a split,
 * evaluated in fixed batches with seeds derived from `seed`, so the figures are reproducible.
 * Long sequences are evaluated in smaller batches and chunks of samples so that no model call
 * exceeds `maxRowSteps`. Values are corrected for the normalisation (−Σ_d log std_d per step) so
 * they are in the units of the data as read.
 */
export async function evaluateSplit(
  model: TrainerModel,
  sequences: number[][][],
  options: SplitOptions,
): Promise<SplitScores> {
  const norm = normalize(sequences, options.stats);
  const batches = budgetedBatches(
    norm.map((s) => s.length),
    options.batch,
    options.maxRowSteps,
  );
  let elbo = 0;
  let ll: number | null = options.samples ? 0 : null;
  const total = countSteps(sequences);
  let done = 0;
  let fivo: number | null = options.particles ? 0 : null;
  for (let i = 0; i < batches.length; i++) {
    const { x, mask } = padBatch(
      batches[i].map((j) => norm[j]),
      options.dims,
    );
    try {
      const seed = deriveSeed(options.seed, 'eval', i);
      const e = model.elbo(x, { mask, seed });
      const elboSum = tf.sum(e.perSequence);
      elbo += (await elboSum.data())[0];
      tf.dispose([elboSum, e.total, e.perSequence, e.kl, e.nll]);
      if (options.samples && ll !== null) {
        const l = model.logLikelihood(x, {
          mask,
          samples: options.samples,
          seed: deriveSeed(options.seed, 'll', i),
          maxRowSteps: options.maxRowSteps,
        });
        const llSum = tf.sum(l);
        ll += (await llSum.data())[0];
        tf.dispose([llSum, l]);
      }
      if (options.particles && fivo !== null) {
        // The particles of a sequence run together: a batch whose N·B rows × T steps exceed the budget is
        // split by sequences, as the batches themselves are (each part with a seed of its own).
        const members = batches[i];
        const parts = budgetedBatches(
          members.map((j) => norm[j].length),
          members.length,
          (options.maxRowSteps ?? Number.POSITIVE_INFINITY) / options.particles,
        );
        for (const [k, part] of parts.entries()) {
          const whole = parts.length === 1;
          const sub = whole ? { x, mask } : padBatch(part.map((m) => norm[members[m]]), options.dims);
          try {
            const f = fivoBound(model, sub.x, {
              mask: sub.mask,
              particles: options.particles,
              seed: whole ? deriveSeed(options.seed, 'fivo', i) : deriveSeed(options.seed, 'fivo', i, k),
            });
            const fSum = tf.sum(f.bound);
            fivo += (await fSum.data())[0];
            tf.dispose([fSum, f.bound]);
          } finally {
            if (!whole) tf.dispose([sub.x, sub.mask]);
          }
        }
      }
    } finally {
      tf.dispose([x, mask]);
    }
    done += batches[i].reduce((a, j) => a + norm[j].length, 0);
    options.onProgress?.(done, total);
  }
  const steps = countSteps(sequences);
  const jac = steps * logJacobianPerStep(options.stats);
  return {
    sequences: sequences.length,
    steps,
    elbo: elbo - jac,
    logLikelihood: ll === null ? null : ll - jac,
    fivo: fivo === null ? null : fivo - jac,
  };
}

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

/** Importance samples per chunk: the default K·B ≤ 2048, fewer for long sequences so rows × steps stay ≤ 2^19. */
function chunkFor(batch: number, steps: number): number {
  return Math.max(1, Math.min(Math.floor(2048 / batch), Math.floor(524288 / (batch * Math.max(1, steps)))));
}

/**
 * The ELBO (and, with `samples`, the importance-sampled log-likelihood) summed over a split,
 * evaluated in fixed batches with seeds derived from `seed`, so the figures are reproducible.
 * Values are corrected for the normalisation (−Σ_d log std_d per step) so they are in the units of
 * the data as read.
 */
export async function evaluateSplit(
  model: TrainerModel,
  sequences: number[][][],
  options: {
    dims: number;
    stats: NormalizationStats;
    batch: number;
    seed: number;
    samples?: number;
    particles?: number;
  },
): Promise<SplitScores> {
  const norm = normalize(sequences, options.stats);
  const batches = batchOrder(
    norm.map((s) => s.length),
    { batchSize: options.batch, seed: 0, shuffle: false },
  );
  let elbo = 0;
  let ll: number | null = options.samples ? 0 : null;
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
          chunkSize: chunkFor(x.shape[1], x.shape[0]),
        });
        const llSum = tf.sum(l);
        ll += (await llSum.data())[0];
        tf.dispose([llSum, l]);
      }
      if (options.particles && fivo !== null) {
        const f = fivoBound(model, x, {
          mask,
          particles: options.particles,
          seed: deriveSeed(options.seed, 'fivo', i),
        });
        const fSum = tf.sum(f.bound);
        fivo += (await fSum.data())[0];
        tf.dispose([fSum, f.bound]);
      }
    } finally {
      tf.dispose([x, mask]);
    }
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

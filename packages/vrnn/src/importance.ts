import * as tf from '@tensorflow/tfjs-core';
import type { LogLikelihoodOptions, SequenceModel } from './sequence-model';

/**
 * log (1/K) Σ_k w_k per sequence `[B]` from `model.logWeights`, in chunks of samples: each chunk's
 * log-sum-exp is folded into a running one, so memory grows with the chunk, not with K.
 */
export function importanceLogLikelihood(model: SequenceModel, x: tf.Tensor3D, options: LogLikelihoodOptions = {}): tf.Tensor1D {
  const K = options.samples ?? 100;
  if (!Number.isInteger(K) || K < 1) throw new Error(`logLikelihood: samples must be a positive integer, found ${K}`);
  const B = x.shape[1];
  const chunk = options.chunkSize ?? Math.max(1, Math.floor(2048 / B));
  if (!Number.isInteger(chunk) || chunk < 1) throw new Error(`logLikelihood: chunkSize must be a positive integer, found ${chunk}`);
  let acc: tf.Tensor1D | null = null;
  for (let done = 0, j = 0; done < K; done += chunk, j++) {
    const k = Math.min(chunk, K - done);
    const seed = options.seed === undefined ? undefined : options.seed + 7919 * j;
    const prev: tf.Tensor1D | null = acc;
    acc = tf.tidy(() => {
      const lse = tf.logSumExp(model.logWeights(x, { mask: options.mask, samples: k, seed }), 0) as tf.Tensor1D;
      return prev ? (tf.logSumExp(tf.stack([prev, lse]), 0) as tf.Tensor1D) : lse;
    });
    prev?.dispose();
  }
  const out = tf.tidy(() => tf.sub(acc as tf.Tensor1D, Math.log(K)) as tf.Tensor1D);
  (acc as tf.Tensor1D).dispose();
  return out;
}

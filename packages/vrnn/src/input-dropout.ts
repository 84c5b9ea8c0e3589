import * as tf from '@tensorflow/tfjs-core';
import { deriveSeed } from '@probseq/nn';

/**
 * Input dropout (a training-time regulariser): x `[T, B, D]` as the model reads it, each feature zeroed with
 * probability `rate` and the others scaled by 1/(1 − rate), so its expectation is x. Models feed this to φx
 * (and so to the recurrence, the posterior and the smoothing RNN) while their likelihood terms still score
 * the clean x. The mask is drawn as `tf.randomUniform(x.shape, 0, 1, 'float32', deriveSeed(seed,
 * 'input-dropout'))` draws it (fresh randomness without a seed), so every backend drops the same features.
 * Returns null for rate 0 or unset (x itself is read). Not tidied.
 * @param where The caller, for the error message.
 * @param x Sequences `[T, B, D]`.
 * @param rate Probability of dropping a feature, in [0, 1).
 * @param seed Seed of the mask.
 */
export function dropInputs(where: string, x: tf.Tensor3D, rate: number | undefined, seed: number | undefined): tf.Tensor3D | null {
  if (rate === undefined || rate === 0) return null;
  if (!(rate > 0 && rate < 1)) throw new Error(`${where}: inputDropout must be a number in [0, 1), found ${rate}`);
  const u = tf.randomUniform(x.shape, 0, 1, 'float32', seed === undefined ? undefined : deriveSeed(seed, 'input-dropout'));
  return tf.mul(x, tf.mul(tf.cast(tf.greaterEqual(u, rate), 'float32'), 1 / (1 - rate))) as tf.Tensor3D;
}

import * as tf from '@tensorflow/tfjs-core';

/**
 * A seed for stream `stream` derived from a user seed: a 32-bit integer hash in [1, 2^32), so
 * streams of one seed are unrelated, and never 0 (tfjs treats a seed of 0 as "no seed").
 * Without a user seed, returns undefined (fresh randomness).
 * @param seed The user's seed (any finite number), or undefined.
 * @param stream Which stream: a small integer, distinct for each use of the seed.
 */
export function deriveSeed(seed: number | undefined, stream: number): number | undefined {
  if (seed === undefined) return undefined;
  let h = Math.imul((Math.floor(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h ^= Math.round((seed - Math.floor(seed)) * 0x7fffffff);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h = (h ^ (h >>> 16)) >>> 0;
  return h === 0 ? 1 : h;
}

/** Standard normal noise of `shape`. */
export function standardNormal(shape: number[], seed: number | undefined, stream = 0): tf.Tensor {
  return tf.randomNormal(shape, 0, 1, 'float32', deriveSeed(seed, stream));
}

/** Uniform noise on the open interval (0, 1). */
export function openUniform(shape: number[], seed: number | undefined, stream = 0): tf.Tensor {
  return tf.randomUniform(shape, 1.1920929e-7, 1, 'float32', deriveSeed(seed, stream));
}

/**
 * Category indices `[...shape]` (int32) drawn from `logits` (broadcastable to `[...shape, K]`) by the
 * Gumbel-max trick: argmax(logits + G) with G = −log(−log U).
 */
export function gumbelArgMax(logits: tf.Tensor, shape: number[], seed: number | undefined, stream = 0): tf.Tensor {
  const k = logits.shape[logits.rank - 1];
  const g = tf.neg(tf.log(tf.neg(tf.log(openUniform([...shape, k], seed, stream)))));
  return tf.argMax(tf.add(logits, g), -1);
}

/**
 * Evaluates `fn` so that no gradient flows from its result to `inputs` (nor to anything upstream):
 * the operations inside are not recorded on the gradient tape, and the result's gradient with respect
 * to each input is zero. This is `sample()`'s `stop_gradient`, which tfjs-core lacks.
 */
export function withoutGradient(inputs: tf.Tensor[], fn: () => tf.Tensor): tf.Tensor {
  const op = tf.customGrad((...args: unknown[]) => {
    void args;
    return { value: fn(), gradFunc: () => inputs.map((x) => tf.zerosLike(x)) };
  });
  return op(...inputs);
}

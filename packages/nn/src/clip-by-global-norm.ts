import * as tf from '@tensorflow/tfjs-core';

/**
 * Rescales gradients so their joint L2 norm is at most `maxNorm`: each g becomes
 * g · maxNorm / max(norm, maxNorm), with norm = √(Σ‖g‖²) (as `tf.clip_by_global_norm`).
 * Accepts a list or a name→tensor map (as returned by `tf.variableGrads`) and returns the same
 * structure plus the norm before clipping. The inputs are not disposed.
 * @param grads Gradients, as a list or a name→tensor map.
 * @param maxNorm The largest joint L2 norm allowed (a positive number).
 */
export function clipByGlobalNorm<G extends tf.Tensor[] | tf.NamedTensorMap>(
  grads: G,
  maxNorm: number,
): { grads: G; globalNorm: tf.Scalar } {
  if (!(typeof maxNorm === 'number' && maxNorm > 0)) {
    throw new Error(`clipByGlobalNorm: maxNorm must be a positive number, found ${maxNorm}`);
  }
  const isList = Array.isArray(grads);
  const keys = isList ? [] : Object.keys(grads);
  const list: tf.Tensor[] = isList ? (grads as tf.Tensor[]) : keys.map((k) => (grads as tf.NamedTensorMap)[k]);
  if (list.length === 0) throw new Error('clipByGlobalNorm: grads is empty');
  return tf.tidy(() => {
    const sq = list.map((g) => tf.sum(tf.square(g)));
    // Sum pairwise rather than with addN (addN with ≥ 8 inputs is wrong on the WebGPU backend).
    let total = sq[0];
    for (let i = 1; i < sq.length; i++) total = tf.add(total, sq[i]);
    const globalNorm = tf.sqrt(total) as tf.Scalar;
    const factor = tf.div(maxNorm, tf.maximum(globalNorm, maxNorm));
    const clipped = list.map((g) => tf.mul(g, factor));
    const out = isList
      ? clipped
      : Object.fromEntries(keys.map((k, i) => [k, clipped[i]]));
    return { grads: out as G, globalNorm };
  });
}

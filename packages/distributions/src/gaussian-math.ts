import * as tf from '@tensorflow/tfjs-core';
import { assertFloat, assertTensor, checkValues, resolveValidate, SCALE_IS_DERIVED, type DistributionOptions } from './validate';

/** ½·log(2π). */
export const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** Elementwise log N(x; loc, scale²) = −½z² − log σ − ½log 2π with z = (x − loc)/σ. */
export function normalLogDensity(x: tf.Tensor, loc: tf.Tensor, scale: tf.Tensor): tf.Tensor {
  const z = tf.div(tf.sub(x, loc), scale);
  return tf.sub(tf.mul(tf.square(z), -0.5), tf.add(tf.log(scale), HALF_LOG_TWO_PI));
}

/** Elementwise entropy ½ + ½log 2π + log σ. */
export function normalEntropy(scale: tf.Tensor): tf.Tensor {
  return tf.add(tf.log(scale), 0.5 + HALF_LOG_TWO_PI);
}

/**
 * Elementwise KL(N(μp, σp²) ‖ N(μq, σq²)) in the cancellation-free form
 * ½·expm1(2r) − r + ½·((μp − μq)/σq)², with r = log(σp/σq).
 */
export function normalKL(locP: tf.Tensor, scaleP: tf.Tensor, locQ: tf.Tensor, scaleQ: tf.Tensor): tf.Tensor {
  const r = tf.log(tf.div(scaleP, scaleQ));
  const z = tf.div(tf.sub(locP, locQ), scaleQ);
  return tf.add(tf.sub(tf.mul(tf.expm1(tf.mul(r, 2)), 0.5), r), tf.mul(tf.square(z), 0.5));
}

/** `x` broadcast to `shape`, always as a new tensor (never `x` itself). */
export function broadcastNew(x: tf.Tensor, shape: number[]): tf.Tensor {
  const same = x.rank === shape.length && x.shape.every((d, i) => d === shape[i]);
  return same ? tf.clone(x) : tf.broadcastTo(x, shape);
}

/**
 * The `fromRaw` builders' scale softplus(rawScale) + minScale (a new tensor), after checking `rawScale` and
 * `minScale`, with the options that tell the constructor the scale needs no positivity check when minScale > 0.
 */
export function scaleFromRaw(
  rawScale: tf.Tensor,
  minScale: number,
  owner: string,
  options: DistributionOptions | undefined,
): [tf.Tensor, DistributionOptions] {
  assertTensor(rawScale, 'rawScale', owner);
  assertFloat(rawScale, 'rawScale', owner);
  if (!(typeof minScale === 'number' && minScale >= 0 && Number.isFinite(minScale))) {
    throw new Error(`${owner}: minScale must be a finite number ≥ 0, found ${String(minScale)}.`);
  }
  if (resolveValidate(options)) checkValues(rawScale, 'rawScale', owner, 'not-nan');
  const scale = tf.tidy(() => tf.add(tf.softplus(rawScale), minScale));
  return [scale, { ...options, [SCALE_IS_DERIVED]: minScale > 0 } as DistributionOptions];
}

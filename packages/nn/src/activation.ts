import * as tf from '@tensorflow/tfjs-core';

/** Elementwise activations layers accept. */
export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'softplus' | 'linear';

const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'softplus', 'linear'];

/**
 * Throws a clear error unless `a` is a known activation name.
 * @param a The value to check.
 * @param what What it is, for the message (default `activation`).
 */
export function checkActivation(a: unknown, what = 'activation'): Activation {
  if (!ACTIVATIONS.includes(a as Activation)) {
    throw new Error(`${what} must be one of ${ACTIVATIONS.join(', ')}, found '${String(a)}'`);
  }
  return a as Activation;
}

/**
 * Applies the named activation (`linear` is the identity).
 * @param x Any tensor.
 * @param activation One of `relu`, `tanh`, `sigmoid`, `softplus`, `linear`.
 */
export function activate(x: tf.Tensor, activation: Activation): tf.Tensor {
  switch (activation) {
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'softplus':
      return tf.softplus(x);
    case 'linear':
      return x;
    default:
      throw new Error(`unknown activation '${String(activation)}'`);
  }
}

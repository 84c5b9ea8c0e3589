import * as tf from '@tensorflow/tfjs-core';
import { affine } from './affine';
import { initWeight, torchUniform, type InitName } from './init';
import { Module } from './module';
import { deriveSeed, randomSeed } from './random';

/** Options of {@link Linear}. */
export interface LinearOptions {
  /** Whether to add a bias (default true). */
  bias?: boolean;
  /**
   * Weight initialiser (default `'torch'`: U(±1/√in) for weight and bias, as `torch.nn.Linear`).
   * With `'glorot'`, `'orthogonal'` or `'zeros'` the bias starts at zero.
   */
  init?: InitName;
  /** Seed of the plain-JS generator; the same seed gives the same weights on every backend. */
  seed?: number;
}

/**
 * A fully connected layer `y = x·W + b`, with `W` stored `[in, out]` (the transpose of PyTorch's
 * `[out, in]`) so the forward pass is one plain matMul. Parameters: `weight`, `bias`.
 *
 * @example
 * ```ts
 * const lin = new Linear(4, 2, { seed: 0 });
 * const y = lin.apply(tf.ones([8, 4])); // [8, 2]
 * ```
 */
export class Linear extends Module {
  /** Input width. */
  readonly inFeatures: number;
  /** Output width. */
  readonly outFeatures: number;
  /** `[in, out]` weight. */
  readonly weight: tf.Variable;
  /** `[out]` bias, or null without bias. */
  readonly bias: tf.Variable | null;

  constructor(inFeatures: number, outFeatures: number, options: LinearOptions = {}) {
    super();
    for (const [k, v] of [['inFeatures', inFeatures], ['outFeatures', outFeatures]] as const) {
      if (!Number.isInteger(v) || v <= 0) throw new Error(`Linear: ${k} must be a positive integer, found ${v}`);
    }
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    const init = options.init ?? 'torch';
    const seed = options.seed ?? randomSeed();
    this.weight = this.registerParameter('weight', initWeight(init, [inFeatures, outFeatures], deriveSeed(seed, 'weight')));
    this.bias =
      options.bias === false
        ? null
        : this.registerParameter(
            'bias',
            init === 'torch' ? torchUniform([outFeatures], deriveSeed(seed, 'bias'), inFeatures) : tf.zeros([outFeatures]),
          );
  }

  /**
   * `x·W + b` for `x` of shape `[..., in]`; returns `[..., out]`.
   * @param x Inputs `[..., inFeatures]`.
   */
  apply(x: tf.Tensor): tf.Tensor {
    if (!(x instanceof tf.Tensor) || x.rank < 1 || x.shape[x.rank - 1] !== this.inFeatures) {
      const found = x instanceof tf.Tensor ? `[${x.shape}]` : typeof x;
      throw new Error(`Linear.apply: x must have shape [..., ${this.inFeatures}], found ${found}`);
    }
    if (x.rank === 1) return tf.tidy(() => tf.reshape(affine(tf.reshape(x, [1, -1]), this.weight, this.bias), [-1]));
    return affine(x, this.weight, this.bias);
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { activate, checkActivation, type Activation } from './activation';
import type { InitName } from './init';
import { Linear } from './linear';
import { Module } from './module';
import { deriveSeed, randomSeed } from './random';

/** Options of {@link MLP}. */
export interface MLPOptions {
  /** Activation after each hidden layer: one name for all, or one per hidden layer (default `'relu'`). */
  activation?: Activation | Activation[];
  /** Width of an extra output layer after the hidden layers (none by default). */
  outFeatures?: number;
  /** Activation of the output layer (default `'linear'`). */
  outActivation?: Activation;
  /** Initialiser of every layer (default `'torch'`). */
  init?: InitName;
  /** Seed; layer `i` uses a seed derived from it and `i`. */
  seed?: number;
}

/**
 * A multilayer perceptron: Linear layers named `layers.0`, `layers.1`, …, each hidden layer followed
 * by its activation, and an optional output layer with `outActivation`.
 *
 * @example
 * ```ts
 * const mlp = new MLP(10, [64, 64], { activation: 'tanh', outFeatures: 2, seed: 1 });
 * mlp.apply(tf.zeros([5, 10])).shape; // [5, 2]
 * ```
 */
export class MLP extends Module {
  /** Input width. */
  readonly inFeatures: number;
  /** Width of the result of `apply`. */
  readonly outFeatures: number;
  /** The Linear layers in order. */
  readonly layers: Linear[] = [];
  private readonly activations: Activation[] = [];

  /**
   * Linear layers `inFeatures → hiddenSizes[0] → … → hiddenSizes[last]`.
   * @param inFeatures Input width.
   * @param hiddenSizes The width of each layer in order; the last is `outFeatures`.
   */
  constructor(inFeatures: number, hiddenSizes: number[], options: MLPOptions = {}) {
    super();
    if (!Number.isInteger(inFeatures) || inFeatures <= 0) {
      throw new Error(`MLP: inFeatures must be a positive integer, found ${inFeatures}`);
    }
    if (!Array.isArray(hiddenSizes) || hiddenSizes.some((h) => !Number.isInteger(h) || h <= 0)) {
      throw new Error(`MLP: hiddenSizes must be a list of positive integers, found [${String(hiddenSizes)}]`);
    }
    const act = options.activation ?? 'relu';
    const acts = Array.isArray(act) ? act : hiddenSizes.map(() => act);
    if (acts.length !== hiddenSizes.length) {
      throw new Error(`MLP: activation list must have one entry per hidden layer (${hiddenSizes.length}), found ${acts.length}`);
    }
    acts.forEach((a, i) => checkActivation(a, `MLP: activation[${i}]`));
    if (options.outFeatures !== undefined && (!Number.isInteger(options.outFeatures) || options.outFeatures <= 0)) {
      throw new Error(`MLP: outFeatures must be a positive integer, found ${options.outFeatures}`);
    }
    if (options.outFeatures === undefined && hiddenSizes.length === 0) {
      throw new Error('MLP: needs at least one hidden layer or outFeatures');
    }
    this.inFeatures = inFeatures;
    const seed = options.seed ?? randomSeed();
    const sizes = [...hiddenSizes];
    const allActs = [...acts];
    if (options.outFeatures !== undefined) {
      sizes.push(options.outFeatures);
      allActs.push(checkActivation(options.outActivation ?? 'linear', 'MLP: outActivation'));
    }
    let width = inFeatures;
    sizes.forEach((size, i) => {
      const layer = new Linear(width, size, { init: options.init, seed: deriveSeed(seed, 'layers', i) });
      this.layers.push(this.registerModule(`layers.${i}`, layer));
      width = size;
    });
    this.activations = allActs;
    this.outFeatures = width;
  }

  /**
   * Applies the layers to `x` of shape `[..., in]`; returns `[..., outFeatures]`.
   * @param x Inputs `[..., inFeatures]`.
   */
  apply(x: tf.Tensor): tf.Tensor {
    if (!(x instanceof tf.Tensor) || x.rank < 1 || x.shape[x.rank - 1] !== this.inFeatures) {
      const found = x instanceof tf.Tensor ? `[${x.shape}]` : typeof x;
      throw new Error(`MLP.apply: x must have shape [..., ${this.inFeatures}], found ${found}`);
    }
    return tf.tidy(() => {
      let h = x;
      this.layers.forEach((layer, i) => {
        h = activate(layer.apply(h), this.activations[i]);
      });
      return h;
    });
  }
}

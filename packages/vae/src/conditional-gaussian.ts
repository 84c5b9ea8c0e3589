import * as tf from '@tensorflow/tfjs-core';
import type { DiagGaussian } from '@probseq/distributions';
import { type Activation, type InitName, type Linear, Module } from '@probseq/nn';
import { checkLastDim, checkSizes } from './check';
import { addLayers, applyLayers } from './add-layers';
import { GaussianHead } from './gaussian-head';

/** Options for {@link ConditionalGaussian}. */
export interface ConditionalGaussianOptions {
  /** Activation of the hidden layers (default `'relu'`). */
  activation?: Activation;
  /** Floor added to the scale (default 1e-4). */
  minScale?: number;
  /** Weight initialiser (default `'torch'`). */
  init?: InitName;
  /** Initialiser seed (default 0). */
  seed?: number;
}

/**
 * A conditional diagonal Gaussian N(μ(u), diag σ(u)²) computed by an MLP with hidden layers
 * `layers.0 …` and a {@link GaussianHead} `head`: the VRNN's prior p(z_t | h_{t−1}) (eq. 5) and
 * approximate posterior q(z_t | x_t, h_{t−1}) (eq. 9), and a VAE's encoder.
 *
 * @example
 * ```ts
 * const prior = new ConditionalGaussian(128, [64], 16);
 * const p = prior.distribution(h); // DiagGaussian, event [16]
 * ```
 */
export class ConditionalGaussian extends Module {
  /** The hidden linear layers, each followed by the activation. */
  readonly layers: Linear[];
  /** The Gaussian head after the hidden layers. */
  readonly head: GaussianHead;
  /** The hidden-layer activation. */
  readonly activation: Activation;
  /** Width of the conditioning input u. */
  readonly inFeatures: number;
  /** Dimension of the Gaussian. */
  readonly outFeatures: number;

  /**
   * An MLP with `hiddenSizes` (each followed by the activation), then a Gaussian head of `outFeatures` dimensions.
   * @param inFeatures Width of the conditioning input u.
   * @param hiddenSizes Widths of the hidden layers (empty: the head reads u directly).
   * @param outFeatures Dimension of the Gaussian.
   */
  constructor(inFeatures: number, hiddenSizes: number[], outFeatures: number, options: ConditionalGaussianOptions = {}) {
    super();
    checkSizes('ConditionalGaussian', inFeatures, hiddenSizes);
    const { activation = 'relu', minScale = 1e-4, init = 'torch', seed = 0 } = options;
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    this.activation = activation;
    const [layers, width] = addLayers(this, inFeatures, hiddenSizes, init, seed);
    this.layers = layers;
    this.head = this.registerModule('head', new GaussianHead(width, outFeatures, { minScale, init, seed: seed + hiddenSizes.length }));
  }

  /**
   * μ(u) and σ(u) for u `[..., inFeatures]`.
   * @param u Conditioning input `[..., inFeatures]` (in the VRNN: h_{t−1} for the prior, [φx(x_t), h_{t−1}] for the encoder).
   */
  locScale(u: tf.Tensor): [tf.Tensor, tf.Tensor] {
    checkLastDim('ConditionalGaussian: input', u, this.inFeatures);
    return this.head.locScale(applyLayers(this.layers, this.activation, u));
  }

  /**
   * The Gaussian for the conditioning input u `[..., inFeatures]`; batch shape `u.shape[:-1]`.
   * @param u Conditioning input `[..., inFeatures]`.
   */
  distribution(u: tf.Tensor): DiagGaussian {
    checkLastDim('ConditionalGaussian: input', u, this.inFeatures);
    return this.head.distribution(applyLayers(this.layers, this.activation, u));
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { Module, type Activation, type InitName, type Linear } from '@probseq/nn';
import { addLayers, applyLayers } from './add-layers';
import { checkSizes } from './check';

/** Options for {@link FeatureExtractor}. */
export interface FeatureExtractorOptions {
  /** Activation after every layer, the last included (default `'relu'`). */
  activation?: Activation;
  /** Weight initialiser of the linear layers (default `'torch'`). */
  init?: InitName;
  /** Seed of the initialiser (default 0); layer i uses `seed + i`. */
  seed?: number;
}

/**
 * A feature extractor φ(x): a stack of linear layers, each followed by the activation,
 *
 *   φ(x) = act(W_L · … act(W_1 · x + b_1) … + b_L),
 *
 * as the VRNN's φ^x and φ^z (Chung et al. 2015, §3). Layers are named `layers.0`, `layers.1`, ….
 * With no sizes it is the identity.
 *
 * @example
 * ```ts
 * const phiX = new FeatureExtractor(88, [128]);
 * phiX.apply(x); // [..., 88] → [..., 128]
 * ```
 */
export class FeatureExtractor extends Module {
  /** The linear layers in order. */
  readonly layers: Linear[];
  /** The activation applied after each layer. */
  readonly activation: Activation;
  /** Width of the input. */
  readonly inFeatures: number;
  /** Width of the output (the last size, or `inFeatures` without layers). */
  readonly outFeatures: number;

  /**
   * A linear layer per entry of `sizes`, each followed by the activation.
   * @param inFeatures Width of the input x.
   * @param sizes Widths of the layers in order (empty: the identity).
   */
  constructor(inFeatures: number, sizes: number[], options: FeatureExtractorOptions = {}) {
    super();
    checkSizes('FeatureExtractor', inFeatures, sizes);
    const { activation = 'relu', init = 'torch', seed = 0 } = options;
    this.activation = activation;
    this.inFeatures = inFeatures;
    const [layers, width] = addLayers(this, inFeatures, sizes, init, seed);
    this.layers = layers;
    this.outFeatures = width;
  }

  /**
   * φ(x) for x `[..., inFeatures]`.
   * @param x Inputs `[..., inFeatures]`.
   */
  apply(x: tf.Tensor): tf.Tensor {
    return applyLayers(this.layers, this.activation, x);
  }
}

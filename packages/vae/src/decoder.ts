import type * as tf from '@tensorflow/tfjs-core';
import type { Distribution } from '@probseq/distributions';
import { type Activation, type InitName, type Linear, Module } from '@probseq/nn';
import { addLayers, applyLayers } from './add-layers';
import { BernoulliHead } from './bernoulli-head';
import { checkLastDim, checkPositiveInt, checkSizes } from './check';
import { GaussianHead } from './gaussian-head';
import { MixtureHead } from './mixture-head';
import { OUTPUT_KINDS, type OutputHead, type OutputKind } from './output-head';

/** Options for {@link Decoder} and {@link makeOutputHead}. */
export interface DecoderOptions {
  /** Observation model (default `'gaussian'`). */
  output?: OutputKind;
  /** Mixture components K for `'gmm'` (default 5). */
  mixtureComponents?: number;
  /** Activation of the hidden layers (default `'relu'`). */
  activation?: Activation;
  /** Floor of Gaussian scales (default 1e-4). */
  minScale?: number;
  /** Weight initialiser (default `'torch'`). */
  init?: InitName;
  /** Initialiser seed (default 0). */
  seed?: number;
}

/**
 * Builds the output head of the given kind reading `inFeatures` features and modelling `eventSize` dimensions.
 * @param inFeatures Width of the features the head reads.
 * @param eventSize Data dimension D of the distribution it returns.
 */
export function makeOutputHead(inFeatures: number, eventSize: number, options: DecoderOptions = {}): OutputHead {
  const { output = 'gaussian', mixtureComponents = 5, minScale = 1e-4, init = 'torch', seed = 0 } = options;
  switch (output) {
    case 'gaussian':
      return new GaussianHead(inFeatures, eventSize, { minScale, init, seed });
    case 'gmm':
      return new MixtureHead(inFeatures, eventSize, mixtureComponents, { minScale, init, seed });
    case 'bernoulli':
      return new BernoulliHead(inFeatures, eventSize, { init, seed });
    default:
      throw new Error(`output must be one of ${OUTPUT_KINDS.join(', ')}, found '${String(output)}'`);
  }
}

/**
 * A decoder p(x | u): an MLP (hidden layers `layers.0 …`) and an output head `head`
 * (Gaussian, diagonal-Gaussian mixture or Bernoulli). In the VRNN, u = [φz(z_t), h_{t−1}] (eq. 6).
 *
 * @example
 * ```ts
 * const dec = new Decoder(96, [64], 88, { output: 'bernoulli' });
 * dec.distribution(u).logProb(x); // [...]
 * ```
 */
export class Decoder extends Module {
  /** The hidden linear layers. */
  readonly layers: Linear[];
  /** The output head. */
  readonly head: OutputHead;
  /** The hidden-layer activation. */
  readonly activation: Activation;
  /** Width of the conditioning input. */
  readonly inFeatures: number;
  /** Dimension of the data. */
  readonly eventSize: number;

  /**
   * An MLP with `hiddenSizes` (each followed by the activation), then the output head of `options.output`.
   * @param inFeatures Width of the conditioning input u.
   * @param hiddenSizes Widths of the hidden layers (empty: the head reads u directly).
   * @param eventSize Dimension of the data.
   */
  constructor(inFeatures: number, hiddenSizes: number[], eventSize: number, options: DecoderOptions = {}) {
    super();
    checkSizes('Decoder', inFeatures, hiddenSizes);
    checkPositiveInt('Decoder: eventSize', eventSize);
    const { activation = 'relu', init = 'torch', seed = 0 } = options;
    this.inFeatures = inFeatures;
    this.eventSize = eventSize;
    this.activation = activation;
    const [layers, width] = addLayers(this, inFeatures, hiddenSizes, init, seed);
    this.layers = layers;
    this.head = this.registerModule('head', makeOutputHead(width, eventSize, { ...options, seed: seed + hiddenSizes.length }));
  }

  /**
   * p(x | u) for u `[..., inFeatures]`; batch shape `u.shape[:-1]`.
   * @param u Conditioning input `[..., inFeatures]` (in the VRNN: [φz(z_t), h_{t−1}]).
   */
  distribution(u: tf.Tensor): Distribution {
    checkLastDim('Decoder: input', u, this.inFeatures);
    return this.head.distribution(applyLayers(this.layers, this.activation, u));
  }
}

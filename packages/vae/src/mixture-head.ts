import * as tf from '@tensorflow/tfjs-core';
import { DiagGaussianMixture } from '@probseq/distributions';
import { Linear, type InitName } from '@probseq/nn';
import { checkLastDim, checkPositiveInt } from './check';
import { OutputHead } from './output-head';

/** Options for {@link MixtureHead}. */
export interface MixtureHeadOptions {
  /** Floor added to the component scales (default 1e-4). */
  minScale?: number;
  /** Weight initialiser (default `'torch'`). */
  init?: InitName;
  /** Initialiser seed (default 0). */
  seed?: number;
}

/**
 * A diagonal-Gaussian mixture head with K components over D dimensions: one linear layer to
 * `K·(1 + 2D)` numbers laid out as `[logits (K) | μ (K·D) | ρ (K·D)]`, component k's mean is
 * `μ[k·D … k·D + D)`, its scale softplus(ρ) + minScale, and its weight softmax(logits)_k.
 *
 * @example
 * ```ts
 * const head = new MixtureHead(64, 2, 5);
 * head.distribution(features).logProb(x); // [...]
 * ```
 */
export class MixtureHead extends OutputHead {
  readonly kind = 'gmm' as const;
  readonly inFeatures: number;
  readonly eventSize: number;
  /** Number of mixture components K. */
  readonly components: number;
  /** Floor of the component scales. */
  readonly minScale: number;
  /** The linear layer `[inFeatures, K·(1 + 2D)]`. */
  readonly linear: Linear;

  constructor(inFeatures: number, eventSize: number, components: number, options: MixtureHeadOptions = {}) {
    super();
    checkPositiveInt('MixtureHead: inFeatures', inFeatures);
    checkPositiveInt('MixtureHead: eventSize', eventSize);
    checkPositiveInt('MixtureHead: components', components);
    const { minScale = 1e-4, init = 'torch', seed = 0 } = options;
    this.inFeatures = inFeatures;
    this.eventSize = eventSize;
    this.components = components;
    this.minScale = minScale;
    this.linear = this.registerModule('linear', new Linear(inFeatures, components * (1 + 2 * eventSize), { init, seed }));
  }

  /** The mixture for features `h` `[..., inFeatures]`; batch shape `h.shape[:-1]`. */
  distribution(h: tf.Tensor): DiagGaussianMixture {
    checkLastDim('MixtureHead: input', h, this.inFeatures);
    return this.outputDistribution(this.linear.apply(h));
  }

  /**
   * The mixture for raw outputs `[logits | μ | ρ]` `[..., K·(1 + 2D)]`.
   * @param out The linear layer's output `[..., K·(1 + 2D)]`: K logits, K·D means, K·D unconstrained scales.
   */
  outputDistribution(out: tf.Tensor): DiagGaussianMixture {
    const K = this.components;
    const D = this.eventSize;
    checkLastDim('MixtureHead: output', out, K * (1 + 2 * D));
    const lead = out.shape.slice(0, -1);
    const [logits, loc, raw] = tf.split(out, [K, K * D, K * D], -1);
    return DiagGaussianMixture.fromRaw(logits, tf.reshape(loc, [...lead, K, D]), tf.reshape(raw, [...lead, K, D]), this.minScale, {
      validateArgs: false,
    });
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { DiagGaussian } from '@probseq/distributions';
import { Linear, type InitName } from '@probseq/nn';
import { checkLastDim, checkPositiveInt } from './check';
import { OutputHead } from './output-head';

/** Options for {@link GaussianHead}. */
export interface GaussianHeadOptions {
  /** Floor added to the scale (default 1e-4). */
  minScale?: number;
  /** Weight initialiser (default `'torch'`). */
  init?: InitName;
  /** Initialiser seed (default 0). */
  seed?: number;
}

/**
 * A diagonal-Gaussian head: one linear layer to `2·outFeatures` numbers `[μ | ρ]`, then
 *
 *   μ = first half,   σ = softplus(ρ) + minScale,
 *
 * (the layout of `torch.chunk(2, -1)`). Used for the VRNN's prior and posterior and for
 * Gaussian outputs.
 *
 * @example
 * ```ts
 * const head = new GaussianHead(64, 16);
 * const q = head.distribution(features); // DiagGaussian, event [16]
 * ```
 */
export class GaussianHead extends OutputHead {
  readonly kind = 'gaussian' as const;
  readonly inFeatures: number;
  readonly eventSize: number;
  /** Floor of the scale. */
  readonly minScale: number;
  /** The linear layer `[inFeatures, 2·outFeatures]`. */
  readonly linear: Linear;

  /**
   * One linear layer `[inFeatures, 2·outFeatures]`.
   * @param inFeatures Width of the features it reads.
   * @param outFeatures Dimension of the Gaussian.
   */
  constructor(inFeatures: number, outFeatures: number, options: GaussianHeadOptions = {}) {
    super();
    checkPositiveInt('GaussianHead: inFeatures', inFeatures);
    checkPositiveInt('GaussianHead: outFeatures', outFeatures);
    const { minScale = 1e-4, init = 'torch', seed = 0 } = options;
    if (!(minScale >= 0)) throw new Error(`GaussianHead: minScale must be ≥ 0, found ${minScale}`);
    this.inFeatures = inFeatures;
    this.eventSize = outFeatures;
    this.minScale = minScale;
    this.linear = this.registerModule('linear', new Linear(inFeatures, 2 * outFeatures, { init, seed }));
  }

  /**
   * The location and scale for features `h` `[..., inFeatures]`, each `[..., outFeatures]`.
   * @param h Features `[..., inFeatures]`.
   */
  locScale(h: tf.Tensor): [tf.Tensor, tf.Tensor] {
    checkLastDim('GaussianHead: input', h, this.inFeatures);
    return splitLocScale(this.linear.apply(h), this.minScale);
  }

  /**
   * The diagonal Gaussian for features `h` `[..., inFeatures]`.
   * @param h Features `[..., inFeatures]`.
   */
  distribution(h: tf.Tensor): DiagGaussian {
    const [loc, scale] = this.locScale(h);
    return new DiagGaussian(loc, scale, { validateArgs: false });
  }

  /**
   * The diagonal Gaussian for raw outputs `[μ | ρ]` `[..., 2·outFeatures]`.
   * @param out The linear layer's output `[..., 2·outFeatures]`: μ, then the unconstrained scales ρ.
   */
  outputDistribution(out: tf.Tensor): DiagGaussian {
    checkLastDim('GaussianHead: output', out, 2 * this.eventSize);
    const [loc, scale] = splitLocScale(out, this.minScale);
    return new DiagGaussian(loc, scale, { validateArgs: false });
  }
}

/**
 * Splits `[..., 2D]` raw outputs `[μ | ρ]` into μ and softplus(ρ) + minScale.
 * @param raw Raw outputs `[..., 2D]`: the first D are μ, the last D the unconstrained scales ρ.
 * @param minScale Floor added to every scale, so the density stays bounded.
 */
export function splitLocScale(raw: tf.Tensor, minScale: number): [tf.Tensor, tf.Tensor] {
  const [loc, rho] = tf.split(raw, 2, -1);
  return [loc, tf.add(tf.softplus(rho), minScale)];
}

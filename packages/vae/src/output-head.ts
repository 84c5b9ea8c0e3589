import * as tf from '@tensorflow/tfjs-core';
import type { Distribution } from '@probseq/distributions';
import { Module } from '@probseq/nn';

/** The observation models a decoder can end in. */
export type OutputKind = 'gaussian' | 'gmm' | 'bernoulli';

/** The output kinds, for validation messages. */
export const OUTPUT_KINDS: readonly OutputKind[] = ['gaussian', 'gmm', 'bernoulli'];

/**
 * A head maps features `[..., inFeatures]` to a distribution over `[..., eventSize]` whose
 * batch shape is the leading dimensions of the features. Its one linear layer is named `linear`.
 */
export abstract class OutputHead extends Module {
  /** Which observation model this head produces. */
  abstract readonly kind: OutputKind;
  /** Width of the features it reads. */
  abstract readonly inFeatures: number;
  /** Size of the event it models (the data dimension). */
  abstract readonly eventSize: number;
  /**
   * The distribution for features `h` `[..., inFeatures]`.
   * @param h Features `[..., inFeatures]`.
   */
  abstract distribution(h: tf.Tensor): Distribution;
  /**
   * The distribution for the head's raw output `[..., linear.outFeatures]` (what `linear` returns).
   * @param out The linear layer's output `[..., linear.outFeatures]`.
   */
  abstract outputDistribution(out: tf.Tensor): Distribution;
}

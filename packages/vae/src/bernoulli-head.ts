import * as tf from '@tensorflow/tfjs-core';
import { Bernoulli, type BernoulliParams, type DistributionOptions } from '@probseq/distributions';
import { Linear, type InitName } from '@probseq/nn';
import { checkLastDim, checkPositiveInt } from './check';
import { OutputHead } from './output-head';

/** Options for {@link BernoulliHead}. */
export interface BernoulliHeadOptions {
  /** Weight initialiser (default `'torch'`). */
  init?: InitName;
  /** Initialiser seed (default 0). */
  seed?: number;
}

/**
 * Independent Bernoulli outputs (binary data such as piano rolls): one linear layer to D logits,
 * log p(x) = Σ_d x_d·ℓ_d − softplus(ℓ_d). The logits are wrapped as an independent event of size D,
 * so `logProb` sums over the last dimension.
 *
 * @example
 * ```ts
 * const head = new BernoulliHead(128, 88);
 * head.distribution(features).logProb(roll); // [...]
 * ```
 */
export class BernoulliHead extends OutputHead {
  readonly kind = 'bernoulli' as const;
  readonly inFeatures: number;
  readonly eventSize: number;
  /** The linear layer `[inFeatures, D]`. */
  readonly linear: Linear;

  constructor(inFeatures: number, eventSize: number, options: BernoulliHeadOptions = {}) {
    super();
    checkPositiveInt('BernoulliHead: inFeatures', inFeatures);
    checkPositiveInt('BernoulliHead: eventSize', eventSize);
    const { init = 'torch', seed = 0 } = options;
    this.inFeatures = inFeatures;
    this.eventSize = eventSize;
    this.linear = this.registerModule('linear', new Linear(inFeatures, eventSize, { init, seed }));
  }

  /** The Bernoulli for features `h` `[..., inFeatures]`, event `[D]`. */
  distribution(h: tf.Tensor): IndependentBernoulli {
    checkLastDim('BernoulliHead: input', h, this.inFeatures);
    return new IndependentBernoulli({ logits: this.linear.apply(h) }, { validateArgs: false });
  }

  /**
   * The Bernoulli for logits `[..., D]`.
   * @param out The linear layer's output: logits `[..., D]`.
   */
  outputDistribution(out: tf.Tensor): IndependentBernoulli {
    checkLastDim('BernoulliHead: output', out, this.eventSize);
    return new IndependentBernoulli({ logits: out }, { validateArgs: false });
  }
}

/**
 * Bernoulli variables over the last dimension taken as one event of size D (torch's
 * `Independent(Bernoulli(logits), 1)`): batch shape `logits.shape[:-1]`, event `[D]`, and `logProb`
 * and `entropy` sum over the event.
 */
export class IndependentBernoulli extends Bernoulli {
  constructor(params: BernoulliParams, options?: DistributionOptions) {
    super(params, options);
    const shape = this.logits.shape;
    if (shape.length < 1) throw new Error(`IndependentBernoulli: logits must have rank ≥ 1, found shape [${shape.join(', ')}]`);
    // The event is the last dimension: move it from the batch shape to the event shape.
    Object.assign(this, { batchShape: shape.slice(0, -1), eventShape: shape.slice(-1) });
  }

  override logProb(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => tf.sum(super.logProb(x), -1));
  }

  override entropy(): tf.Tensor {
    return tf.tidy(() => tf.sum(super.entropy(), -1));
  }

  protected override sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    const u = tf.randomUniform([...sampleShape, ...this.batchShape, ...this.eventShape], 0, 1, 'float32', seed);
    return tf.cast(tf.less(u, this.probs), 'float32');
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { Distribution } from './distribution';
import { registerKL } from './kl';
import { gumbelArgMax } from './random';
import { assertFloat, assertMinRank, assertTensor, broadcastOrThrow, checkValues, resolveValidate, shapeStr, type DistributionOptions } from './validate';

/** Parameters of a {@link Categorical}. */
export interface CategoricalParams {
  /** Unnormalised log-probabilities `[..., K]`. */
  logits: tf.Tensor;
}

/**
 * A categorical distribution over {0, …, K − 1} from unnormalised `logits` `[..., K]`; the batch
 * shape is the leading dimensions and the event shape is `[]`. Samples are int32 class indices.
 *
 * log p(k) = logits_k − logSumExp(logits).
 *
 * @example
 * ```ts
 * const c = new Categorical({ logits: tf.tensor2d([[0, 1, 2]]) }); // batchShape [1], K = 3
 * const k = c.sample([10], 1);                                    // int32 [10, 1]
 * ```
 */
export class Categorical extends Distribution {
  /** The name used in messages. */
  static override readonly distributionName: string = 'Categorical';
  /** Whether `rsample` is available. */
  readonly hasRsample = false;
  /** Unnormalised log-probabilities `[..., K]` (as passed). */
  readonly logits: tf.Tensor;

  /** Builds from `{ logits }` `[..., K]`. */
  constructor(params: CategoricalParams, options?: DistributionOptions) {
    const owner = 'Categorical';
    if (params instanceof tf.Tensor || typeof params !== 'object' || params === null) {
      throw new Error(`${owner}: pass an object { logits }, found ${params instanceof tf.Tensor ? 'a bare tf.Tensor' : String(params)}.`);
    }
    const { logits } = params;
    assertTensor(logits, 'logits', owner);
    assertFloat(logits, 'logits', owner);
    assertMinRank(logits, 1, 'logits', owner, '[..., K] (rank ≥ 1)');
    if (logits.shape[logits.rank - 1] < 1) throw new Error(`${owner}: logits ${shapeStr(logits.shape)} must have at least one category.`);
    super(logits.shape.slice(0, -1), [], resolveValidate(options));
    if (this.validateArgs) checkValues(logits, 'logits', owner, 'not-nan');
    this.logits = logits;
  }

  /** The number of categories K. */
  get numCategories(): number {
    return this.logits.shape[this.logits.rank - 1];
  }

  /** Normalised log-probabilities logSoftmax(logits), `[..., K]`. */
  logProbs(): tf.Tensor {
    return tf.tidy(() => tf.logSoftmax(this.logits));
  }

  /** Probabilities softmax(logits), `[..., K]`. */
  probs(): tf.Tensor {
    return tf.tidy(() => tf.softmax(this.logits));
  }

  /**
   * log p(x) for class indices `x` `[...sampleShape, ...batchShape]` (int32, or float32 holding
   * integers), by a one-hot contraction so that the gradient needs no gather.
   */
  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    if (this.validateArgs) checkValues(x, 'x', `${this.name}.logProb`, 'index', this.numCategories);
    return tf.tidy(() => {
      const idx = x.dtype === 'int32' ? x : tf.cast(x, 'int32');
      const onehot = tf.oneHot(idx, this.numCategories);
      return tf.sum(tf.mul(onehot, tf.logSoftmax(this.logits)), -1);
    });
  }

  /** Entropy −Σ_k p_k log p_k, shape `batchShape`. */
  override entropy(): tf.Tensor {
    return tf.tidy(() => {
      const lp = tf.logSoftmax(this.logits);
      return tf.neg(tf.sum(tf.mul(tf.exp(lp), lp), -1));
    });
  }

  /** The most probable class (int32), shape `batchShape`. */
  override get mode(): tf.Tensor {
    return tf.tidy(() => tf.argMax(this.logits, -1));
  }

  override get mean(): tf.Tensor {
    throw new Error(`${this.name}.mean is not defined: categories are unordered labels; use probs().`);
  }

  protected sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    return gumbelArgMax(this.logits, [...sampleShape, ...this.batchShape], seed);
  }

  protected parameterTensors(): tf.Tensor[] {
    return [this.logits];
  }
}

registerKL(Categorical, Categorical, (p, q) => {
  const owner = 'kl(Categorical ‖ Categorical)';
  if (p.numCategories !== q.numCategories) {
    throw new Error(`${owner}: numbers of categories differ: p.logits ${shapeStr(p.logits.shape)}, q.logits ${shapeStr(q.logits.shape)}.`);
  }
  broadcastOrThrow(owner, [['p.batchShape', p.batchShape], ['q.batchShape', q.batchShape]]);
  const lp = tf.logSoftmax(p.logits);
  return tf.sum(tf.mul(tf.exp(lp), tf.sub(lp, tf.logSoftmax(q.logits))), -1);
});

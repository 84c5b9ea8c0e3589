import * as tf from '@tensorflow/tfjs-core';
import { Distribution } from './distribution';
import { registerKL } from './kl';
import { openUniform } from './random';
import { assertFloat, assertTensor, broadcastOrThrow, checkValues, resolveValidate, type DistributionOptions } from './validate';

/** Parameters of a {@link Bernoulli}: exactly one of `logits` (log-odds) and `probs` (in [0, 1]). */
export type BernoulliParams = { logits: tf.Tensor; probs?: undefined } | { probs: tf.Tensor; logits?: undefined };

/** Probabilities are clamped to [ε, 1 − ε] (ε = float32 machine epsilon) before taking logits. */
const PROB_EPS = 1.1920929e-7;

/**
 * Independent Bernoulli variables, elementwise (event shape `[]`), parameterised by `logits` or by
 * `probs` (exactly one). Computation is in logits form:
 * log p(x) = x·logits − softplus(logits), which equals −softplus(−logits) at x = 1 and
 * −softplus(logits) at x = 0 and stays finite for logits of any size.
 *
 * @example
 * ```ts
 * const b = new Bernoulli({ logits: tf.tensor2d([[0, 3, -3]]) }); // batchShape [1, 3]
 * const lp = b.logProb(tf.tensor2d([[1, 1, 0]]));                 // [1, 3]
 * ```
 */
export class Bernoulli extends Distribution {
  /** The name used in messages. */
  static override readonly distributionName: string = 'Bernoulli';
  /** Whether `rsample` is available. */
  readonly hasRsample = false;
  /** Log-odds log(p/(1 − p)); when built from `probs`, computed from the clamped probabilities. */
  readonly logits: tf.Tensor;
  /** Probabilities of 1; when built from `logits`, sigmoid(logits). */
  readonly probs: tf.Tensor;

  /**
   * Builds from `{ logits }` or `{ probs }` (probs in [0, 1]). The other parametrisation is computed
   * here, so build inside `tf.tidy`.
   */
  constructor(params: BernoulliParams, options?: DistributionOptions) {
    const owner = 'Bernoulli';
    if (params instanceof tf.Tensor || typeof params !== 'object' || params === null) {
      throw new Error(`${owner}: pass an object with exactly one of { logits } or { probs }, found ${params instanceof tf.Tensor ? 'a bare tf.Tensor' : String(params)}.`);
    }
    const hasLogits = params.logits !== undefined && params.logits !== null;
    const hasProbs = params.probs !== undefined && params.probs !== null;
    if (hasLogits === hasProbs) {
      throw new Error(`${owner}: pass exactly one of logits and probs, found ${hasLogits ? 'both' : 'neither'}.`);
    }
    const given = (hasLogits ? params.logits : params.probs) as tf.Tensor;
    const name = hasLogits ? 'logits' : 'probs';
    assertTensor(given, name, owner);
    assertFloat(given, name, owner);
    super(given.shape.slice(), [], resolveValidate(options));
    if (this.validateArgs) checkValues(given, name, owner, hasLogits ? 'not-nan' : 'unit-interval');
    if (hasLogits) {
      this.logits = given;
      this.probs = tf.sigmoid(given);
    } else {
      this.probs = given;
      this.logits = tf.tidy(() => {
        const p = tf.clipByValue(given, PROB_EPS, 1 - PROB_EPS);
        return tf.sub(tf.log(p), tf.log1p(tf.neg(p)));
      });
    }
  }

  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    if (this.validateArgs) checkValues(x, 'x', `${this.name}.logProb`, 'binary-interval');
    return tf.tidy(() => tf.sub(tf.mul(x, this.logits), tf.softplus(this.logits)));
  }

  /** Entropy softplus(logits) − logits·sigmoid(logits), shape `batchShape`. */
  override entropy(): tf.Tensor {
    return tf.tidy(() => tf.sub(tf.softplus(this.logits), tf.mul(this.logits, tf.sigmoid(this.logits))));
  }

  override get mean(): tf.Tensor {
    return tf.tidy(() => tf.sigmoid(this.logits));
  }

  /** 1 where logits > 0 (p > ½), else 0. */
  override get mode(): tf.Tensor {
    return tf.tidy(() => tf.cast(tf.greater(this.logits, 0), 'float32'));
  }

  /** Variance p(1 − p), shape `batchShape`. */
  get variance(): tf.Tensor {
    return tf.tidy(() => tf.mul(tf.sigmoid(this.logits), tf.sigmoid(tf.neg(this.logits))));
  }

  protected sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    const u = openUniform([...sampleShape, ...this.batchShape], seed);
    return tf.cast(tf.less(u, this.probs), 'float32');
  }

  protected parameterTensors(): tf.Tensor[] {
    return [this.logits, this.probs];
  }
}

registerKL(Bernoulli, Bernoulli, (p, q) => {
  broadcastOrThrow('kl(Bernoulli ‖ Bernoulli)', [['p.batchShape', p.batchShape], ['q.batchShape', q.batchShape]]);
  // p·(a − b) + softplus(b) − softplus(a), with a, b the logits: finite for any logits.
  const a = p.logits;
  const b = q.logits;
  return tf.add(tf.mul(tf.sigmoid(a), tf.sub(a, b)), tf.sub(tf.softplus(b), tf.softplus(a)));
});

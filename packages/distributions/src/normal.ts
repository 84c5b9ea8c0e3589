import * as tf from '@tensorflow/tfjs-core';
import { Distribution } from './distribution';
import { broadcastNew, normalEntropy, normalKL, normalLogDensity } from './gaussian-math';
import { registerKL } from './kl';
import { standardNormal } from './random';
import { assertFloat, assertTensor, broadcastOrThrow, checkValues, resolveValidate, type DistributionOptions } from './validate';

/**
 * The univariate normal N(loc, scale²), elementwise over the broadcast of `loc` and `scale`
 * (event shape `[]`).
 *
 * log p(x) = −½·((x − loc)/scale)² − log scale − ½·log 2π.
 *
 * @example
 * ```ts
 * const n = new Normal(tf.tensor1d([0, 1]), tf.tensor1d([1, 2])); // batchShape [2]
 * const x = n.rsample([100], 7);                                   // [100, 2]
 * ```
 */
export class Normal extends Distribution {
  /** The name used in messages. */
  static override readonly distributionName: string = 'Normal';
  /** Whether `rsample` is available. */
  readonly hasRsample = true;
  /** Mean parameter (as passed). */
  readonly loc: tf.Tensor;
  /** Standard deviation parameter (as passed), > 0. */
  readonly scale: tf.Tensor;

  /** `loc` and `scale` (> 0) broadcast to the batch shape; both float32. */
  constructor(loc: tf.Tensor, scale: tf.Tensor, options?: DistributionOptions) {
    const owner = 'Normal';
    assertTensor(loc, 'loc', owner);
    assertTensor(scale, 'scale', owner);
    assertFloat(loc, 'loc', owner);
    assertFloat(scale, 'scale', owner);
    const batch = broadcastOrThrow(owner, [['loc', loc.shape], ['scale', scale.shape]], 'the shapes of loc and scale');
    super(batch, [], resolveValidate(options));
    if (this.validateArgs) {
      checkValues(loc, 'loc', owner, 'not-nan');
      checkValues(scale, 'scale', owner, 'positive');
    }
    this.loc = loc;
    this.scale = scale;
  }

  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    return tf.tidy(() => normalLogDensity(x, this.loc, this.scale));
  }

  override entropy(): tf.Tensor {
    return tf.tidy(() => broadcastNew(normalEntropy(this.scale), this.batchShape));
  }

  override get mean(): tf.Tensor {
    return tf.tidy(() => broadcastNew(this.loc, this.batchShape));
  }

  override get mode(): tf.Tensor {
    return this.mean;
  }

  /** Variance scale², shape `batchShape`. */
  get variance(): tf.Tensor {
    return tf.tidy(() => broadcastNew(tf.square(this.scale), this.batchShape));
  }

  protected sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    return this.rsampleN(sampleShape, seed);
  }

  protected override rsampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    const eps = standardNormal([...sampleShape, ...this.batchShape], seed);
    return tf.add(this.loc, tf.mul(this.scale, eps));
  }

  protected parameterTensors(): tf.Tensor[] {
    return [this.loc, this.scale];
  }
}

registerKL(Normal, Normal, (p, q) => {
  broadcastOrThrow('kl(Normal ‖ Normal)', [['p.batchShape', p.batchShape], ['q.batchShape', q.batchShape]]);
  return normalKL(p.loc, p.scale, q.loc, q.scale);
});

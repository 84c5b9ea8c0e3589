import * as tf from '@tensorflow/tfjs-core';
import { Distribution } from './distribution';
import { broadcastNew, normalEntropy, normalKL, normalLogDensity, scaleFromRaw } from './gaussian-math';
import { registerKL } from './kl';
import { standardNormal } from './random';
import {
  assertFloat,
  assertMinRank,
  assertTensor,
  broadcastOrThrow,
  checkValues,
  resolveValidate,
  shapeStr,
  SCALE_IS_DERIVED,
  type DistributionOptions,
  type InternalOptions,
} from './validate';

/**
 * A Gaussian with diagonal covariance over the last dimension: `loc` and `scale` are `[..., D]`, the
 * event shape is `[D]` and the batch shape is the broadcast of the leading dimensions (torch's
 * `Independent(Normal(loc, scale), 1)`).
 *
 * log p(x) = Σ_d [−½·((x_d − loc_d)/scale_d)² − log scale_d − ½·log 2π].
 *
 * @example
 * ```ts
 * const q = DiagGaussian.fromRaw(mu, raw);   // scale = softplus(raw) + 1e-4, event [D]
 * const z = q.rsample();                      // [B, D], differentiable in mu and raw
 * const lp = q.logProb(z);                    // [B]
 * ```
 */
export class DiagGaussian extends Distribution {
  /** The name used in messages. */
  static override readonly distributionName: string = 'DiagGaussian';
  /** Whether `rsample` is available. */
  readonly hasRsample = true;
  /** Mean `[..., D]` (as passed). */
  readonly loc: tf.Tensor;
  /** Standard deviations `[..., D]` (as passed, or computed by `fromRaw`), > 0. */
  readonly scale: tf.Tensor;

  /** `loc` and `scale` (> 0) `[..., D]`, with the same D and broadcastable leading dimensions. */
  constructor(loc: tf.Tensor, scale: tf.Tensor, options?: DistributionOptions) {
    const owner = 'DiagGaussian';
    assertTensor(loc, 'loc', owner);
    assertTensor(scale, 'scale', owner);
    assertFloat(loc, 'loc', owner);
    assertFloat(scale, 'scale', owner);
    assertMinRank(loc, 1, 'loc', owner, '[..., D] (rank ≥ 1)');
    assertMinRank(scale, 1, 'scale', owner, '[..., D] (rank ≥ 1)');
    const d = loc.shape[loc.rank - 1];
    if (scale.shape[scale.rank - 1] !== d) {
      throw new Error(`${owner}: loc ${shapeStr(loc.shape)} and scale ${shapeStr(scale.shape)} must have the same last (event) dimension.`);
    }
    const batch = broadcastOrThrow(owner, [['loc', loc.shape.slice(0, -1)], ['scale', scale.shape.slice(0, -1)]], 'the batch dimensions of loc and scale');
    super(batch, [d], resolveValidate(options));
    if (this.validateArgs) {
      checkValues(loc, 'loc', owner, 'not-nan');
      if (!(options as InternalOptions | undefined)?.[SCALE_IS_DERIVED]) checkValues(scale, 'scale', owner, 'positive');
    }
    this.loc = loc;
    this.scale = scale;
  }

  /**
   * Builds from unconstrained network outputs: scale = softplus(rawScale) + minScale. The scale tensor
   * is created here (build inside `tf.tidy`). Gradients flow to `loc` and `rawScale`.
   * @param loc Means `[..., D]`.
   * @param rawScale Unconstrained scales `[..., D]` (any real value), shaped like `loc`.
   * @param minScale Floor added to every scale (default 1e-4), so the density stays bounded.
   */
  static fromRaw(loc: tf.Tensor, rawScale: tf.Tensor, minScale = 1e-4, options?: DistributionOptions): DiagGaussian {
    const owner = 'DiagGaussian.fromRaw';
    assertTensor(loc, 'loc', owner);
    const [scale, derived] = scaleFromRaw(rawScale, minScale, owner, options);
    try {
      return new DiagGaussian(loc, scale, derived);
    } catch (e) {
      scale.dispose();
      throw e;
    }
  }

  /** The event size D. */
  get eventSize(): number {
    return this.eventShape[0];
  }

  /**
   * loc + scale·eps for given standard-normal noise `eps` `[..., D]` (broadcast against the
   * parameters): `rsample` with the noise supplied, for parity tests with fixed noise.
   * @param eps Standard-normal noise `[..., D]`.
   */
  reparameterize(eps: tf.Tensor): tf.Tensor {
    this.checkValue(eps, 'reparameterize', 'eps');
    return tf.tidy(() => tf.add(this.loc, tf.mul(this.scale, eps)));
  }

  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    return tf.tidy(() => tf.sum(normalLogDensity(x, this.loc, this.scale), -1));
  }

  override entropy(): tf.Tensor {
    return tf.tidy(() => broadcastNew(tf.sum(normalEntropy(this.scale), -1), this.batchShape));
  }

  override get mean(): tf.Tensor {
    return tf.tidy(() => broadcastNew(this.loc, [...this.batchShape, ...this.eventShape]));
  }

  override get mode(): tf.Tensor {
    return this.mean;
  }

  /** Per-dimension variance scale², shape `batchShape + [D]`. */
  get variance(): tf.Tensor {
    return tf.tidy(() => broadcastNew(tf.square(this.scale), [...this.batchShape, ...this.eventShape]));
  }

  protected sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    return this.rsampleN(sampleShape, seed);
  }

  protected override rsampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    const eps = standardNormal([...sampleShape, ...this.batchShape, ...this.eventShape], seed);
    return tf.add(this.loc, tf.mul(this.scale, eps));
  }

  protected parameterTensors(): tf.Tensor[] {
    return [this.loc, this.scale];
  }
}

registerKL(DiagGaussian, DiagGaussian, (p, q) => {
  const owner = 'kl(DiagGaussian ‖ DiagGaussian)';
  if (p.eventShape[0] !== q.eventShape[0]) {
    throw new Error(`${owner}: event sizes differ: p has event ${shapeStr(p.eventShape)}, q has event ${shapeStr(q.eventShape)}.`);
  }
  broadcastOrThrow(owner, [['p.batchShape', p.batchShape], ['q.batchShape', q.batchShape]]);
  return tf.sum(normalKL(p.loc, p.scale, q.loc, q.scale), -1);
});

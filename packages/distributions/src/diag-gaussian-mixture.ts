import * as tf from '@tensorflow/tfjs-core';
import { Distribution } from './distribution';
import { broadcastNew, normalLogDensity, scaleFromRaw } from './gaussian-math';
import { gumbelArgMax, standardNormal } from './random';
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
 * A mixture of K diagonal Gaussians over the last dimension: mixture `logits` `[..., K]`, component
 * `loc` and `scale` `[..., K, D]`. The event shape is `[D]`; the batch shape is the broadcast of the
 * leading dimensions of the three parameters.
 *
 * log p(x) = logSumExp_k [log w_k + Σ_d log N(x_d; loc_kd, scale_kd²)], w = softmax(logits).
 *
 * There is no reparameterised sampler (the component choice is discrete): `rsample` throws.
 *
 * @example
 * ```ts
 * const m = DiagGaussianMixture.fromRaw(logits, loc, rawScale); // [B, K], [B, K, D], [B, K, D]
 * const nll = tf.neg(m.logProb(x));                             // x [B, D] → [B]
 * ```
 */
export class DiagGaussianMixture extends Distribution {
  /** The name used in messages. */
  static override readonly distributionName: string = 'DiagGaussianMixture';
  /** Whether `rsample` is available. */
  readonly hasRsample = false;
  /** Unnormalised mixture log-weights `[..., K]` (as passed). */
  readonly logits: tf.Tensor;
  /** Component means `[..., K, D]` (as passed). */
  readonly loc: tf.Tensor;
  /** Component standard deviations `[..., K, D]` (as passed, or computed by `fromRaw`), > 0. */
  readonly scale: tf.Tensor;

  /** `logits` `[..., K]`, `loc` and `scale` (> 0) `[..., K, D]`, leading dimensions broadcastable. */
  constructor(logits: tf.Tensor, loc: tf.Tensor, scale: tf.Tensor, options?: DistributionOptions) {
    const owner = 'DiagGaussianMixture';
    assertTensor(logits, 'logits', owner);
    assertTensor(loc, 'loc', owner);
    assertTensor(scale, 'scale', owner);
    assertFloat(logits, 'logits', owner);
    assertFloat(loc, 'loc', owner);
    assertFloat(scale, 'scale', owner);
    assertMinRank(logits, 1, 'logits', owner, '[..., K] (rank ≥ 1)');
    assertMinRank(loc, 2, 'loc', owner, '[..., K, D] (rank ≥ 2)');
    assertMinRank(scale, 2, 'scale', owner, '[..., K, D] (rank ≥ 2)');
    const k = logits.shape[logits.rank - 1];
    const [kl, d] = loc.shape.slice(-2);
    const [ks, ds] = scale.shape.slice(-2);
    if (kl !== k || ks !== k || ds !== d) {
      throw new Error(
        `${owner}: expected logits [..., K], loc [..., K, D] and scale [..., K, D] with the same K and D, found logits ${shapeStr(logits.shape)}, loc ${shapeStr(loc.shape)}, scale ${shapeStr(scale.shape)}.`,
      );
    }
    const batch = broadcastOrThrow(
      owner,
      [['logits', logits.shape.slice(0, -1)], ['loc', loc.shape.slice(0, -2)], ['scale', scale.shape.slice(0, -2)]],
      'the batch dimensions of logits, loc and scale',
    );
    super(batch, [d], resolveValidate(options));
    if (this.validateArgs) {
      checkValues(logits, 'logits', owner, 'not-nan');
      checkValues(loc, 'loc', owner, 'not-nan');
      if (!(options as InternalOptions | undefined)?.[SCALE_IS_DERIVED]) checkValues(scale, 'scale', owner, 'positive');
    }
    this.logits = logits;
    this.loc = loc;
    this.scale = scale;
  }

  /**
   * Builds from unconstrained network outputs: scale = softplus(rawScale) + minScale. The scale tensor
   * is created here (build inside `tf.tidy`).
   * @param logits Unnormalised mixture log-weights `[..., K]`.
   * @param loc Component means `[..., K, D]`.
   * @param rawScale Unconstrained component scales `[..., K, D]` (any real value).
   * @param minScale Floor added to every scale (default 1e-4), so the density stays bounded.
   */
  static fromRaw(logits: tf.Tensor, loc: tf.Tensor, rawScale: tf.Tensor, minScale = 1e-4, options?: DistributionOptions): DiagGaussianMixture {
    const owner = 'DiagGaussianMixture.fromRaw';
    const [scale, derived] = scaleFromRaw(rawScale, minScale, owner, options);
    try {
      return new DiagGaussianMixture(logits, loc, scale, derived);
    } catch (e) {
      scale.dispose();
      throw e;
    }
  }

  /** The number of components K. */
  get numComponents(): number {
    return this.logits.shape[this.logits.rank - 1];
  }

  /** Mixture weights softmax(logits), `[..., K]`. */
  weights(): tf.Tensor {
    return tf.tidy(() => tf.softmax(this.logits));
  }

  /**
   * Log-density of each component, `[...sampleShape, ...batchShape, K]`, for `x` `[..., D]`.
   * @param x Values `[...sampleShape, ...batchShape, D]`.
   */
  componentLogProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'componentLogProb');
    return tf.tidy(() => this.componentLogDensity(x));
  }

  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    return tf.tidy(() => tf.logSumExp(tf.add(this.componentLogDensity(x), tf.logSoftmax(this.logits)), -1));
  }

  /** Σ_d log N(x_d; loc_kd, scale_kd²) per component, unchecked and untidied. */
  private componentLogDensity(x: tf.Tensor): tf.Tensor {
    return tf.sum(normalLogDensity(tf.expandDims(x, -2), this.loc, this.scale), -1);
  }

  /** Σ_k w_k loc_k, shape `batchShape + [D]`. */
  override get mean(): tf.Tensor {
    return tf.tidy(() =>
      broadcastNew(tf.sum(tf.mul(tf.expandDims(tf.softmax(this.logits), -1), this.loc), -2), [...this.batchShape, ...this.eventShape]),
    );
  }

  override get mode(): tf.Tensor {
    throw new Error(`${this.name}.mode is not defined in closed form (a mixture can be multimodal).`);
  }

  override entropy(): tf.Tensor {
    throw new Error(`${this.name}.entropy is not defined in closed form; estimate it as −mean(logProb(sample([n]))).`);
  }

  protected sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    const k = this.numComponents;
    const lead = [...sampleShape, ...this.batchShape];
    const choice = tf.oneHot(gumbelArgMax(this.logits, lead, seed, 0), k); // [...lead, K]
    const eps = standardNormal([...lead, k, this.eventShape[0]], seed, 1);
    const all = tf.add(this.loc, tf.mul(this.scale, eps)); // [...lead, K, D]
    return tf.sum(tf.mul(tf.expandDims(choice, -1), all), -2);
  }

  protected parameterTensors(): tf.Tensor[] {
    return [this.logits, this.loc, this.scale];
  }
}

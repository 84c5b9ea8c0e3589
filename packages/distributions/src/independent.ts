import * as tf from '@tensorflow/tfjs-core';
import { Distribution } from './distribution';
import { kl, registerKL } from './kl';
import { shapeStr } from './validate';

/**
 * Reinterprets the last `reinterpretedBatchNdims` batch dimensions of `base` as event dimensions, so
 * `logProb` and `entropy` sum over them (torch's `Independent`). For example, D independent
 * Bernoulli pixels as one event:
 *
 * log p(x) = Σ over the reinterpreted dims of base.logProb(x).
 *
 * The wrapper shares `base`'s parameters; sampling, `mean` and `mode` are `base`'s.
 *
 * @example
 * ```ts
 * const px = new Independent(new Bernoulli({ logits }), 1); // logits [B, D] → batch [B], event [D]
 * const lp = px.logProb(x);                                 // [B]
 * ```
 */
export class Independent<D extends Distribution = Distribution> extends Distribution {
  /** The name used in messages. */
  static override readonly distributionName: string = 'Independent';
  /** The wrapped distribution. */
  readonly base: D;
  /** How many trailing batch dimensions of `base` became event dimensions. */
  readonly reinterpretedBatchNdims: number;

  /** Wraps `base`, moving its last `reinterpretedBatchNdims` batch dimensions into the event. */
  constructor(base: D, reinterpretedBatchNdims = 1) {
    const owner = 'Independent';
    if (!(base instanceof Distribution)) throw new Error(`${owner}: base must be a Distribution, found ${base === null ? 'null' : typeof base}.`);
    const n = reinterpretedBatchNdims;
    if (!Number.isInteger(n) || n < 0 || n > base.batchShape.length) {
      throw new Error(
        `${owner}: reinterpretedBatchNdims must be an integer in [0, ${base.batchShape.length}] for ${base.name} with batchShape ${shapeStr(base.batchShape)}, found ${String(n)}.`,
      );
    }
    const cut = base.batchShape.length - n;
    super(base.batchShape.slice(0, cut), [...base.batchShape.slice(cut), ...base.eventShape], base.validateArgs);
    this.base = base;
    this.reinterpretedBatchNdims = n;
  }

  /** `Independent(Base)`. */
  override get name(): string {
    return `Independent(${this.base.name})`;
  }

  /** `base.hasRsample`. */
  get hasRsample(): boolean {
    return this.base.hasRsample;
  }

  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    return tf.tidy(() => this.sumRightmost(this.base.logProb(x)));
  }

  override entropy(): tf.Tensor {
    return tf.tidy(() => this.sumRightmost(this.base.entropy()));
  }

  override get mean(): tf.Tensor {
    return this.base.mean;
  }

  override get mode(): tf.Tensor {
    return this.base.mode;
  }

  protected sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    return this.base.sample(sampleShape, seed);
  }

  protected override rsampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    return this.base.rsample(sampleShape, seed);
  }

  protected parameterTensors(): tf.Tensor[] {
    return (this.base as unknown as { parameterTensors(): tf.Tensor[] }).parameterTensors();
  }

  private sumRightmost(t: tf.Tensor): tf.Tensor {
    const n = this.reinterpretedBatchNdims;
    if (n === 0) return tf.clone(t);
    const axes = Array.from({ length: n }, (_, i) => t.rank - n + i);
    return tf.sum(t, axes);
  }
}

registerKL(Independent, Independent, (p, q) => {
  const owner = 'kl(Independent ‖ Independent)';
  if (p.reinterpretedBatchNdims !== q.reinterpretedBatchNdims) {
    throw new Error(`${owner}: reinterpretedBatchNdims differ: p has ${p.reinterpretedBatchNdims}, q has ${q.reinterpretedBatchNdims}.`);
  }
  const base = kl(p.base, q.base);
  const n = p.reinterpretedBatchNdims;
  return n === 0 ? base : tf.sum(base, Array.from({ length: n }, (_, i) => base.rank - n + i));
});

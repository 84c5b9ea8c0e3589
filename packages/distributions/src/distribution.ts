import * as tf from '@tensorflow/tfjs-core';
import { checkSampleShape, checkSeed, shapeStr } from './validate';
import { withoutGradient } from './random';

/**
 * The contract every distribution follows. Shapes are always `sample + batch + event`:
 * `sample(sampleShape)` returns `[...sampleShape, ...batchShape, ...eventShape]`, and `logProb(x)`
 * returns `[...sampleShape, ...batchShape]`, summed over the event dimensions.
 *
 * A distribution keeps references to its parameter tensors and never disposes them: build it and use
 * it inside `tf.tidy`. Every method and getter returns tensors that the caller owns.
 *
 * Subclasses provide `logProb`, `sampleN` (and `rsampleN` where reparameterisable), and
 * `parameterTensors`; `entropy`, `mean` and `mode` throw a "not defined" error unless overridden.
 *
 * @example
 * ```ts
 * const lp = tf.tidy(() => new Normal(tf.scalar(0), tf.scalar(1)).logProb(tf.tensor1d([0, 1])));
 * ```
 */
export abstract class Distribution {
  /**
   * The name used in messages. Bundlers may rename classes (`_Normal`), so each built-in class sets
   * it explicitly; a subclass that does not define its own falls back to its class name.
   */
  static readonly distributionName: string = 'Distribution';

  /** Shape of the independent (not necessarily identical) distributions this object represents. */
  readonly batchShape: number[];
  /** Shape of one draw; `logProb` sums over these dimensions. */
  readonly eventShape: number[];
  /** Whether `rsample` is available (samples are a differentiable function of the parameters). */
  abstract readonly hasRsample: boolean;

  /** Whether this distribution checks parameter values and, in `logProb`, sample values. */
  readonly validateArgs: boolean;

  /**
   * Subclasses pass their batch and event shapes and whether they validate values.
   * @param batchShape Shape of the independent distributions (the parameters' shape without the event part).
   * @param eventShape Shape of one draw; `logProb` sums over these dimensions.
   * @param validateArgs Whether to check parameter values and, in `logProb`, sample values.
   */
  protected constructor(batchShape: number[], eventShape: number[], validateArgs: boolean) {
    this.batchShape = batchShape;
    this.eventShape = eventShape;
    this.validateArgs = validateArgs;
  }

  /** The distribution's name in messages: its class's own static `distributionName`, else the class name. */
  get name(): string {
    return distributionName(this.constructor);
  }

  /**
   * Draws samples of shape `[...sampleShape, ...batchShape, ...eventShape]`. The same `seed` gives the
   * same samples on every backend; without one, samples are fresh. No gradient flows through `sample`.
   * @param sampleShape Leading shape of independent draws (default `[]`: one draw per batch element).
   * @param seed Any finite number, for reproducible draws; omit it for fresh samples.
   */
  sample(sampleShape: number[] = [], seed?: number): tf.Tensor {
    const shape = checkSampleShape(sampleShape, `${this.name}.sample`);
    const s = checkSeed(seed, `${this.name}.sample`);
    return tf.tidy(() => withoutGradient(this.parameterTensors(), () => this.sampleN(shape, s)));
  }

  /**
   * Reparameterised samples, shaped like `sample`: a differentiable function of the parameters and of
   * parameter-free noise, so gradients flow to the parameters. Throws if `hasRsample` is false.
   * @param sampleShape Leading shape of independent draws (default `[]`: one draw per batch element).
   * @param seed Any finite number, for reproducible noise ε; omit it for fresh samples.
   */
  rsample(sampleShape: number[] = [], seed?: number): tf.Tensor {
    const shape = checkSampleShape(sampleShape, `${this.name}.rsample`);
    const s = checkSeed(seed, `${this.name}.rsample`);
    if (!this.hasRsample) {
      throw new Error(`${this.name}.rsample: this distribution has no reparameterised sampler; use sample(), which passes no gradient.`);
    }
    return tf.tidy(() => this.rsampleN(shape, s));
  }

  /**
   * Log density (or mass) of `x` `[...sampleShape, ...batchShape, ...eventShape]`, summed over event dims.
   * @param x Values `[...sampleShape, ...batchShape, ...eventShape]` (the batch part may broadcast).
   */
  abstract logProb(x: tf.Tensor): tf.Tensor;

  /** Entropy, shape `batchShape`. */
  entropy(): tf.Tensor {
    throw new Error(`${this.name}.entropy is not defined in closed form.`);
  }

  /** Mean, shape `batchShape + eventShape`. */
  get mean(): tf.Tensor {
    throw new Error(`${this.name}.mean is not defined.`);
  }

  /** Mode, shape `batchShape + eventShape`. */
  get mode(): tf.Tensor {
    throw new Error(`${this.name}.mode is not defined in closed form.`);
  }

  /** `Name(batchShape=[…], eventShape=[…])`. */
  toString(): string {
    return `${this.name}(batchShape=${shapeStr(this.batchShape)}, eventShape=${shapeStr(this.eventShape)})`;
  }

  /**
   * Samples for `sample`; run without gradient recording and inside `tf.tidy`.
   * @param sampleShape The checked sample shape.
   * @param seed The checked seed, or undefined for fresh samples.
   */
  protected abstract sampleN(sampleShape: number[], seed: number | undefined): tf.Tensor;

  /**
   * Reparameterised samples for `rsample`; run inside `tf.tidy`.
   * @param sampleShape The checked sample shape.
   * @param seed The checked seed, or undefined for fresh noise.
   */
  protected rsampleN(sampleShape: number[], seed: number | undefined): tf.Tensor {
    void sampleShape;
    void seed;
    throw new Error(`${this.name}.rsample is not implemented.`);
  }

  /** The parameter tensors (used to cut gradients in `sample`). */
  protected abstract parameterTensors(): tf.Tensor[];

  /**
   * Checks that `x` ends in `batchShape + eventShape` (broadcasting allowed in the batch part, exact in
   * the event part), and returns it.
   * @param x The value to check.
   * @param method The calling method, for the message (`logProb`).
   * @param name The argument's name in the message (default `x`).
   */
  protected checkValue(x: unknown, method: string, name = 'x'): tf.Tensor {
    const owner = `${this.name}.${method}`;
    if (!(x instanceof tf.Tensor)) throw new Error(`${owner}: ${name} must be a tf.Tensor, found ${x === null ? 'null' : typeof x}.`);
    if (x.isDisposed) throw new Error(`${owner}: ${name} has been disposed.`);
    const shape: number[] = x.shape;
    const ev = this.eventShape;
    const expected = `[..., ${[...this.batchShape, ...ev].join(', ')}]`;
    const fail = (): never => {
      throw new Error(`${owner}: ${name} must have shape [...sampleShape, ...batchShape ${shapeStr(this.batchShape)}, ...eventShape ${shapeStr(ev)}] = ${expected}, found ${shapeStr(shape)}.`);
    };
    if (shape.length < ev.length) fail();
    const xEv = shape.slice(shape.length - ev.length);
    if (!xEv.every((d, i) => d === ev[i])) fail();
    const xBatch = shape.slice(0, shape.length - ev.length);
    const nb = Math.min(xBatch.length, this.batchShape.length);
    for (let i = 1; i <= nb; i++) {
      const a = xBatch[xBatch.length - i];
      const b = this.batchShape[this.batchShape.length - i];
      if (a !== b && a !== 1 && b !== 1) fail();
    }
    return x;
  }
}

/**
 * The message name of a distribution class: its own static `distributionName`, else its `name`.
 * @param cls The distribution class (its constructor).
 * @param cls.name The class's own name, used when it sets no `distributionName`.
 */
export function distributionName(cls: { readonly name: string }): string {
  if (Object.prototype.hasOwnProperty.call(cls, 'distributionName')) return (cls as unknown as { distributionName: string }).distributionName;
  return cls.name || 'Distribution';
}

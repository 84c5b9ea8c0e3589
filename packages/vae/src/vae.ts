import * as tf from '@tensorflow/tfjs-core';
import { DiagGaussian, kl } from '@probseq/distributions';
import { Module } from '@probseq/nn';
import { checkPositiveInt } from './check';
import { ConditionalGaussian } from './conditional-gaussian';
import { Decoder } from './decoder';
import type { OutputKind } from './output-head';

/** Configuration of a {@link VAE}. */
export interface VAEConfig {
  /** Data dimension. */
  xDim: number;
  /** Latent dimension. */
  zDim: number;
  /** Hidden sizes of the encoder MLP (default `[64]`). */
  encoderHidden: number[];
  /** Hidden sizes of the decoder MLP (default `[64]`). */
  decoderHidden: number[];
  /** Observation model (default `'gaussian'`). */
  output: OutputKind;
  /** Mixture components for `'gmm'` output (default 5). */
  mixtureComponents: number;
  /** Floor of Gaussian scales (default 1e-4). */
  minScale: number;
  /** Initialiser seed (default 0). */
  seed: number;
}

/** The ELBO of a batch, in nats. */
export interface VAEElbo {
  /** Mean over the batch of the per-example ELBO (scalar). */
  total: tf.Scalar;
  /** ELBO of each example `[B]`. */
  perExample: tf.Tensor1D;
  /** KL(q(z|x) ‖ p(z)) of each example `[B]`. */
  kl: tf.Tensor1D;
  /** −E_q log p(x|z), one sample, of each example `[B]`. */
  nll: tf.Tensor1D;
}

/**
 * A plain variational auto-encoder (Kingma & Welling 2014): p(z) = N(0, I),
 * q(z|x) = N(μ(x), diag σ(x)²) by a {@link ConditionalGaussian}, p(x|z) by a {@link Decoder}, and
 *
 *   ELBO(x) = E_q[log p(x|z)] − KL(q(z|x) ‖ p(z)),
 *
 * with the KL in closed form and the expectation by one reparameterised sample z = μ + σ·ε.
 *
 * @example
 * ```ts
 * const vae = new VAE({ xDim: 4, zDim: 2 });
 * const opt = tf.train.adam(1e-2);
 * opt.minimize(() => vae.loss(x)); // x [B, 4]
 * ```
 */
export class VAE extends Module {
  /** The resolved configuration. */
  readonly config: VAEConfig;
  /** q(z | x). */
  readonly encoder: ConditionalGaussian;
  /** p(x | z). */
  readonly decoder: Decoder;

  constructor(config: Partial<VAEConfig> & Pick<VAEConfig, 'xDim' | 'zDim'>) {
    super();
    const c: VAEConfig = {
      encoderHidden: [64],
      decoderHidden: [64],
      output: 'gaussian',
      mixtureComponents: 5,
      minScale: 1e-4,
      seed: 0,
      ...config,
    };
    checkPositiveInt('VAE: xDim', c.xDim);
    checkPositiveInt('VAE: zDim', c.zDim);
    this.config = c;
    this.encoder = this.registerModule('encoder', new ConditionalGaussian(c.xDim, c.encoderHidden, c.zDim, { minScale: c.minScale, seed: c.seed }));
    this.decoder = this.registerModule(
      'decoder',
      new Decoder(c.zDim, c.decoderHidden, c.xDim, {
        output: c.output,
        mixtureComponents: c.mixtureComponents,
        minScale: c.minScale,
        seed: c.seed + 1000,
      }),
    );
  }

  private checkX(x: tf.Tensor): void {
    if (x.rank !== 2 || x.shape[1] !== this.config.xDim) {
      throw new Error(`VAE: x must have shape [batch, ${this.config.xDim}], found [${x.shape.join(', ')}]`);
    }
  }

  /**
   * The ELBO of x `[B, xDim]`. `noise` `[B, zDim]` fixes ε (for tests); otherwise ε is drawn with `seed`.
   * @param x Data `[B, xDim]`.
   * @param options Where ε comes from.
   * @param options.noise Fixed standard-normal ε `[B, zDim]` (for tests).
   * @param options.seed Any finite number, to draw ε reproducibly (ignored with `noise`).
   */
  elbo(x: tf.Tensor, options: { noise?: tf.Tensor; seed?: number } = {}): VAEElbo {
    this.checkX(x);
    const B = x.shape[0];
    const { zDim } = this.config;
    if (options.noise && (options.noise.rank !== 2 || options.noise.shape[0] !== B || options.noise.shape[1] !== zDim)) {
      throw new Error(`VAE.elbo: noise must have shape [${B}, ${zDim}], found [${options.noise.shape.join(', ')}]`);
    }
    return tf.tidy(() => {
      const [loc, scale] = this.encoder.locScale(x);
      const eps = options.noise ?? tf.randomNormal([B, zDim], 0, 1, 'float32', options.seed);
      const z = tf.add(loc, tf.mul(scale, eps));
      const klTerm = kl(
        new DiagGaussian(loc, scale, { validateArgs: false }),
        new DiagGaussian(tf.zerosLike(loc), tf.onesLike(scale), { validateArgs: false }),
      ) as tf.Tensor1D;
      const nll = tf.neg(this.decoder.distribution(z).logProb(x)) as tf.Tensor1D;
      const perExample = tf.neg(tf.add(klTerm, nll)) as tf.Tensor1D;
      return { total: tf.mean(perExample) as tf.Scalar, perExample, kl: klTerm, nll };
    });
  }

  /**
   * The training loss −ELBO (mean over the batch).
   * @param x Data `[B, xDim]`.
   * @param options Where ε comes from, as for `elbo`.
   * @param options.noise Fixed standard-normal ε `[B, zDim]` (for tests).
   * @param options.seed Any finite number, to draw ε reproducibly (ignored with `noise`).
   */
  loss(x: tf.Tensor, options: { noise?: tf.Tensor; seed?: number } = {}): tf.Scalar {
    return tf.tidy(() => {
      const e = this.elbo(x, options);
      return tf.neg(e.total) as tf.Scalar;
    });
  }

  /**
   * n draws `[n, xDim]` from the model: z ~ p(z), then x ~ p(x|z) (or its mean with `mean: true`).
   * @param n Number of draws (a positive integer).
   * @param options How to draw.
   * @param options.seed Any finite number, for reproducible draws.
   * @param options.mean Return the decoder's mean instead of a draw of x (default false).
   */
  sample(n: number, options: { seed?: number; mean?: boolean } = {}): tf.Tensor2D {
    checkPositiveInt('VAE.sample: n', n);
    const { seed, mean = false } = options;
    return tf.tidy(() => {
      const z = tf.randomNormal([n, this.config.zDim], 0, 1, 'float32', seed);
      const p = this.decoder.distribution(z);
      return (mean ? p.mean : p.sample([], seed === undefined ? undefined : seed + 1)) as tf.Tensor2D;
    });
  }

  /**
   * The decoder mean at the posterior mean: x̂ = E[x | z = μ(x)], `[B, xDim]`.
   * @param x Data `[B, xDim]`.
   */
  reconstruct(x: tf.Tensor): tf.Tensor2D {
    this.checkX(x);
    return tf.tidy(() => this.decoder.distribution(this.encoder.locScale(x)[0]).mean as tf.Tensor2D);
  }
}

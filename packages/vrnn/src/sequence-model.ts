import type * as tf from '@tensorflow/tfjs-core';

/** Options shared by the evaluation methods of sequence models. */
export interface SequenceOptions {
  /** `[T, B]` mask, 1 for real steps and 0 for padding; padded steps add nothing. */
  mask?: tf.Tensor;
  /** Seed of the noise ε (unset: fresh randomness). */
  seed?: number;
}

/** Input dropout, a training-time option of the bounds (`elbo`, `logWeights`, FIVO's particle filter). */
export interface InputDropoutOptions {
  /**
   * Input dropout (default 0: none): each feature of x_t as the model reads it (through φx, into the
   * recurrence, the posterior and the smoothing RNN) is zeroed with this probability and the rest scaled
   * by 1/(1 − p), while the likelihood terms still score the clean x_t. The mask is drawn from the seed
   * (see `dropInputs`), the same on every backend.
   */
  inputDropout?: number;
}

/** Options of `elbo`. */
export interface ElboOptions extends SequenceOptions, InputDropoutOptions {
  /** Fixed posterior noise ε `[T, B, zDim]` (z_t = μ_t + σ_t·ε_t), for reproducible tests and parity checks. */
  noise?: tf.Tensor;
}

/** The evidence lower bound of a batch of sequences, in nats. */
export interface SequenceElbo {
  /** Mean over the batch of Σ_t (−KL_t − NLL_t) (scalar). */
  total: tf.Scalar;
  /** Σ_t (−KL_t − NLL_t) for each sequence `[B]`. */
  perSequence: tf.Tensor1D;
  /** KL(q(z_t|·) ‖ p(z_t|h_{t−1})) per step `[T, B]` (0 at masked steps; all 0 for models without latents). */
  kl: tf.Tensor2D;
  /** −log p(x_t | z_≤t, x_<t) per step `[T, B]` (0 at masked steps). */
  nll: tf.Tensor2D;
}

/** Options of `logWeights`. */
export interface LogWeightOptions extends SequenceOptions, InputDropoutOptions {
  /** Fixed noise `[T, K·B, zDim]` (sample k of sequence b in column k·B + b), for tests. */
  noise?: tf.Tensor;
  /** Number of importance samples K. */
  samples: number;
}

/** Options of `logLikelihood`. */
export interface LogLikelihoodOptions extends SequenceOptions {
  /** Number of importance samples K (default 100). */
  samples?: number;
  /** Samples evaluated together per chunk at most (default: as many as the row budget allows). */
  chunkSize?: number;
  /**
   * Memory budget of one chunk in rows × time steps (a row is one sample of one sequence; default 2¹⁸,
   * and never more than 2048 rows): long sequences are evaluated in groups of fewer sequences and samples.
   */
  maxRowSteps?: number;
}

/**
 * What an objective needs from a model: the ELBO and K importance log-weights
 * log w_k = log p(x, z^k) − log q(z^k | x), reparameterised (so they can be differentiated).
 */
export interface SequenceModel {
  /**
   * The ELBO, see {@link SequenceElbo}.
   * @param x Sequences `[T, B, D]` (time-major).
   * @param options Mask, seed and fixed noise.
   */
  elbo(x: tf.Tensor, options?: ElboOptions): SequenceElbo;
  /**
   * K log-weights per sequence `[K, B]`, summed over the (unmasked) steps.
   * @param x Sequences `[T, B, D]` (time-major).
   * @param options The number of samples K, and mask, seed and fixed noise.
   */
  logWeights(x: tf.Tensor, options: LogWeightOptions): tf.Tensor2D;
  /** True when `elbo` is the exact log-likelihood (no latent variables): every bound then equals it. */
  readonly exactLikelihood?: boolean;
}

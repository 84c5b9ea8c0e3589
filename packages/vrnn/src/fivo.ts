import * as tf from '@tensorflow/tfjs-core';
import { deriveSeed, randomSeed } from '@probseq/nn';
import type { Objective } from './objectives';
import type { InputDropoutOptions, SequenceModel, SequenceOptions } from './sequence-model';

/** When the particle filter resamples: below half the particles' ESS (FIVO), at every step, or never (IWAE). */
export type ResamplingPolicy = 'ess' | 'always' | 'never';

/** Options of a particle transition (see {@link ParticleModel}). */
export interface ParticleOptions extends SequenceOptions, InputDropoutOptions {
  /** Number of particles N. */
  particles: number;
  /** Fixed proposal noise `[T, N·B, zDim]` (particle n of sequence b in column n·B + b), for tests. */
  noise?: tf.Tensor;
}

/** Options of {@link fivoBound}. */
export interface FivoOptions extends ParticleOptions {
  /** Default `'ess'`: resample (multinomially) when the effective sample size falls below N/2. */
  resampling?: ResamplingPolicy;
  /**
   * Fixed resampling uniforms `[T, B, N]` on [0, 1) (u_j of sequence b at step t draws its j-th ancestor),
   * for tests; by default `tf.randomUniform` with a seed derived from `seed`.
   */
  uniforms?: tf.Tensor;
}

/** Options of a whole particle filter run as one op ({@link ParticleModel.particleFilter}). */
export interface ParticleFilterOptions extends ParticleOptions {
  resampling: ResamplingPolicy;
  /** Resampling uniforms `[T, B, N]`. */
  uniforms: tf.Tensor;
}

/**
 * A particle filter's transition over N·B rows, particle n of sequence b in row n·B + b.
 * `step` proposes z_t for every row from the model's proposal and returns the incremental log-weight
 * log α_t = log p(x_t, z_t | h_{t−1}) − log q(z_t | ·) (0 at padded steps) and the new row states.
 */
export interface ParticleSteps {
  /** Time steps T, sequences B, particles N. */
  readonly steps: number;
  readonly batch: number;
  readonly particles: number;
  /** The state of every row before step 0 (each `[N·B, ·]`). */
  initial(): tf.Tensor[];
  /**
   * Step t from the row states: log α_t `[N·B]` and the states after it.
   * @param t The time step, 0 to T − 1.
   * @param state The row states before the step (from `initial()` or the previous step), each `[N·B, ·]`.
   */
  step(t: number, state: tf.Tensor[]): { state: tf.Tensor[]; logAlpha: tf.Tensor };
}

/** A sequence model with latent variables that FIVO can run particles through. */
export interface ParticleModel extends SequenceModel {
  /**
   * The particle transition on x `[T, B, D]`. Not tidied: call inside `tf.tidy`.
   * @param x Sequences `[T, B, D]` (time-major).
   * @param options Number of particles N, and mask, seed and fixed noise.
   */
  particleSteps(x: tf.Tensor, options: ParticleOptions): ParticleSteps;
  /**
   * Optionally, the whole filter — the same maths as {@link fivoBound} over `particleSteps`, with the
   * same draws — as one op where the running backend has one; null where it has not. Not tidied.
   * @param x Sequences `[T, B, D]` (time-major).
   * @param options Number of particles N, resampling policy and uniforms, mask, seed and fixed noise.
   */
  particleFilter?(x: tf.Tensor, options: ParticleFilterOptions): FivoResult | null;
}

/** Where and how one sequence was resampled (for tests and diagnostics). */
export interface Resampling {
  step: number;
  sequence: number;
  /** Ancestor of each new particle. */
  ancestors: number[];
}

/** The FIVO bound per sequence and the resampling events that produced it. */
export interface FivoResult {
  /** log p̂(x) per sequence `[B]` (nats). */
  bound: tf.Tensor1D;
  resamplings: Resampling[];
}

function hasParticleSteps(model: SequenceModel): model is ParticleModel {
  return typeof (model as Partial<ParticleModel>).particleSteps === 'function';
}

/**
 * Which sequences resample at a step, from the accumulated log-weights `values` (`[N, B]`, row-major).
 * ESS_b = (Σ_n w_nb)² / Σ_n w_nb²; a resampled sequence draws ancestor j by inverse CDF at
 * `u[b·N + j]`·Σ_n w_nb (the step's uniforms, `[B, N]`).
 */
function chooseAncestors(
  values: ArrayLike<number>,
  N: number,
  B: number,
  live: number[] | null,
  policy: ResamplingPolicy,
  u: ArrayLike<number>,
): Array<number[] | null> {
  const picks: Array<number[] | null> = [];
  for (let b = 0; b < B; b++) {
    if (live && live[b] === 0) {
      picks.push(null);
      continue;
    }
    let max = -Infinity;
    for (let n = 0; n < N; n++) max = Math.max(max, values[n * B + b]);
    const w: number[] = [];
    let sum = 0;
    let sumSq = 0;
    for (let n = 0; n < N; n++) {
      const v = Number.isFinite(max) ? Math.exp(values[n * B + b] - max) : 1;
      w.push(v);
      sum += v;
      sumSq += v * v;
    }
    if (policy === 'ess' && (sum * sum) / sumSq >= N / 2) {
      picks.push(null);
      continue;
    }
    const ancestors: number[] = [];
    for (let j = 0; j < N; j++) {
      const target = u[b * N + j] * sum;
      let n = 0;
      for (let acc = w[0]; acc <= target && n < N - 1; acc += w[++n]);
      ancestors.push(n);
    }
    picks.push(ancestors);
  }
  return picks;
}

/** The `[N·B, N·B]` 0/1 matrix whose product with row states copies each new particle's ancestor (identity where not resampled). */
function ancestorMatrix(picks: Array<number[] | null>, N: number, B: number): tf.Tensor2D {
  const R = N * B;
  const m = new Float32Array(R * R);
  for (let b = 0; b < B; b++) {
    for (let j = 0; j < N; j++) {
      const from = (picks[b]?.[j] ?? j) * B + b;
      m[(j * B + b) * R + from] = 1;
    }
  }
  return tf.tensor2d(m, [R, R]);
}

/**
 * The filtering variational objective (Maddison et al. 2017, eq. 6) per sequence: N particles run
 * through the model's proposal; with w_t^i the weight of particle i accumulated since its line was
 * last resampled,
 *
 *   log p̂(x) = Σ_{resampling steps t} log (1/N) Σ_i w_t^i  +  log (1/N) Σ_i w_T^i ,
 *   w_t^i = w_{t−1}^i · α_t^i,   α_t^i = p(x_t, z_t^i | h_{t−1}^i) / q(z_t^i | ·),
 *
 * which equals Σ_t log Σ_i w̄_{t−1}^i α_t^i with normalised weights w̄. A sequence resamples
 * multinomially when its ESS falls below N/2 (never at its padded steps, nor after the last step);
 * then its weights restart at 1. The ancestors are chosen from the weights' values, outside the
 * gradient, and the particle states are gathered by a 0/1 matrix product, so the gradient flows
 * through the states and the weights but not through the resampling draws — the paper's gradient
 * estimator, which drops the resampling's score-function terms. E[p̂(x)] = p(x), so E log p̂(x) ≤ log p(x);
 * N = 1 is the ELBO with a sampled KL, and without resampling it is IWAE(N).
 *
 * A model without latent variables (`exactLikelihood`, e.g. the RNN baseline) has one deterministic
 * "particle" with weight p(x): its FIVO bound is its exact log-likelihood, returned as such.
 *
 * The ancestors are drawn by inverse CDF from uniforms `[T, B, N]` drawn once from the seed (or given),
 * so a seed gives the same bound on every backend up to rounding. A model with a `particleFilter` (the
 * VRNN on the kernel engine) runs the whole filter as one op with those draws; otherwise one read of the
 * weights per step decides the resampling.
 *
 * @example
 * ```ts
 * const { bound } = fivoBound(model, x, { particles: 4, mask, seed: 1 }); // [B] nats
 * ```
 * @param model The model; a {@link ParticleModel}, or one with `exactLikelihood`.
 * @param x Sequences `[T, B, D]` (time-major).
 * @param options Number of particles N, resampling policy, mask, seed and fixed noise.
 */
export function fivoBound(model: SequenceModel, x: tf.Tensor, options: FivoOptions): FivoResult {
  const N = options.particles;
  if (!Number.isInteger(N) || N < 1) throw new Error(`fivo: particles must be a positive integer, found ${N}`);
  const policy = options.resampling ?? 'ess';
  if (!['ess', 'always', 'never'].includes(policy)) {
    throw new Error(`fivo: resampling must be one of ess, always, never, found ${JSON.stringify(policy)}`);
  }
  if (!hasParticleSteps(model)) {
    if (model.exactLikelihood) {
      const e = model.elbo(x, { mask: options.mask, seed: options.seed, inputDropout: options.inputDropout });
      tf.dispose([e.total, e.kl, e.nll]);
      return { bound: e.perSequence, resamplings: [] };
    }
    throw new Error('fivo: the model has neither particle steps nor an exact likelihood');
  }
  const seed = options.seed ?? randomSeed();
  const [T, B] = x.shape;
  if (options.uniforms && !(options.uniforms.rank === 3 && options.uniforms.shape[0] === T && options.uniforms.shape[1] === B && options.uniforms.shape[2] === N)) {
    throw new Error(`fivo: uniforms must have shape [T, B, N] = [${T}, ${B}, ${N}], found [${options.uniforms.shape.join(', ')}]`);
  }
  const uniforms = options.uniforms ?? tf.randomUniform([T, B, N], 0, 1, 'float32', deriveSeed(seed, 'fivo-resampling'));
  try {
    // The whole filter as one op where the model has it on this backend (its intermediates tidied).
    const fused: { events?: Resampling[] } = {};
    const bound = tf.tidy(() => {
      const r = model.particleFilter?.(x, { ...options, seed, resampling: policy, uniforms });
      fused.events = r?.resamplings;
      return r?.bound;
    });
    if (bound && fused.events) return { bound: bound as tf.Tensor1D, resamplings: fused.events };
    return particleFilterByStep(model, x, options, N, policy, seed, uniforms);
  } finally {
    if (!options.uniforms) uniforms.dispose();
  }
}

/** {@link fivoBound} one step at a time over the model's particle transition (one read of the weights per step). */
function particleFilterByStep(
  model: ParticleModel,
  x: tf.Tensor,
  options: FivoOptions,
  N: number,
  policy: ResamplingPolicy,
  seed: number,
  uniforms: tf.Tensor,
): FivoResult {
  const resamplings: Resampling[] = [];
  const u = uniforms.dataSync();
  const bound = tf.tidy(() => {
    const steps = model.particleSteps(x, { ...options, seed });
    const { steps: T, batch: B } = steps;
    const mask = options.mask ? (options.mask.arraySync() as number[][]) : null;
    let state = steps.initial();
    let logW = tf.zeros([N, B]) as tf.Tensor2D;
    let logZ = tf.zeros([B]) as tf.Tensor1D;
    for (let t = 0; t < T; t++) {
      const next = tf.tidy(() => {
        const s = steps.step(t, state);
        const alpha = tf.reshape(s.logAlpha, [N, B]);
        let w = tf.add(logW, mask ? tf.mul(alpha, tf.tensor1d(mask[t])) : alpha) as tf.Tensor2D;
        let z = logZ;
        let st = s.state;
        if (N > 1 && t < T - 1 && policy !== 'never') {
          const picks = chooseAncestors(w.dataSync(), N, B, mask ? mask[t] : null, policy, u.subarray(t * B * N, (t + 1) * B * N));
          if (picks.some((p) => p !== null)) {
            picks.forEach((a, b) => a && resamplings.push({ step: t, sequence: b, ancestors: a }));
            const r = tf.tensor1d(picks.map((p) => (p ? 1 : 0)));
            z = tf.add(z, tf.mul(tf.sub(tf.logSumExp(w, 0), Math.log(N)), r)) as tf.Tensor1D;
            w = tf.mul(w, tf.sub(1, r)) as tf.Tensor2D;
            const A = ancestorMatrix(picks, N, B);
            st = st.map((v) => tf.matMul(A, v));
          }
        }
        return { w, z, st };
      });
      const kept = new Set([next.w, next.z, ...next.st]);
      tf.dispose([logW, logZ, ...state].filter((v) => !kept.has(v)));
      [logW, logZ, state] = [next.w, next.z, next.st];
    }
    return tf.add(logZ, tf.sub(tf.logSumExp(logW, 0), Math.log(N))) as tf.Tensor1D;
  });
  return { bound, resamplings };
}

/**
 * The FIVO objective with N particles: loss = −mean_b log p̂(x_b) (see {@link fivoBound}). Its
 * gradient drops the resampling terms, as in the paper.
 * @param particles Number of particles N.
 */
export function fivoObjective(particles: number): Objective {
  if (!Number.isInteger(particles) || particles < 1) {
    throw new Error(`fivo: particles must be a positive integer, found ${particles}`);
  }
  return {
    name: `fivo(${particles})`,
    loss: (model, x, options = {}) => tf.tidy(() => tf.neg(tf.mean(fivoBound(model, x, { ...options, particles }).bound)) as tf.Scalar),
  };
}

import * as tf from '@tensorflow/tfjs-core';
import { unstackRows } from '@probseq/backend';
import { DiagGaussian, kl, type Distribution } from '@probseq/distributions';
import { Module, activate, affine } from '@probseq/nn';
import { GRUCell, LSTMCell, scan } from '@probseq/rnn';
import { ConditionalGaussian, Decoder, FeatureExtractor, splitLocScale } from '@probseq/vae';
import { resolveVRNNConfig, type VRNNConfig, type VRNNOptions } from './config';
import { importanceLogLikelihood } from './importance';
import { resolveObjective, type Objective } from './objectives';
import { loadModelFiles, saveModelFiles, type ModelSource, type ModelTarget } from './persistence';
import type {
  ElboOptions,
  LogLikelihoodOptions,
  LogWeightOptions,
  SequenceElbo,
  SequenceModel,
  SequenceOptions,
} from './sequence-model';
import { SplitInputCell, type GateWeights, type SplitState } from './split-input-cell';
import { checkMask, checkNoise, checkSequence } from './validate-input';
import { engineVrnnTerms, type EngineTerms, type VrnnModules } from './engine-vrnn';
import { getKernelEngine } from '@probseq/backend';
import type { FivoResult, ParticleFilterOptions, ParticleOptions, ParticleSteps } from './fivo';
import { vrnnParticleSteps } from './vrnn-particle-steps';
import { dropInputs } from './input-dropout';
import { engineParticleFilter } from './engine-particle-filter';
import { engineVrnnSample } from './engine-vrnn-sample';

/** The recurrent cell of a VRNN or RNN baseline (and of the smoothing posterior's backward RNN). */
export type Cell = LSTMCell | GRUCell;

/** Options of `sample`. */
export interface SampleOptions {
  /** Number of time steps T. */
  steps: number;
  /** Number of sequences B (default 1). */
  batch?: number;
  /** Seed (unset: fresh randomness). */
  seed?: number;
  /** Feed back the decoder mean instead of a sample of x_t (default false). */
  mean?: boolean;
}

/** Options of `loss`. */
export interface LossOptions extends ElboOptions {
  /** `'elbo'` (default), `'iwae(K)'`, `'fivo(N)'`, another registered name, or an {@link Objective}. */
  objective?: string | Objective;
}

/** The per-step terms of one pass over x, before reduction. */
interface Pass {
  kl: tf.Tensor2D;
  nll: tf.Tensor2D;
  logRatio: tf.Tensor2D;
  decoder: Distribution;
}

/**
 * The Variational RNN (Chung et al. 2015). With h_0 = 0 and for t = 1 … T:
 *
 *   prior      z_t ~ N(μ_0,t, diag σ²_0,t),  [μ_0,t, σ_0,t] = φ^prior(h_{t−1})          (5)
 *   generation x_t | z_t ~ p(x | φ^dec(φz(z_t), h_{t−1}))                              (6)
 *   recurrence h_t = f(φx(x_t), φz(z_t), h_{t−1})  (LSTM or GRU)                        (7)
 *   posterior  z_t | x_t ~ N(μ_z,t, diag σ²_z,t),  [μ_z,t, σ_z,t] = φ^enc(φx(x_t), h_{t−1})  (9)
 *
 * and the ELBO Σ_t E_q[−KL(q(z_t|·) ‖ p(z_t|h_{t−1})) + log p(x_t | z_≤t, x_<t)]   (11)
 * with the KL in closed form and one reparameterised z_t = μ_z,t + σ_z,t·ε_t.
 * `posterior: 'smoothing'` adds a_t, the output of a backward RNN over φx(x_≥t), to the encoder input.
 *
 * φx(x) for all steps, the input half of the recurrence and of the encoder's first layer are computed
 * before the time loop; the prior, decoder, KL and likelihood for all steps in one batched pass after it.
 *
 * @example
 * ```ts
 * const model = new VRNN({ xDim: 88, hDim: 128, zDim: 32, output: 'bernoulli' });
 * const opt = tf.train.adam(1e-3);
 * opt.minimize(() => model.loss(x, { mask })); // x [T, B, 88], mask [T, B]
 * const ll = model.logLikelihood(x, { samples: 100, mask }); // [B] nats
 * ```
 */
export class VRNN extends Module implements SequenceModel {
  /** The resolved configuration (stored with saved weights). */
  readonly config: VRNNConfig;
  /** φx. */
  readonly phiX: FeatureExtractor;
  /** φz. */
  readonly phiZ: FeatureExtractor;
  /** p(z_t | h_{t−1}). */
  readonly prior: ConditionalGaussian;
  /** q(z_t | φx(x_t), [a_t,] h_{t−1}); input order [φx(x_t), a_t, h_{t−1}]. */
  readonly encoder: ConditionalGaussian;
  /** p(x_t | φz(z_t), h_{t−1}); input order [φz(z_t), h_{t−1}]. */
  readonly decoder: Decoder;
  /** f, reading [φx(x_t), φz(z_t)]. */
  readonly cell: Cell;
  /** The backward RNN over φx(x) of the smoothing posterior (null when filtering). */
  readonly backward: Cell | null;
  /** Whether inputs are scanned for NaN/∞ (one read of x per call; default true). */
  checkFinite = true;

  constructor(options: VRNNOptions) {
    super();
    const c = resolveVRNNConfig(options);
    this.config = c;
    const s = c.seed;
    const common = { minScale: c.minScale };
    this.phiX = this.registerModule('phiX', new FeatureExtractor(c.xDim, c.phiXHidden, { seed: s }));
    this.phiZ = this.registerModule('phiZ', new FeatureExtractor(c.zDim, c.phiZHidden, { seed: s + 100 }));
    const mx = this.phiX.outFeatures;
    const mz = this.phiZ.outFeatures;
    this.prior = this.registerModule('prior', new ConditionalGaussian(c.hDim, c.priorHidden, c.zDim, { ...common, seed: s + 200 }));
    const a = c.posterior === 'smoothing' ? c.smoothingHidden : 0;
    this.encoder = this.registerModule(
      'encoder',
      new ConditionalGaussian(mx + a + c.hDim, c.encoderHidden, c.zDim, { ...common, seed: s + 300 }),
    );
    this.decoder = this.registerModule(
      'decoder',
      new Decoder(mz + c.hDim, c.decoderHidden, c.xDim, {
        ...common,
        output: c.output,
        mixtureComponents: c.mixtureComponents,
        seed: s + 400,
      }),
    );
    const Ctor = c.cell === 'lstm' ? LSTMCell : GRUCell;
    this.cell = this.registerModule('cell', new Ctor(mx + mz, c.hDim, { seed: s + 500 }));
    this.backward = a > 0 ? this.registerModule('backward', new Ctor(mx, a, { seed: s + 600 })) : null;
  }

  private check(where: string, x: tf.Tensor, options: SequenceOptions): [tf.Tensor3D, tf.Tensor2D | undefined] {
    const xs = checkSequence(where, x, this.config.xDim, this.checkFinite);
    return [xs, checkMask(where, options.mask, xs)];
  }

  /** The module tree the kernel engine's graph reads. */
  private engineModules(): VrnnModules {
    return {
      phiX: this.phiX,
      phiZ: this.phiZ,
      prior: this.prior,
      encoder: this.encoder,
      decoder: this.decoder as unknown as VrnnModules['decoder'],
      cell: this.cell,
      backward: this.backward,
    };
  }

  /**
   * The per-step terms from one op on the WASM kernel engine (see engine-vrnn.ts) while it runs; else null
   * (the tfjs path, {@link pass}). Not tidied.
   */
  private engineTerms(
    x: tf.Tensor3D,
    mask: tf.Tensor2D | undefined,
    noise: tf.Tensor | undefined,
    seed: number | undefined,
    want: { kl?: boolean; logRatio?: boolean; decoderRaw?: boolean } = {},
    copies = 1,
    inputs: tf.Tensor3D | null = null,
  ): EngineTerms | null {
    const engine = getKernelEngine();
    if (!engine) return null;
    const eps = (noise as tf.Tensor3D | undefined) ?? { seed };
    return engineVrnnTerms(engine, this.engineModules(), x, eps, mask, want, copies, inputs);
  }

  /**
   * One pass: the per-step KL, NLL and log p(z)/q(z) (masked), and the decoder distributions; φx reads
   * `inputs` (x under input dropout) where given. Not tidied.
   */
  private pass(
    x: tf.Tensor3D,
    mask: tf.Tensor2D | undefined,
    noise: tf.Tensor | undefined,
    seed: number | undefined,
    inputs: tf.Tensor3D | null = null,
  ): Pass {
    const c = this.config;
    const [T, B] = x.shape;
    const fx = this.phiX.apply(inputs ?? x);
    let encStatic = fx;
    if (this.backward) {
      const a = scan(this.backward, fx as tf.Tensor3D, { reverse: true, mask }).outputs;
      encStatic = tf.concat([fx, a], 2);
    }
    // The encoder's first layer splits into a static part (hoisted) and an h_{t−1} part (in the loop).
    const S = encStatic.shape[2] as number;
    const first = this.encoder.layers[0] ?? this.encoder.head.linear;
    const E = first.outFeatures;
    const wStatic = tf.slice(first.weight, [0, 0], [S, E]);
    const wH = tf.slice(first.weight, [S, 0], [c.hDim, E]);
    const encPreAll = tf.reshape(affine(tf.reshape(encStatic, [T * B, S]), wStatic, first.bias), [T, B, E]) as tf.Tensor3D;
    const epsAll = (noise ?? tf.randomNormal([T, B, c.zDim], 0, 1, 'float32', seed)) as tf.Tensor3D;
    let H: tf.Tensor, Z: tf.Tensor, qLocAll: tf.Tensor, qScaleAll: tf.Tensor, fzAll: tf.Tensor;
    {
      const encPre = unstackRows(encPreAll);
      const split = new SplitInputCell(c.cell, this.cell as unknown as GateWeights, this.phiX.outFeatures);
      const cellPre = split.precompute(fx);
      const eps = unstackRows(epsAll);
      const maskCols = mask ? unstackRows(tf.expandDims(mask, 2)) : null;
      const enc = this.encoder;

      let state: SplitState = { h: tf.zeros([B, c.hDim]) };
      if (c.cell === 'lstm') state.c = tf.zeros([B, c.hDim]);
      const hs: tf.Tensor[] = [];
      const qLocs: tf.Tensor[] = [];
      const qScales: tf.Tensor[] = [];
      const zs: tf.Tensor[] = [];
      const fzs: tf.Tensor[] = [];
      for (let t = 0; t < T; t++) {
        const h = state.h;
        hs.push(h);
        const pre = affine(h, wH, encPre[t]);
        let qLoc: tf.Tensor;
        let qScale: tf.Tensor;
        if (enc.layers.length > 0) {
          let y = activate(pre, enc.activation);
          for (let l = 1; l < enc.layers.length; l++) y = activate(enc.layers[l].apply(y), enc.activation);
          [qLoc, qScale] = enc.head.locScale(y);
        } else {
          [qLoc, qScale] = splitLocScale(pre, enc.head.minScale);
        }
        const z = tf.add(qLoc, tf.mul(qScale, eps[t]));
        const fz = this.phiZ.apply(z);
        qLocs.push(qLoc);
        qScales.push(qScale);
        zs.push(z);
        fzs.push(fz);
        const next = split.step(state, cellPre[t], fz as tf.Tensor2D);
        if (maskCols) {
          const m = maskCols[t];
          next.h = tf.add(state.h, tf.mul(m, tf.sub(next.h, state.h))) as tf.Tensor2D;
          if (next.c && state.c) next.c = tf.add(state.c, tf.mul(m, tf.sub(next.c, state.c))) as tf.Tensor2D;
        }
        state = next;
      }
      H = tf.stack(hs);
      Z = tf.stack(zs);
      qLocAll = tf.stack(qLocs);
      qScaleAll = tf.stack(qScales);
      fzAll = tf.stack(fzs);
    }
    const q = new DiagGaussian(qLocAll, qScaleAll, { validateArgs: false });
    const p = this.prior.distribution(H);
    const decoder = this.decoder.distribution(tf.concat([fzAll, H], 2));
    let klT = kl(q, p);
    let nll = tf.neg(decoder.logProb(x));
    let logRatio = tf.sub(p.logProb(Z), q.logProb(Z));
    if (mask) {
      klT = tf.mul(klT, mask);
      nll = tf.mul(nll, mask);
      logRatio = tf.mul(logRatio, mask);
    }
    return { kl: klT as tf.Tensor2D, nll: nll as tf.Tensor2D, logRatio: logRatio as tf.Tensor2D, decoder };
  }

  /**
   * The ELBO of x `[T, B, xDim]` with per-step KL and NLL (nats). `noise` `[T, B, zDim]` fixes ε;
   * masked steps are excluded.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  elbo(x: tf.Tensor, options: ElboOptions = {}): SequenceElbo {
    const [xs, mask] = this.check('VRNN.elbo', x, options);
    const noise = checkNoise('VRNN.elbo', options.noise, xs.shape[0], xs.shape[1], this.config.zDim);
    return tf.tidy(() => {
      const inputs = dropInputs('VRNN.elbo', xs, options.inputDropout, options.seed);
      const r = this.engineTerms(xs, mask, noise, options.seed, {}, 1, inputs) ?? this.pass(xs, mask, noise, options.seed, inputs);
      const kl = r.kl!;
      const perSequence = tf.neg(tf.sum(tf.add(kl, r.nll), 0)) as tf.Tensor1D;
      return { total: tf.mean(perSequence) as tf.Scalar, perSequence, kl, nll: r.nll };
    });
  }

  /**
   * K importance log-weights `[K, B]`: log p(x, z^k) − log q(z^k | x), z^k reparameterised.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  logWeights(x: tf.Tensor, options: LogWeightOptions): tf.Tensor2D {
    const [xs, mask] = this.check('VRNN.logWeights', x, options);
    const K = options.samples;
    if (!Number.isInteger(K) || K < 1) throw new Error(`VRNN.logWeights: samples must be a positive integer, found ${K}`);
    return tf.tidy(() => {
      const [T, B] = xs.shape;
      const noise = checkNoise('VRNN.logWeights', options.noise, T, K * B, this.config.zDim);
      const inputs = dropInputs('VRNN.logWeights', xs, options.inputDropout, options.seed);
      // The engine takes x once for the K samples' rows k·B + b; the tfjs path reads x tiled K times.
      const tile = <T extends tf.Tensor>(t: T, reps: number[]): T => (K === 1 ? t : (tf.tile(t, reps) as T));
      const r =
        this.engineTerms(xs, mask, noise, options.seed, { kl: false, logRatio: true }, K, inputs) ??
        this.pass(tile(xs, [1, K, 1]), mask && tile(mask, [1, K]), noise, options.seed, inputs && tile(inputs, [1, K, 1]));
      return tf.reshape(tf.sum(tf.sub(r.logRatio!, r.nll), 0), [K, B]) as tf.Tensor2D;
    });
  }

  /**
   * FIVO's particle transition through q (filtering or smoothing), see vrnn-particle-steps.ts. Not tidied.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  particleSteps(x: tf.Tensor, options: ParticleOptions): ParticleSteps {
    const { xs, mask, noise } = this.checkParticles(x, options);
    const inputs = dropInputs('VRNN.particleSteps', xs, options.inputDropout, options.seed);
    return vrnnParticleSteps(this, xs, mask, { particles: options.particles, noise, seed: options.seed, inputs });
  }

  /** x, mask and the fixed noise `[T, N·B, zDim]` of a particle filter, checked. */
  private checkParticles(x: tf.Tensor, options: ParticleOptions): { xs: tf.Tensor3D; mask?: tf.Tensor2D; noise?: tf.Tensor3D } {
    const [xs, mask] = this.check('VRNN.particleSteps', x, options);
    const noise = checkNoise('VRNN.particleSteps', options.noise, xs.shape[0], options.particles * xs.shape[1], this.config.zDim);
    return { xs, mask, noise };
  }

  /**
   * The whole particle filter of FIVO as one op on the WASM kernel engine while it runs (see
   * engine-particle-filter.ts); else null, and `fivoBound` runs {@link particleSteps}. Not tidied.
   * @param x Sequences `[T, B, xDim]` (time-major).
   * @param options Number of particles N, resampling policy and uniforms `[T, B, N]`, mask, seed and fixed noise.
   */
  particleFilter(x: tf.Tensor, options: ParticleFilterOptions): FivoResult | null {
    const engine = getKernelEngine();
    if (!engine) return null;
    const { xs, mask, noise } = this.checkParticles(x, options);
    const inputs = dropInputs('VRNN.particleFilter', xs, options.inputDropout, options.seed) ?? undefined;
    return engineParticleFilter(engine, this.engineModules(), xs, mask, { ...options, noise, inputs });
  }

  /**
   * The importance-sampled estimate log (1/K) Σ_k p(x, z^k)/q(z^k|x) of log p(x) per sequence `[B]`
   * (the paper's "≈" column), evaluated in chunks of samples so large K fits in memory.
   * Its expectation is ≥ the ELBO and it tends to log p(x) as K grows.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  logLikelihood(x: tf.Tensor, options: LogLikelihoodOptions = {}): tf.Tensor1D {
    const [xs, mask] = this.check('VRNN.logLikelihood', x, options);
    const prev = this.checkFinite;
    this.checkFinite = false;
    try {
      return importanceLogLikelihood(this, xs, { ...options, mask });
    } finally {
      this.checkFinite = prev;
    }
  }

  /**
   * The training loss under the chosen objective (default the negative ELBO), mean over the batch.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  loss(x: tf.Tensor, options: LossOptions = {}): tf.Scalar {
    const objective = resolveObjective(options.objective);
    if (objective.name === 'elbo') {
      return tf.tidy(() => tf.neg(this.elbo(x, options).total) as tf.Scalar);
    }
    return objective.loss(this, x, options);
  }

  /**
   * Reconstruction `[T, B, xDim]`: the decoder mean with z_t at the posterior mean (ε = 0).
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  reconstruct(x: tf.Tensor, options: SequenceOptions = {}): tf.Tensor3D {
    const [xs, mask] = this.check('VRNN.reconstruct', x, options);
    return tf.tidy(() => {
      const [T, B] = xs.shape;
      const zero = tf.zeros([T, B, this.config.zDim]);
      const r = this.engineTerms(xs, mask, zero, undefined, { decoderRaw: true });
      if (r) return this.decoder.head.outputDistribution(r.decoderRaw!).mean as tf.Tensor3D;
      return this.pass(xs, mask, zero, undefined).decoder.mean as tf.Tensor3D;
    });
  }

  /** Sequences `[steps, batch, xDim]` from the generative model (prior → decoder → recurrence). */
  sample(options: SampleOptions): tf.Tensor3D {
    const { steps, batch = 1, seed, mean = false } = options;
    if (!Number.isInteger(steps) || steps < 1) throw new Error(`VRNN.sample: steps must be a positive integer, found ${steps}`);
    if (!Number.isInteger(batch) || batch < 1) throw new Error(`VRNN.sample: batch must be a positive integer, found ${batch}`);
    const seedAt = (t: number, k: number) => (seed === undefined ? undefined : seed + 2 * t + k);
    const engine = getKernelEngine();
    if (engine) return engineVrnnSample(engine, this.engineModules(), this.config.xDim, { steps, batch, seed, mean });
    let state = this.cell.initialState(batch) as unknown as tf.NamedTensorMap;
    const xsOut: tf.Tensor[] = [];
    for (let t = 0; t < steps; t++) {
      const out = tf.tidy(() => {
        const h = state.h as tf.Tensor2D;
        const z = this.prior.distribution(h).sample([], seedAt(t, 0));
        const fz = this.phiZ.apply(z);
        const dec = this.decoder.distribution(tf.concat([fz, h], 1));
        const xt = mean ? dec.mean : dec.sample([], seedAt(t, 1));
        const fx = this.phiX.apply(xt);
        const [next] = (this.cell as LSTMCell).step(state as never, tf.concat([fx, fz], 1) as tf.Tensor2D);
        return { xt, next: next as unknown as tf.NamedTensorMap };
      });
      tf.dispose(state);
      state = out.next;
      xsOut.push(out.xt);
    }
    tf.dispose(state);
    const result = tf.stack(xsOut) as tf.Tensor3D;
    tf.dispose(xsOut);
    return result;
  }

  /** Saves the weights and the configuration (tfjs weights-manifest format) to a directory or handler. */
  async save(target: ModelTarget): Promise<void> {
    await saveModelFiles(this, target, { kind: 'vrnn', config: this.config });
  }

  /** Rebuilds a VRNN from files written by {@link VRNN.save} (Node directory, URL, or ArrayBuffers). */
  static async load(source: ModelSource): Promise<VRNN> {
    return loadModelFiles(source, 'vrnn', (config) => new VRNN(config as unknown as VRNNOptions));
  }
}

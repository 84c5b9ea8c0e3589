import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, wasmTensorFrom, wasmTensorView, type KernelEngine } from '@probseq/backend';
import { clipByGlobalNorm } from './clip-by-global-norm';

/** Options of {@link Adam.step}. */
export interface AdamStepOptions {
  /**
   * Clip first: rescale all gradients together so their joint L2 norm is at most `maxNorm`
   * (as {@link clipByGlobalNorm}).
   */
  maxNorm?: number;
}

/** Options of the {@link Adam} constructor (the defaults of torch.optim.Adam; λ = 0 means no weight decay). */
export interface AdamOptions {
  /** Decay of the first moment m (default 0.9). */
  beta1?: number;
  /** Decay of the second moment v (default 0.999). */
  beta2?: number;
  /** Added to √v̂ in the denominator (default 1e-8). */
  epsilon?: number;
  /** Decoupled weight decay λ: each step first scales θ by 1 − lr·λ (default 0: none). */
  weightDecay?: number;
}

/**
 * Adam (Kingma & Ba 2015) with state that can be saved and restored bit-exactly:
 *   m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  θ ← θ − lr · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε);
 * with `weightDecay` λ > 0, decoupled weight decay first (AdamW, Loshchilov & Hutter 2019, as
 * torch.optim.AdamW): θ ← θ · (1 − lr·λ), every parameter.
 * The bias corrections are computed in float64 from the step count t, so a resumed run takes the
 * same steps as an uninterrupted one (tfjs's own Adam recomputes β₁ᵗ differently after setWeights).
 * On the wasm backend with probseq's kernel engine running, each parameter's update is one engine call
 * (the same float32 operations in the same order) instead of ten tfjs kernels.
 *
 * @example
 * ```ts
 * const opt = new Adam(model.trainableParameters(), 1e-3); // AdamW: (…, 1e-3, { weightDecay: 0.01 })
 * const { grads } = tf.variableGrads(() => model.loss(x), opt.params);
 * const norm = opt.step(opt.params.map((p) => grads[p.name]), { maxNorm: 10 }); // norm before clipping
 * ```
 */
export class Adam {
  /** Learning rate; may be changed between steps (a schedule), like a torch param group's `lr`. */
  lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly weightDecay: number;
  /** Number of updates applied so far. */
  t = 0;
  private m: tf.Variable[] = [];
  private v: tf.Variable[] = [];

  /**
   * Zero moments for each parameter; `t` starts at 0.
   * @param params The variables it updates, in the order `step` takes their gradients.
   * @param lr Learning rate.
   * @param options β₁, β₂, ε and the decoupled weight decay λ ({@link AdamOptions}).
   */
  constructor(
    readonly params: tf.Variable[],
    lr: number,
    options: AdamOptions = {},
  ) {
    const { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weightDecay = 0 } = options;
    if (!(weightDecay >= 0) || !Number.isFinite(weightDecay)) throw new Error(`Adam: weightDecay must be a finite number ≥ 0, found ${weightDecay}`);
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    this.weightDecay = weightDecay;
    // tidy disposes the zerosLike tensors; the variables keep their own reference to the data.
    this.m = tf.tidy(() => params.map((p) => tf.variable(tf.zerosLike(p), false)));
    this.v = tf.tidy(() => params.map((p) => tf.variable(tf.zerosLike(p), false)));
  }

  /**
   * Applies one update; `grads[i]` belongs to `params[i]`. Does not dispose the gradients. With
   * `maxNorm`, clips them jointly first; returns the joint gradient norm before clipping (NaN when
   * `maxNorm` is not given).
   * @param grads One gradient per parameter, shaped like it, in the order of `params`.
   */
  step(grads: tf.Tensor[], options: AdamStepOptions = {}): number {
    if (grads.length !== this.params.length)
      throw new Error(`Adam: expected ${this.params.length} gradients, found ${grads.length}`);
    grads.forEach((g, i) => {
      if (g.shape.join() !== this.params[i].shape.join()) {
        throw new Error(`Adam: gradient ${i} has shape [${g.shape}], parameter ${this.params[i].name} has [${this.params[i].shape}]`);
      }
    });
    const { maxNorm } = options;
    if (maxNorm !== undefined && !(maxNorm > 0)) throw new Error(`Adam: maxNorm must be a positive number, found ${maxNorm}`);
    this.t += 1;
    const c1 = 1 - this.beta1 ** this.t;
    const c2 = 1 - this.beta2 ** this.t;
    const engine = getKernelEngine();
    if (engine && grads.every((g) => g.dtype === 'float32')) return this.stepOnEngine(engine, grads, c1, c2, maxNorm);
    let norm = Number.NaN;
    tf.tidy(() => {
      let gs = grads;
      if (maxNorm !== undefined) {
        const clipped = clipByGlobalNorm(gs, maxNorm);
        gs = clipped.grads;
        norm = clipped.globalNorm.dataSync()[0];
      }
      gs.forEach((g, i) => {
        const m = tf.add(tf.mul(this.m[i], this.beta1), tf.mul(g, 1 - this.beta1));
        const v = tf.add(tf.mul(this.v[i], this.beta2), tf.mul(tf.square(g), 1 - this.beta2));
        this.m[i].assign(m);
        this.v[i].assign(v);
        const update = tf.div(tf.div(m, c1), tf.add(tf.sqrt(tf.div(v, c2)), this.epsilon));
        const decayed = this.weightDecay > 0 ? tf.mul(this.params[i], this.decay()) : this.params[i];
        this.params[i].assign(tf.sub(decayed, tf.mul(update, this.lr)));
      });
    });
    return norm;
  }

  private stepOnEngine(engine: KernelEngine, grads: tf.Tensor[], c1: number, c2: number, maxNorm: number | undefined): number {
    const mark = engine.mark();
    try {
      const gAt = grads.map((g) => engine.put(wasmTensorView(g)));
      let scale = 1;
      let norm = Number.NaN;
      if (maxNorm !== undefined) {
        let sq = 0;
        grads.forEach((g, i) => (sq += engine.exports.sum_squares(g.size, gAt[i] * 4)));
        norm = Math.sqrt(sq);
        scale = Math.fround(maxNorm / Math.max(norm, maxNorm));
      }
      tf.tidy(() => {
        this.params.forEach((p, i) => {
          const n = p.size;
          const pAt = engine.put(wasmTensorView(p));
          if (this.weightDecay > 0) {
            // Float32 products, as tf.mul by the float32 factor.
            const heap = engine.heap(), k = this.decay();
            for (let j = pAt; j < pAt + n; j++) heap[j] *= k;
          }
          const mAt = engine.put(wasmTensorView(this.m[i]));
          const vAt = engine.put(wasmTensorView(this.v[i]));
          engine.exports.adam_step(n, pAt * 4, gAt[i] * 4, mAt * 4, vAt * 4, scale, this.lr, this.beta1, 1 - this.beta1,
            this.beta2, 1 - this.beta2, this.epsilon, c1, c2);
          this.m[i].assign(wasmTensorFrom(engine.get(mAt, n), p.shape));
          this.v[i].assign(wasmTensorFrom(engine.get(vAt, n), p.shape));
          p.assign(wasmTensorFrom(engine.get(pAt, n), p.shape));
        });
      });
      return norm;
    } finally {
      engine.release(mark);
    }
  }

  /** The decay factor 1 − lr·λ, rounded to float32. */
  private decay(): number {
    return Math.fround(1 - this.lr * this.weightDecay);
  }

  /** The moment tensors, named `m.<i>` and `v.<i>` (not copies: encode them before the next step). */
  state(): tf.NamedTensorMap {
    const out: tf.NamedTensorMap = {};
    this.m.forEach((m, i) => (out[`m.${i}`] = m));
    this.v.forEach((v, i) => (out[`v.${i}`] = v));
    return out;
  }

  /**
   * Restores moments saved by {@link Adam.state} and the step count.
   * @param state The tensors `state` returned (`m.0`, `v.0`, …), copied into the moments.
   * @param t The step count at the time of saving.
   */
  restore(state: tf.NamedTensorMap, t: number): void {
    this.params.forEach((p, i) => {
      for (const [key, list] of [
        ['m', this.m],
        ['v', this.v],
      ] as const) {
        const s = state[`${key}.${i}`];
        if (!s || s.shape.join() !== p.shape.join()) {
          throw new Error(
            `optimizer state ${key}.${i}: expected shape [${p.shape}], found ${s ? `[${s.shape}]` : 'nothing'}`,
          );
        }
        list[i].assign(s);
      }
    });
    this.t = t;
  }

  dispose(): void {
    tf.dispose([...this.m, ...this.v]);
  }
}


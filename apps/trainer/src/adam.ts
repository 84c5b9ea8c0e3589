import * as tf from '@tensorflow/tfjs-core';

/**
 * Adam (Kingma & Ba 2015) with state that can be saved and restored bit-exactly:
 *   m ← β₁m + (1−β₁)g,  v ← β₂v + (1−β₂)g²,  θ ← θ − lr · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε).
 * The bias corrections are computed in float64 from the step count t, so a resumed run takes the
 * same steps as an uninterrupted one (tfjs's own Adam recomputes β₁ᵗ differently after setWeights).
 */
export class Adam {
  readonly lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** Number of updates applied so far. */
  t = 0;
  private m: tf.Variable[] = [];
  private v: tf.Variable[] = [];

  constructor(
    private readonly params: tf.Variable[],
    lr: number,
    beta1 = 0.9,
    beta2 = 0.999,
    epsilon = 1e-8,
  ) {
    this.lr = lr;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.epsilon = epsilon;
    // tidy disposes the zerosLike tensors; the variables keep their own reference to the data.
    this.m = tf.tidy(() => params.map((p) => tf.variable(tf.zerosLike(p), false)));
    this.v = tf.tidy(() => params.map((p) => tf.variable(tf.zerosLike(p), false)));
  }

  /** Applies one update; `grads[i]` belongs to `params[i]`. Does not dispose the gradients. */
  step(grads: tf.Tensor[]): void {
    if (grads.length !== this.params.length)
      throw new Error(`Adam: expected ${this.params.length} gradients, found ${grads.length}`);
    this.t += 1;
    const c1 = 1 - this.beta1 ** this.t;
    const c2 = 1 - this.beta2 ** this.t;
    tf.tidy(() => {
      grads.forEach((g, i) => {
        const m = tf.add(tf.mul(this.m[i], this.beta1), tf.mul(g, 1 - this.beta1));
        const v = tf.add(tf.mul(this.v[i], this.beta2), tf.mul(tf.square(g), 1 - this.beta2));
        this.m[i].assign(m);
        this.v[i].assign(v);
        const update = tf.div(tf.div(m, c1), tf.add(tf.sqrt(tf.div(v, c2)), this.epsilon));
        this.params[i].assign(tf.sub(this.params[i], tf.mul(update, this.lr)));
      });
    });
  }

  /** The moment tensors, named `m.<i>` and `v.<i>` (not copies: encode them before the next step). */
  state(): tf.NamedTensorMap {
    const out: tf.NamedTensorMap = {};
    this.m.forEach((m, i) => (out[`m.${i}`] = m));
    this.v.forEach((v, i) => (out[`v.${i}`] = v));
    return out;
  }

  /** Restores moments saved by {@link state} and the step count. */
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

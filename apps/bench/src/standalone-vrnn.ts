import * as tf from '@tensorflow/tfjs-core';
import { affine } from '@probseq/nn';
import type { BenchConfig } from './configs';
import { fusedRecurrence } from './fused-recurrence';
import { fusedSample, type SampleDraws, type SampleWeights } from './fused-sample';

/**
 * A self-contained tfjs VRNN with exactly the maths of `shared/peers/torch_vrnn.py` (`forward_hoisted`):
 * LSTM core, φx/φz one ReLU layer, prior/encoder/decoder one hidden ReLU layer, softplus scales + 1e-4,
 * analytic KL, reparameterised z, loss = Σ_t (KL + NLL) / B. Used to profile before `@probseq/vrnn` landed
 * and as the reference for how the real model's time loop can be laid out; weights are `[in, out]`.
 *
 * `recurrence: 'tape'` lets autodiff record every op of the time loop; `'fused'` runs the loop as one
 * `tf.customGrad` op with a hand-written backward pass (same gradients, far fewer recorded ops).
 */
export class StandaloneVRNN {
  readonly params: Record<string, tf.Variable> = {};
  private readonly c: BenchConfig;
  private readonly outDim: number;
  private readonly recurrence: 'tape' | 'fused';

  constructor(c: BenchConfig, opts: { seed?: number; recurrence?: 'tape' | 'fused' } = {}) {
    this.c = c;
    this.recurrence = opts.recurrence ?? 'fused';
    const { xDim: x, hDim: h, zDim: z, mlp: m } = c;
    this.outDim = c.output === 'bernoulli' ? x : 2 * x;
    let seed = opts.seed ?? 0;
    const lin = (name: string, fanIn: number, shape: number[]) => {
      const bound = 1 / Math.sqrt(fanIn);
      this.params[name] = tf.variable(tf.randomUniform(shape, -bound, bound, 'float32', seed++), true);
    };
    const linear = (name: string, i: number, o: number) => {
      lin(`${name}.weight`, i, [i, o]);
      lin(`${name}.bias`, i, [o]);
    };
    linear('phiX', x, m);
    linear('phiZ', z, m);
    linear('prior.0', h, m);
    linear('prior.1', m, 2 * z);
    linear('enc.0', m + h, m); // rows: [φx ; h]
    linear('enc.1', m, 2 * z);
    linear('dec.0', m + h, m); // rows: [φz ; h]
    linear('dec.1', m, this.outDim);
    lin('cell.weightIH', h, [2 * m, 4 * h]); // rows: [φx ; φz], gate columns i, f, g, o
    lin('cell.weightHH', h, [h, 4 * h]);
    lin('cell.biasIH', h, [4 * h]);
    lin('cell.biasHH', h, [4 * h]);
  }

  variables(): tf.Variable[] {
    return Object.values(this.params);
  }

  dispose(): void {
    tf.dispose(this.variables());
  }

  private p(name: string): tf.Tensor {
    return this.params[name];
  }

  /** Negative ELBO Σ_t (KL + NLL) averaged over the batch; `eps` is the posterior noise `[T, B, z]`. */
  loss(xs: tf.Tensor3D, eps: tf.Tensor3D, recurrenceMask?: tf.Tensor2D): tf.Scalar {
    return tf.tidy(() => {
      const [T, B] = xs.shape;
      const { hDim: H, zDim: Z, mlp: M } = this.c;
      const fx = tf.relu(affine(tf.reshape(xs, [T * B, -1]), this.p('phiX.weight'), this.p('phiX.bias')));
      const [we1x, we1h] = tf.split(this.p('enc.0.weight'), [M, H], 0);
      const [wihx, wihz] = tf.split(this.p('cell.weightIH'), [M, M], 0);
      const encX = tf.reshape(affine(fx, we1x, this.p('enc.0.bias')), [T, B, M]) as tf.Tensor3D;
      const gX = tf.reshape(
        affine(fx, wihx, tf.add(this.p('cell.biasIH'), this.p('cell.biasHH'))),
        [T, B, 4 * H],
      ) as tf.Tensor3D;
      const whCat = tf.concat([we1h, this.p('cell.weightHH')], 1);
      const weights: RecurrentWeights = {
        whCat, we2: this.p('enc.1.weight'), be2: this.p('enc.1.bias'), wz: this.p('phiZ.weight'), bz: this.p('phiZ.bias'), wihz,
      };
      let Hs: tf.Tensor, qm: tf.Tensor, qs: tf.Tensor, fz: tf.Tensor;
      if (this.recurrence === 'fused') {
        ({ h: Hs, qLoc: qm, qScale: qs, fz } = fusedRecurrence(encX, gX, eps, weights, { mask: recurrenceMask }));
      } else {
        // packed [T, B, H + Z + Z + M] = [h_{t-1}, qm, qs, φz]
        [Hs, qm, qs, fz] = tf.split(recurrentTape(encX, gX, eps, weights, recurrenceMask), [H, Z, Z, M], 2);
      }
      const Hs2 = tf.reshape(Hs, [T * B, H]);
      const p1 = tf.relu(affine(Hs2, this.p('prior.0.weight'), this.p('prior.0.bias')));
      const pr = affine(p1, this.p('prior.1.weight'), this.p('prior.1.bias'));
      const [pm, praw] = tf.split(pr, 2, 1);
      const ps = tf.add(tf.softplus(praw), 1e-4);
      const d1 = tf.relu(affine(tf.concat([tf.reshape(fz, [T * B, M]), Hs2], 1), this.p('dec.0.weight'), this.p('dec.0.bias')));
      const d = affine(d1, this.p('dec.1.weight'), this.p('dec.1.bias'));
      const x2 = tf.reshape(xs, [T * B, -1]);
      let nll: tf.Tensor;
      if (this.c.output === 'bernoulli') {
        // BCE with logits: softplus(d) − x·d
        nll = tf.sum(tf.sub(tf.softplus(d), tf.mul(x2, d)));
      } else {
        const [dm, draw] = tf.split(d, 2, 1);
        const ds = tf.add(tf.softplus(draw), 1e-4);
        const zsq = tf.square(tf.div(tf.sub(x2, dm), ds));
        nll = tf.add(tf.sum(tf.add(tf.mul(zsq, 0.5), tf.log(ds))), 0.5 * Math.log(2 * Math.PI) * x2.size);
      }
      const qm2 = tf.reshape(qm, [T * B, Z]);
      const qs2 = tf.reshape(qs, [T * B, Z]);
      const kl = tf.sum(
        tf.sub(
          tf.add(tf.log(tf.div(ps, qs2)), tf.div(tf.add(tf.square(qs2), tf.square(tf.sub(qm2, pm))), tf.mul(tf.square(ps), 2))),
          0.5,
        ),
      );
      return tf.div(tf.add(kl, nll), B) as tf.Scalar;
    });
  }

  /** Ancestral sampling from the prior for `steps` steps; Bernoulli outputs are sampled, Gaussian give the mean. */
  sample(steps: number, batch: number, seed: number): tf.Tensor3D {
    const { hDim: H, mlp: M } = this.c;
    const lin = (n: string): [tf.Tensor, tf.Tensor] => [this.p(`${n}.weight`), this.p(`${n}.bias`)];
    const weights: SampleWeights = {
      prior1: lin('prior.0'),
      phiZ: lin('phiZ'),
      dec1: lin('dec.0'),
      phiX: lin('phiX'),
      cell: { weightIH: this.p('cell.weightIH'), weightHH: this.p('cell.weightHH'), biasIH: this.p('cell.biasIH'), biasHH: this.p('cell.biasHH') },
    };
    const draws: SampleDraws = {
      z: (t, p1) => {
        const [pm, praw] = tf.split(affine(p1, this.p('prior.1.weight'), this.p('prior.1.bias')), 2, 1);
        const eps = tf.randomNormal(pm.shape, 0, 1, 'float32', seed + 2 * t);
        return tf.add(pm, tf.mul(tf.add(tf.softplus(praw), 1e-4), eps)) as tf.Tensor2D;
      },
      x: (t, d1) => {
        const d = affine(d1, this.p('dec.1.weight'), this.p('dec.1.bias'));
        if (this.c.output !== 'bernoulli') return tf.split(d, 2, 1)[0] as tf.Tensor2D;
        const u = tf.randomUniform(d.shape, 0, 1, 'float32', seed + 2 * t + 1);
        return tf.cast(tf.less(u, tf.sigmoid(d)), 'float32') as tf.Tensor2D;
      },
    };
    void H;
    void M;
    return fusedSample(weights, draws, steps, batch);
  }
}

interface RecurrentWeights {
  whCat: tf.Tensor; // [H, M + 4H] = [enc.0 weight rows for h | weightHH]
  we2: tf.Tensor;
  be2: tf.Tensor;
  wz: tf.Tensor;
  bz: tf.Tensor;
  wihz: tf.Tensor;
}

function lstmPointwise(g: tf.Tensor, c: tf.Tensor, H: number): [tf.Tensor2D, tf.Tensor2D] {
  const [gi, gf, gg, go] = tf.split(g, [H, H, H, H], 1);
  const cNew = tf.add(tf.mul(tf.sigmoid(gf), c), tf.mul(tf.sigmoid(gi), tf.tanh(gg)));
  const hNew = tf.mul(tf.sigmoid(go), tf.tanh(cNew));
  return [hNew as tf.Tensor2D, cNew as tf.Tensor2D];
}

/** The time loop with autodiff recording every op. Returns `[T, B, H + 2Z + M]` = [h_{t-1}, qm, qs, φz]. */
function recurrentTape(encX: tf.Tensor3D, gX: tf.Tensor3D, eps: tf.Tensor3D, w: RecurrentWeights, mask?: tf.Tensor2D): tf.Tensor3D {
  const [T, B, M] = encX.shape;
  const H = w.whCat.shape[0];
  const encXs = tf.unstack(encX);
  const gXs = tf.unstack(gX);
  const epss = tf.unstack(eps);
  const ms = mask ? tf.unstack(tf.expandDims(mask, 2)) : null;
  let h: tf.Tensor2D = tf.zeros([B, H]);
  let c: tf.Tensor2D = tf.zeros([B, H]);
  const rows: tf.Tensor[] = [];
  for (let t = 0; t < T; t++) {
    const hp = tf.matMul(h, w.whCat);
    const [he, hg] = tf.split(hp, [M, 4 * H], 1);
    const e1 = tf.relu(tf.add(encXs[t], he));
    const q = tf.fused.matMul({ a: e1, b: w.we2, bias: w.be2 });
    const [qm, qraw] = tf.split(q, 2, 1);
    const qs = tf.add(tf.softplus(qraw), 1e-4);
    const zt = tf.add(qm, tf.mul(qs, epss[t]));
    const fz = tf.fused.matMul({ a: zt, b: w.wz, bias: w.bz, activation: 'relu' });
    rows.push(tf.concat([h, qm, qs, fz], 1));
    const g = tf.add(tf.add(gXs[t], hg), tf.matMul(fz, w.wihz));
    const [hN, cN] = lstmPointwise(g, c, H);
    h = ms ? (tf.add(h, tf.mul(ms[t], tf.sub(hN, h))) as tf.Tensor2D) : hN;
    c = ms ? (tf.add(c, tf.mul(ms[t], tf.sub(cN, c))) as tf.Tensor2D) : cN;
  }
  return tf.stack(rows) as tf.Tensor3D;
}

/** Scales `grads` so their global L2 norm is at most `maxNorm` (torch's `clip_grad_norm_`, no sync read). */
export function clipGlobalNorm(grads: tf.NamedTensorMap, maxNorm: number): Record<string, tf.Variable> {
  return tf.tidy(() => {
    const names = Object.keys(grads);
    const sq = tf.addN(names.map((n) => tf.sum(tf.square(grads[n]))));
    const coef = tf.minimum(tf.div(maxNorm, tf.add(tf.sqrt(sq), 1e-6)), 1);
    const out: Record<string, tf.Variable> = {};
    for (const n of names) out[n] = tf.mul(grads[n], coef) as tf.Variable;
    return out;
  });
}

import * as tf from '@tensorflow/tfjs-core';

type K = tf.Tensor;

/** Weights of the VRNN generative loop; matrices are `[in, out]`. */
export interface SampleWeights {
  /** Prior first layer `[H, P]`, bias `[P]` (ReLU). */
  prior1: [K, K];
  /** φz `[Z, M]`, bias `[M]` (ReLU). */
  phiZ: [K, K];
  /** Decoder first layer `[Mz + H, D]` (rows: φz then h), bias `[D]` (ReLU). */
  dec1: [K, K];
  /** φx `[X, Mx]`, bias `[Mx]` (ReLU). */
  phiX: [K, K];
  /** LSTM `weightIH` `[Mx + Mz, 4H]` (rows: φx then φz), `weightHH` `[H, 4H]`, `biasIH`, `biasHH`. */
  cell: { weightIH: K; weightHH: K; biasIH: K; biasHH: K };
}

/** Layer widths read off the weights: state H (gates G = 4H), prior hidden P, decoder hidden D, φz width Mz, data X, φx width Mx, latent Z. */
export function sampleDims(w: SampleWeights): { H: number; G: number; P: number; D: number; Mz: number; X: number; Mx: number; Z: number } {
  const [H, G] = w.cell.weightHH.shape as [number, number];
  const [MzH, D] = w.dec1[0].shape as [number, number];
  const [X, Mx] = w.phiX[0].shape as [number, number];
  return { H, G, P: w.prior1[0].shape[1] as number, D, Mz: MzH - H, X, Mx, Z: w.phiZ[0].shape[0] as number };
}

/** The draws of one step: given the prior's hidden features, z_t; given the decoder's, x_t. */
export interface SampleDraws {
  z(t: number, priorFeatures: tf.Tensor2D): tf.Tensor2D;
  x(t: number, decoderFeatures: tf.Tensor2D): tf.Tensor2D;
}

const engine = () => tf.engine();
function rk(name: string, inputs: tf.NamedTensorMap | K[], attrs: Record<string, unknown> = {}): K {
  return engine().runKernel(name, inputs as tf.NamedTensorMap, attrs as never) as K;
}
const add = (a: K, b: K) => rk('Add', { a, b });
const mul = (a: K, b: K) => rk('Multiply', { a, b });
const mm = (a: K, b: K) => rk('BatchMatMul', { a, b }, { transposeA: false, transposeB: false });
const fmm = (a: K, b: K, bias: K, activation: 'linear' | 'relu') =>
  rk('_FusedMatMul', { a, b, bias }, { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 });
const slice = (x: K, begin: number[], size: number[]) => rk('Slice', { x }, { begin, size });
const unary = (name: string, x: K) => rk(name, { x });
const reshape = (x: K, shape: number[]) => rk('Reshape', { x }, { shape });

/**
 * Ancestral sampling from the VRNN's generative model (LSTM core, one-layer φx, φz, prior and
 * decoder hidden layers) with `steps` steps for `batch` sequences; returns `[steps, batch, X]`.
 *
 * h_{t−1} feeds the prior's first layer, the h half of the decoder's first layer and the LSTM's
 * recurrent gates: these are one matmul per step, `h·[W_p1 | W_d1h | W_hh]`. The remaining layers
 * run as fused matmul + bias + ReLU kernels, called directly (no op wrappers or tidy per step).
 * `draws` produces z_t and x_t from the prior and decoder features, so the caller's distribution
 * heads (and their seeded noise streams) are used unchanged.
 */
export function fusedSample(w: SampleWeights, draws: SampleDraws, steps: number, batch: number): tf.Tensor3D {
  return tf.tidy(() => {
    const { H, G, P, D, Mz, X, Z } = sampleDims(w);
    const r3 = (x: K) => tf.reshape(x, [1, ...x.shape]);
    const whAll = r3(tf.concat([w.prior1[0], tf.slice(w.dec1[0], [Mz, 0], [H, D]), w.cell.weightHH], 1));
    const bAll = tf.concat([w.prior1[1], w.dec1[1], tf.add(w.cell.biasIH, w.cell.biasHH)]);
    const wd1z = r3(tf.slice(w.dec1[0], [0, 0], [Mz, D]));
    const wih = r3(w.cell.weightIH);
    const wz = r3(w.phiZ[0]);
    const wx = r3(w.phiX[0]);
    let h: K = tf.zeros([1, batch, H]);
    let c: K = tf.zeros([1, batch, H]);
    const out: K[] = [];
    for (let t = 0; t < steps; t++) {
      // One scope per step keeps memory flat over long samples.
      const next = tf.tidy(() => {
      const hp = fmm(h, whAll, bAll, 'linear');
      const p1 = unary('Relu', slice(hp, [0, 0, 0], [1, batch, P]));
      const zt = draws.z(t, reshape(p1, [batch, P]) as tf.Tensor2D);
      const fz = fmm(reshape(zt, [1, batch, Z]), wz, w.phiZ[1], 'relu');
      const d1 = unary('Relu', add(mm(fz, wd1z), slice(hp, [0, 0, P], [1, batch, D])));
      const xt = draws.x(t, reshape(d1, [batch, D]) as tf.Tensor2D);
      const fx = fmm(reshape(xt, [1, batch, X]), wx, w.phiX[1], 'relu');
      const g = add(mm(rk('Concat', [fx, fz], { axis: 2 }), wih), slice(hp, [0, 0, P + D], [1, batch, G]));
      const sg = unary('Sigmoid', g);
      const tg = unary('Tanh', slice(g, [0, 0, 2 * H], [1, batch, H]));
      const cNew = add(mul(slice(sg, [0, 0, H], [1, batch, H]), c), mul(slice(sg, [0, 0, 0], [1, batch, H]), tg));
      return { xt, c: cNew, h: mul(slice(sg, [0, 0, 3 * H], [1, batch, H]), unary('Tanh', cNew)) };
      });
      tf.dispose([h, c]);
      ({ h, c } = next);
      out.push(next.xt);
    }
    return tf.stack(out) as tf.Tensor3D;
  });
}

import * as tf from '@tensorflow/tfjs-core';
import type { KernelEngine } from '@probseq/backend';
import { customOp, type OpPass } from './custom-op';
import {
  allocLoop,
  engineCopy,
  engineTensor,
  packWeight,
  runLoop,
  runLoopBackward,
  type LoopBuffers,
  type LoopDims,
} from './engine-recurrence';

type K = tf.Tensor;

/** A linear layer's parameters, weight `[in, out]` and bias `[out]`. */
export interface LinearParams {
  weight: K;
  bias: K;
}

/**
 * The parameters of a VRNN with an LSTM core, a filtering posterior and one ReLU hidden layer in φx, φz,
 * prior, encoder and decoder (rows of concatenated inputs in the model's order: encoder [φx | h],
 * decoder [φz | h], LSTM input [φx | φz]).
 */
export interface ElboParams {
  phiX: LinearParams;
  enc1: LinearParams;
  encHead: LinearParams;
  phiZ: LinearParams;
  prior1: LinearParams;
  priorHead: LinearParams;
  dec1: LinearParams;
  decHead: LinearParams;
  weightIH: K;
  weightHH: K;
  biasIH: K;
  biasHH: K;
}

/** Observation model and the scale floor shared by every Gaussian (softplus(ρ) + minScale). */
export interface ElboSettings {
  output: 'bernoulli' | 'gaussian';
  minScale: number;
}

interface Dims extends LoopDims {
  X: number;
  Mx: number;
  P: number;
  D: number;
  Xo: number;
  R: number;
  G: number;
  L: number;
}

const PARAM_ORDER = (p: ElboParams): K[] => [
  p.phiX.weight, p.phiX.bias, p.enc1.weight, p.enc1.bias, p.encHead.weight, p.encHead.bias, p.phiZ.weight, p.phiZ.bias,
  p.prior1.weight, p.prior1.bias, p.priorHead.weight, p.priorHead.bias, p.dec1.weight, p.dec1.bias, p.decHead.weight,
  p.decHead.bias, p.weightIH, p.weightHH, p.biasIH, p.biasHH,
];

/**
 * The VRNN's per-step KL(q ‖ prior) and −log p(x_t | ·), `[T, B]` each (masked steps 0), as ONE
 * differentiable op on probseq's WASM kernel engine: φx for all steps, the time loop, the prior and
 * decoder for all steps, both losses — and the hand-written backward pass of all of it — run as direct
 * engine calls (GEMMs split over its threads, fused pointwise kernels), with no tfjs kernel in between.
 * Equations as in `VRNN` (eqs. 5–11 of Chung et al. 2015); x `[T, B, X]`, eps `[T, B, Z]`, mask `[T, B]`.
 */
export function engineElbo(
  engine: KernelEngine,
  x: tf.Tensor3D,
  eps: tf.Tensor3D,
  mask: tf.Tensor2D | undefined,
  params: ElboParams,
  settings: ElboSettings,
): { kl: tf.Tensor2D; nll: tf.Tensor2D } {
  const [T, B, X] = x.shape;
  const Mx = params.phiX.weight.shape[1] as number;
  const E = params.enc1.weight.shape[1] as number;
  const Z = (params.encHead.weight.shape[1] as number) / 2;
  const Mz = params.phiZ.weight.shape[1] as number;
  const H = params.weightHH.shape[0] as number;
  const P = params.prior1.weight.shape[1] as number;
  const D = params.dec1.weight.shape[1] as number;
  const Xo = params.decHead.weight.shape[1] as number;
  const d: Dims = { T, B, E, H, Z, M: Mz, X, Mx, P, D, Xo, R: T * B, G: 4 * H, L: E + 4 * H };
  const inputs = [x, eps, ...PARAM_ORDER(params), ...(mask ? [mask] : [])];
  const outs = customOp(inputs, (save, recording) => forward(engine, d, settings, inputs, save, recording));
  return { kl: outs[0] as tf.Tensor2D, nll: outs[1] as tf.Tensor2D };
}

/** The forward pass's values that its backward pass reads: φx(x), the loop's buffers, prior and decoder layers. */
interface Activations {
  FX: number;
  loop: LoopBuffers;
  PH: number;
  PQ: number;
  DH: number;
  DO: number;
}

function allocActivations(engine: KernelEngine, d: Dims, keep: boolean, eps: number, mask: number): Activations {
  return {
    FX: engine.alloc(d.R * d.Mx),
    loop: allocLoop(engine, d, keep, eps, mask),
    PH: engine.alloc(d.R * d.P),
    PQ: engine.alloc(d.R * 2 * d.Z),
    DH: engine.alloc(d.R * d.D),
    DO: engine.alloc(d.R * d.Xo),
  };
}

/**
 * The same layout moved by `by` floats. eps and mask are not part of the block (zeroed); ACT and TC stay
 * 0 when absent (they never sit at the block's start, where FX is).
 */
function shiftActivations(a: Activations, by: number): Activations {
  const m = (o: number) => o + by;
  const l = a.loop;
  return {
    FX: m(a.FX), PH: m(a.PH), PQ: m(a.PQ), DH: m(a.DH), DO: m(a.DO),
    loop: {
      P: m(l.P), HS: m(l.HS), CS: m(l.CS), Q: m(l.Q), QM: m(l.QM), QS: m(l.QS), ZT: m(l.ZT), FZ: m(l.FZ),
      ACT: l.ACT ? m(l.ACT) : 0, TC: l.TC ? m(l.TC) : 0, eps: 0, mask: 0,
    },
  };
}

/** Engine offsets of the parameters (copied in; weights plain row-major). */
interface ParamsIn {
  Wx: number; bx: number; We1: number; be1: number; We2: number; be2: number; Wz: number; bz: number;
  Wp1: number; bp1: number; Wp2: number; bp2: number; Wd1: number; bd1: number; Wd2: number; bd2: number;
  Wih: number; Whh: number; bih: number; bhh: number;
}

function paramsIn(engine: KernelEngine, ts: K[]): ParamsIn {
  const [Wx, bx, We1, be1, We2, be2, Wz, bz, Wp1, bp1, Wp2, bp2, Wd1, bd1, Wd2, bd2, Wih, Whh, bih, bhh] = ts.map((t) =>
    engineCopy(engine, t),
  );
  return { Wx, bx, We1, be1, We2, be2, Wz, bz, Wp1, bp1, Wp2, bp2, Wd1, bd1, Wd2, bd2, Wih, Whh, bih, bhh };
}

/** [W_e1h | W_hh] `[H, E + 4H]`: the h rows of the encoder's first layer beside the LSTM's recurrent weights. */
function hWeights(engine: KernelEngine, d: Dims, p: ParamsIn): number {
  const at = engine.alloc(d.H * d.L);
  engine.exports.copy_block(d.H, d.E, (p.We1 + d.Mx * d.E) * 4, d.E, at * 4, d.L);
  engine.exports.copy_block(d.H, d.G, p.Whh * 4, d.G, (at + d.E) * 4, d.L);
  return at;
}

function forward(
  engine: KernelEngine,
  d: Dims,
  s: ElboSettings,
  inputs: K[],
  save: tf.GradSaveFunc,
  recording: boolean,
): OpPass {
  const { T, B, R, X, Mx, E, G, L, H, Z, M, P, D, Xo } = d;
  const ex = engine.exports;
  const [xT, epsT, ...rest] = inputs;
  const maskT = rest.length > 20 ? rest[20] : undefined;
  const mark = engine.mark();
  try {
    const x = engineCopy(engine, xT);
    const mask = maskT ? engineCopy(engine, maskT) : 0;
    const eps = engineCopy(engine, epsT);
    const p = paramsIn(engine, rest.slice(0, 20));
    const bG = engine.put(engine.get(p.bih, G));
    ex.add_into(G, p.bhh * 4, bG * 4);
    const wh = hWeights(engine, d, p);
    const loopWeights = {
      wh: engine.packB(wh, L, 1, H, L), w2: engine.packB(p.We2, 2 * Z, 1, E, 2 * Z), b2: p.be2,
      wz: engine.packB(p.Wz, M, 1, Z, M), bz: p.bz, wiz: engine.packB(p.Wih + Mx * G, G, 1, M, G),
    };
    // Everything the backward pass reads, in one contiguous block: it leaves and returns as one tensor.
    const base = engine.mark();
    const a = allocActivations(engine, d, recording, eps, mask);
    const end = engine.mark();
    const b = a.loop;
    engine.gemm({ m: R, n: Mx, k: X, a: x, ai: X, ap: 1, b: p.Wx, bk: Mx, bj: 1, c: a.FX, ldc: Mx, bias: p.bx, relu: true });
    engine.gemm({ m: R, n: E, k: Mx, a: a.FX, ai: Mx, ap: 1, b: p.We1, bk: E, bj: 1, c: b.P, ldc: L, bias: p.be1 });
    engine.gemm({ m: R, n: G, k: Mx, a: a.FX, ai: Mx, ap: 1, b: p.Wih, bk: G, bj: 1, c: b.P + E, ldc: L, bias: bG });
    runLoop(engine, d, loopWeights, b, s.minScale);
    // Prior and decoder for all steps at once.
    engine.gemm({ m: R, n: P, k: H, a: b.HS, ai: H, ap: 1, b: p.Wp1, bk: P, bj: 1, c: a.PH, ldc: P, bias: p.bp1, relu: true });
    engine.gemm({ m: R, n: 2 * Z, k: P, a: a.PH, ai: P, ap: 1, b: p.Wp2, bk: 2 * Z, bj: 1, c: a.PQ, ldc: 2 * Z, bias: p.bp2 });
    engine.gemm({ m: R, n: D, k: M, a: b.FZ, ai: M, ap: 1, b: p.Wd1, bk: D, bj: 1, c: a.DH, ldc: D, bias: p.bd1 });
    engine.gemm({ m: R, n: D, k: H, a: b.HS, ai: H, ap: 1, b: p.Wd1 + M * D, bk: D, bj: 1, c: a.DH, ldc: D, beta: 1, relu: true });
    engine.gemm({ m: R, n: Xo, k: D, a: a.DH, ai: D, ap: 1, b: p.Wd2, bk: Xo, bj: 1, c: a.DO, ldc: Xo, bias: p.bd2 });
    const kl = engine.alloc(R);
    const nll = engine.alloc(R);
    ex.gauss_kl(R, Z, b.Q * 4, 2 * Z, a.PQ * 4, 2 * Z, s.minScale, mask * 4, kl * 4);
    if (s.output === 'bernoulli') ex.bernoulli_nll(R, X, a.DO * 4, Xo, x * 4, mask * 4, nll * 4);
    else ex.gauss_nll(R, X, a.DO * 4, Xo, x * 4, s.minScale, mask * 4, nll * 4);
    const value = [engineTensor(engine, kl, [T, B]), engineTensor(engine, nll, [T, B])];
    if (recording) save([engineTensor(engine, base, [end - base]), ...inputs]);
    const layout = shiftActivations(a, -base);
    return { value, gradFunc: (dys, saved) => backward(engine, d, s, dys, saved, layout, !!maskT) };
  } finally {
    engine.release(mark);
  }
}

function backward(engine: KernelEngine, d: Dims, s: ElboSettings, dys: K[], saved: K[], layout: Activations, masked: boolean): K[] {
  const { R, X, Mx, E, G, L, H, Z, M, P, D, Xo } = d;
  const ex = engine.exports;
  const mark = engine.mark();
  try {
    const put = (t: K) => engineCopy(engine, t);
    const [blob, xT, epsT, ...rest] = saved;
    const maskT = masked ? rest[20] : undefined;
    const p = paramsIn(engine, rest.slice(0, 20));
    const x = put(xT);
    const mask = maskT ? put(maskT) : 0;
    const [dKL, dNLL] = dys.map(put);
    const a = shiftActivations(layout, put(blob));
    const b: LoopBuffers = { ...a.loop, eps: put(epsT), mask };
    const { FX, PH, PQ, DH, DO } = a;
    // Losses → [μ_q, σ_q], prior raw outputs, decoder raw outputs.
    const dQM = engine.alloc(R * Z), dQS = engine.alloc(R * Z), dPQ = engine.alloc(R * 2 * Z);
    ex.gauss_kl_back(R, Z, b.Q * 4, 2 * Z, PQ * 4, 2 * Z, s.minScale, mask * 4, dKL * 4, dQM * 4, dQS * 4, dPQ * 4, 2 * Z);
    const dDO = engine.alloc(R * Xo);
    if (s.output === 'bernoulli') ex.bernoulli_nll_back(R, X, DO * 4, Xo, x * 4, mask * 4, dNLL * 4, dDO * 4, Xo);
    else ex.gauss_nll_back(R, X, DO * 4, Xo, x * 4, s.minScale, mask * 4, dNLL * 4, dDO * 4, Xo);
    const grad = (rows: number, cols: number) => engine.alloc(rows * cols);
    const colSum = (y: number, cols: number, ld = cols) => {
      const at = engine.alloc(cols);
      ex.col_sum(R, cols, y * 4, ld, at * 4, 0);
      return at;
    };
    // Xᵀ·dY over all R rows (A transposed through strides).
    const wgrad = (c: number, ldc: number, a: number, lda: number, rows: number, dy: number, lddy: number, cols: number) =>
      engine.gemm({ m: rows, n: cols, k: R, a, ai: 1, ap: lda, b: dy, bk: lddy, bj: 1, c, ldc });
    // dY·Wᵀ for W `[n, k]` (row-major, leading dimension ldw).
    const back = (c: number, ldc: number, dy: number, lddy: number, k: number, w: number, ldw: number, n: number, beta: 0 | 1 = 0) =>
      engine.gemm({ m: R, n, k, a: dy, ai: lddy, ap: 1, b: w, bk: 1, bj: ldw, c, ldc, beta });
    // Decoder.
    const dWd2 = grad(D, Xo);
    wgrad(dWd2, Xo, DH, D, D, dDO, Xo, Xo);
    const dbd2 = colSum(dDO, Xo);
    const dDH = grad(R, D);
    back(dDH, D, dDO, Xo, Xo, p.Wd2, Xo, D);
    ex.relu_back(R, D, dDH * 4, D, DH * 4, D);
    const dbd1 = colSum(dDH, D);
    const dWd1 = grad(M + H, D);
    wgrad(dWd1, D, b.FZ, M, M, dDH, D, D);
    wgrad(dWd1 + M * D, D, b.HS, H, H, dDH, D, D);
    const dFZ = grad(R, M);
    back(dFZ, M, dDH, D, D, p.Wd1, D, M);
    const dHS = grad(R, H);
    back(dHS, H, dDH, D, D, p.Wd1 + M * D, D, H);
    // Prior.
    const dWp2 = grad(P, 2 * Z);
    wgrad(dWp2, 2 * Z, PH, P, P, dPQ, 2 * Z, 2 * Z);
    const dbp2 = colSum(dPQ, 2 * Z);
    const dPH = grad(R, P);
    back(dPH, P, dPQ, 2 * Z, 2 * Z, p.Wp2, 2 * Z, P);
    ex.relu_back(R, P, dPH * 4, P, PH * 4, P);
    const dbp1 = colSum(dPH, P);
    const dWp1 = grad(H, P);
    wgrad(dWp1, P, b.HS, H, H, dPH, P, P);
    back(dHS, H, dPH, P, P, p.Wp1, P, H, 1);
    // The time loop.
    const wh = hWeights(engine, d, p);
    const g = runLoopBackward(engine, d, {
      whT: engine.packB(wh, 1, L, L, H), w2T: engine.packB(p.We2, 1, 2 * Z, 2 * Z, E),
      wzT: engine.packB(p.Wz, 1, M, M, Z), wizT: engine.packB(p.Wih + Mx * G, 1, G, G, M),
    }, b, { dHout: dHS, dQM, dQS, dFZ });
    // Input side: encoder first layer (φx rows), LSTM input (φx rows) and biases, φx.
    const dWe1 = grad(Mx + H, E);
    wgrad(dWe1, E, FX, Mx, Mx, g.dP, L, E);
    ex.copy_block(H, E, g.dWh * 4, L, (dWe1 + Mx * E) * 4, E);
    const dbe1 = colSum(g.dP, E, L);
    const dWih = grad(Mx + M, G);
    wgrad(dWih, G, FX, Mx, Mx, g.dP + E, L, G);
    engine.heap().copyWithin(dWih + Mx * G, g.dWiz, g.dWiz + M * G);
    const dWhh = grad(H, G);
    ex.copy_block(H, G, (g.dWh + E) * 4, L, dWhh * 4, G);
    const dbG = colSum(g.dP + E, G, L);
    const dFX = grad(R, Mx);
    back(dFX, Mx, g.dP, L, E, p.We1, E, Mx);
    back(dFX, Mx, g.dP + E, L, G, p.Wih, G, Mx, 1);
    ex.relu_back(R, Mx, dFX * 4, Mx, FX * 4, Mx);
    const dWx = grad(X, Mx);
    wgrad(dWx, Mx, x, X, X, dFX, Mx, Mx);
    const dbx = colSum(dFX, Mx);
    const out = (at: number, shape: number[]) => engineTensor(engine, at, shape);
    return [
      tf.zerosLike(xT), tf.zerosLike(epsT),
      out(dWx, [X, Mx]), out(dbx, [Mx]), out(dWe1, [Mx + H, E]), out(dbe1, [E]), out(g.dW2, [E, 2 * Z]), out(g.dB2, [2 * Z]),
      out(g.dWz, [Z, M]), out(g.dBz, [M]), out(dWp1, [H, P]), out(dbp1, [P]), out(dWp2, [P, 2 * Z]), out(dbp2, [2 * Z]),
      out(dWd1, [M + H, D]), out(dbd1, [D]), out(dWd2, [D, Xo]), out(dbd2, [Xo]),
      out(dWih, [Mx + M, G]), out(dWhh, [H, G]), out(dbG, [G]), out(dbG, [G]),
      ...(maskT ? [tf.zerosLike(maskT)] : []),
    ];
  } finally {
    engine.release(mark);
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { wasmTensorFrom, wasmTensorView, type KernelEngine } from '@probseq/backend';
import type { OpPass } from './custom-op';

type K = tf.Tensor;

/** Sizes of the VRNN time loop: T steps of B rows; E encoder hidden, H state, Z latent, M φz width. */
export interface LoopDims {
  T: number;
  B: number;
  E: number;
  H: number;
  Z: number;
  M: number;
}

/**
 * Engine buffers of the time loop (float offsets). P holds, per row, [encoder first layer | LSTM gates]:
 * filled with the hoisted input terms before the loop, completed and ReLU'd / activated by it.
 */
export interface LoopBuffers {
  /** [R, E + 4H]. */
  P: number;
  /** [R + B, H]: h_{t−1} for t = 0 … T (the last B rows are h_T); likewise CS for c. */
  HS: number;
  CS: number;
  /** [R, 2Z] encoder output [μ | ρ]; QM, QS, ZT [R, Z]: μ_q, σ_q, z_t; FZ [R, M]: φz(z_t). */
  Q: number;
  QM: number;
  QS: number;
  ZT: number;
  FZ: number;
  /** [R, 4H] gate activations and [R, H] tanh(c_t): kept for the backward pass (0: not kept). */
  ACT: number;
  TC: number;
  /** [R, Z] standard-normal noise; [R] mask (0: none). */
  eps: number;
  mask: number;
}

/** Loop weights packed for the engine's GEMM: [W_e1h | W_hh], W_e2 (+ bias), W_z (+ bias), W_ihz. */
export interface LoopWeights {
  wh: number;
  w2: number;
  b2: number;
  wz: number;
  bz: number;
  wiz: number;
}

/** The loop's sizes read off its inputs (encX `[T, B, E]`, [W_e1h | W_hh] `[H, ·]`, W_e2 `[E, 2Z]`, W_z `[Z, M]`). */
export function loopDims(args: K[]): LoopDims {
  const [T, B, E] = args[0].shape;
  return { T, B, E, H: args[3].shape[0], Z: (args[4].shape[1] as number) / 2, M: args[6].shape[1] as number };
}

const rowsOf = (d: LoopDims) => d.T * d.B;

/** Allocates the loop's buffers (P left for the caller to fill; h_0 = c_0 = 0). */
export function allocLoop(engine: KernelEngine, d: LoopDims, keep: boolean, eps: number, mask: number): LoopBuffers {
  const R = rowsOf(d), L = d.E + 4 * d.H;
  const b: LoopBuffers = {
    P: engine.alloc(R * L),
    HS: engine.alloc((R + d.B) * d.H),
    CS: engine.alloc((R + d.B) * d.H),
    Q: engine.alloc(R * 2 * d.Z),
    QM: engine.alloc(R * d.Z),
    QS: engine.alloc(R * d.Z),
    ZT: engine.alloc(R * d.Z),
    FZ: engine.alloc(R * d.M),
    ACT: keep ? engine.alloc(R * 4 * d.H) : 0,
    TC: keep ? engine.alloc(R * d.H) : 0,
    eps,
    mask,
  };
  engine.heap().fill(0, b.HS, b.HS + d.B * d.H);
  engine.heap().fill(0, b.CS, b.CS + d.B * d.H);
  return b;
}

/** A `[rows, cols]` weight tensor copied into the engine and packed for GEMM (bk = bj = 0); `transposed` packs Wᵀ. */
export function packWeight(engine: KernelEngine, w: K, transposed = false): number {
  const [rows, cols] = w.shape;
  const at = engine.put(wasmTensorView(w));
  return transposed ? engine.packB(at, 1, cols, cols, rows) : engine.packB(at, cols, 1, rows, cols);
}

/**
 * The forward time loop. Per step t, on B rows (see fused-recurrence.ts for the equations):
 * P_t += h_{t−1}·[W_e1h | W_hh]; e_t = relu(P_t[:E]); q_t = e_t·W_e2 + b_e2; z_t = μ_q + σ_q·ε_t;
 * φz_t = relu(z_t·W_z + b_z); P_t[E:] += φz_t·W_ihz; LSTM step on P_t[E:].
 */
export function runLoop(engine: KernelEngine, d: LoopDims, w: LoopWeights, b: LoopBuffers, minScale: number): void {
  const { at, ints } = engine.jobBlock(LOOP_JOB_PACKS);
  setLoopFields(ints, d, b);
  ints[LOOP_FLOOR] = f32bits(minScale);
  const ptr = [w.wh, w.w2, w.b2, w.wz, w.bz, w.wiz];
  ptr.forEach((v, i) => (ints[LOOP_WH + i] = v * 4));
  engine.together('loop_forward', at);
}

// Job block fields of csrc/kernels.c's loop_forward / loop_backward (enum L_*).
const LOOP_FLOOR = 6, LOOP_WH = 19, LOOP_WHT = 25, LOOP_DP = 29, LOOP_JOB_PACKS = 40;

/** A float32's bits as an int, for the float fields of a job block. */
export const f32bits = (v: number): number => new Int32Array(Float32Array.of(v).buffer)[0];

/** Sizes and the loop buffers into a job block (pointers as byte offsets, 0 for none). */
function setLoopFields(ints: Int32Array, d: LoopDims, b: LoopBuffers): void {
  [d.T, d.B, d.E, d.H, d.Z, d.M].forEach((v, i) => (ints[i] = v));
  const ptr = [b.P, b.HS, b.CS, b.Q, b.QM, b.QS, b.ZT, b.FZ, b.ACT, b.TC, b.eps, b.mask];
  ptr.forEach((v, i) => (ints[7 + i] = v * 4));
}

/** Transposed loop weights packed for the backward pass. */
export interface LoopWeightsT {
  whT: number;
  w2T: number;
  wzT: number;
  wizT: number;
}

/** Gradients the backward loop produces: dP = [dE1 | dGates] [R, L], DQ [R, 2Z], DPZ [R, M], DZ [R, Z]. */
export interface LoopGrads {
  dP: number;
  DQ: number;
  DPZ: number;
  DZ: number;
}

/**
 * Hand-written BPTT of {@link runLoop}. Upstream: dHout (gradient of each h_{t−1} output, [R, H]),
 * dQM, dQS ([R, Z], of μ_q and σ_q), dFZ ([R, M]); each may be 0 (none). Also returns the weight gradients
 * of the loop ([H, L] dW_h, [E, 2Z] dW_e2, [2Z] db_e2, [Z, M] dW_z, [M] db_z, [M, 4H] dW_ihz) as offsets.
 */
export function runLoopBackward(
  engine: KernelEngine,
  d: LoopDims,
  wt: LoopWeightsT,
  b: LoopBuffers,
  up: { dHout: number; dQM: number; dQS: number; dFZ: number },
): LoopGrads & { dWh: number; dW2: number; dB2: number; dWz: number; dBz: number; dWiz: number } {
  const { T, B, E, H, Z, M } = d;
  const G = 4 * H, L = E + G, R = T * B;
  const x = engine.exports;
  const g: LoopGrads = { dP: engine.alloc(R * L), DPZ: engine.alloc(R * M), DZ: engine.alloc(R * Z), DQ: engine.alloc(R * 2 * Z) };
  const dh = engine.alloc(B * H);
  const dc = engine.alloc(B * H);
  engine.heap().fill(0, dh, dh + B * H);
  engine.heap().fill(0, dc, dc + B * H);
  const { at, ints } = engine.jobBlock(LOOP_JOB_PACKS);
  setLoopFields(ints, d, b);
  [wt.whT, wt.w2T, wt.wzT, wt.wizT].forEach((v, i) => (ints[LOOP_WHT + i] = v * 4));
  [g.dP, g.DPZ, g.DZ, g.DQ, dh, dc, up.dHout, up.dQM, up.dQS, up.dFZ].forEach((v, i) => (ints[LOOP_DP + i] = v * 4));
  engine.together('loop_backward', at);
  // Weight gradients: one matmul each over all T·B rows (transposed A read through strides).
  const dWh = engine.alloc(H * L);
  engine.gemm({ m: H, n: L, k: R, a: b.HS, ai: 1, ap: H, b: g.dP, bk: L, bj: 1, c: dWh, ldc: L });
  const dW2 = engine.alloc(E * 2 * Z);
  engine.gemm({ m: E, n: 2 * Z, k: R, a: b.P, ai: 1, ap: L, b: g.DQ, bk: 2 * Z, bj: 1, c: dW2, ldc: 2 * Z });
  const dB2 = engine.alloc(2 * Z);
  x.col_sum(R, 2 * Z, g.DQ * 4, 2 * Z, dB2 * 4, 0);
  const dWz = engine.alloc(Z * M);
  engine.gemm({ m: Z, n: M, k: R, a: b.ZT, ai: 1, ap: Z, b: g.DPZ, bk: M, bj: 1, c: dWz, ldc: M });
  const dBz = engine.alloc(M);
  x.col_sum(R, M, g.DPZ * 4, M, dBz * 4, 0);
  const dWiz = engine.alloc(M * G);
  engine.gemm({ m: M, n: G, k: R, a: b.FZ, ai: 1, ap: M, b: g.dP + E, bk: L, bj: 1, c: dWiz, ldc: G });
  return { ...g, dWh, dW2, dB2, dWz, dBz, dWiz };
}

/** A tfjs tensor of `shape` copied out of the engine at a float offset. */
export function engineTensor(engine: KernelEngine, at: number, shape: number[]): K {
  return wasmTensorFrom(engine.get(at, shape.reduce((a, b) => a * b, 1)), shape);
}

/** A tfjs tensor copied into the engine (float offset). */
export function engineCopy(engine: KernelEngine, t: K): number {
  return engine.put(wasmTensorView(t));
}

/**
 * The fused VRNN time loop of `fusedRecurrence` on probseq's WASM kernel engine: the same maths
 * (see fused-recurrence.ts), with the whole loop — forward, and hand-written BPTT backward — running
 * as direct calls into the engine (one GEMM per matmul, split over its threads; one pointwise kernel
 * per LSTM / posterior step) instead of tfjs kernels. Inputs are copied into the engine once per call;
 * outputs, and the values the backward pass needs, are copied back out as tfjs tensors.
 */
export function engineRecurrenceForward(
  engine: KernelEngine,
  args: K[],
  save: tf.GradSaveFunc,
  minScale: number,
  recording: boolean,
): OpPass {
  const [encXa, gXa, epsa, whCat, we2, be2, wz, bz, wihz, maskA] = args;
  const d = loopDims(args);
  const { T, B, E, H } = d;
  const G = 4 * H, L = E + G, R = T * B;
  const mark = engine.mark();
  try {
    const b = allocLoop(engine, d, recording, engineCopy(engine, epsa), maskA ? engineCopy(engine, maskA) : 0);
    const encXv = wasmTensorView(encXa);
    const gXv = wasmTensorView(gXa);
    const heap = engine.heap();
    for (let r = 0; r < R; r++) {
      heap.set(encXv.subarray(r * E, (r + 1) * E), b.P + r * L);
      heap.set(gXv.subarray(r * G, (r + 1) * G), b.P + r * L + E);
    }
    const w: LoopWeights = {
      wh: packWeight(engine, whCat), w2: packWeight(engine, we2), b2: engineCopy(engine, be2),
      wz: packWeight(engine, wz), bz: engineCopy(engine, bz), wiz: packWeight(engine, wihz),
    };
    runLoop(engine, d, w, b, minScale);
    const out = (at: number, shape: number[]) => engineTensor(engine, at, shape);
    const HSt = out(b.HS, [T, B, H]);
    const QSt = out(b.QS, [T, B, d.Z]);
    const FZt = out(b.FZ, [T, B, d.M]);
    const value = [HSt, out(b.QM, [T, B, d.Z]), QSt, FZt];
    if (recording) {
      save([HSt, out(b.CS, [T, B, H]), out(b.ACT, [T, B, G]), out(b.TC, [T, B, H]), out(b.P, [T, B, L]),
        out(b.Q, [T, B, 2 * d.Z]), out(b.ZT, [T, B, d.Z]), FZt, QSt, epsa, whCat, we2, wz, wihz, ...(maskA ? [maskA] : [])]);
    }
    return { value, gradFunc: (dys, saved) => engineRecurrenceBackward(engine, dys, saved, d) };
  } finally {
    engine.release(mark);
  }
}

function engineRecurrenceBackward(engine: KernelEngine, dys: K[], saved: K[], d: LoopDims): K[] {
  const { T, B, E, H, Z, M } = d;
  const G = 4 * H, L = E + G, R = T * B;
  const x = engine.exports;
  const mark = engine.mark();
  try {
    const [HSs, CSs, ACTs, TCs, Ps, Qs, ZTs, FZs, QSs, EPSs, whCatS, we2S, wzS, wihzS, MASKs] = saved;
    const put = (t: K) => engineCopy(engine, t);
    const [dHout, dQM, dQS, dFZ] = dys.map(put);
    // The saved values back in the loop's layout (HS and CS need only their first R rows here).
    const b: LoopBuffers = {
      P: put(Ps), HS: put(HSs), CS: put(CSs), Q: put(Qs), QM: 0, QS: 0, ZT: put(ZTs), FZ: put(FZs),
      ACT: put(ACTs), TC: put(TCs), eps: put(EPSs), mask: MASKs ? put(MASKs) : 0,
    };
    const wt: LoopWeightsT = {
      whT: packWeight(engine, whCatS, true), w2T: packWeight(engine, we2S, true),
      wzT: packWeight(engine, wzS, true), wizT: packWeight(engine, wihzS, true),
    };
    const g = runLoopBackward(engine, d, wt, b, { dHout, dQM, dQS, dFZ });
    const dEps = engine.alloc(R * Z);
    x.mul_into(R * Z, g.DZ * 4, put(QSs) * 4, dEps * 4);
    const dEnc = engine.alloc(R * E);
    x.copy_block(R, E, g.dP * 4, L, dEnc * 4, E);
    const dGX = engine.alloc(R * G);
    x.copy_block(R, G, (g.dP + E) * 4, L, dGX * 4, G);
    const out = (at: number, shape: number[]) => engineTensor(engine, at, shape);
    return [
      out(dEnc, [T, B, E]), out(dGX, [T, B, G]), out(dEps, [T, B, Z]), out(g.dWh, [H, L]), out(g.dW2, [E, 2 * Z]),
      out(g.dB2, [2 * Z]), out(g.dWz, [Z, M]), out(g.dBz, [M]), out(g.dWiz, [M, G]),
      ...(MASKs ? [tf.zerosLike(MASKs)] : []),
    ];
  } finally {
    engine.release(mark);
  }
}

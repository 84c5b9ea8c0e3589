import * as tf from '@tensorflow/tfjs-core';
import { wasmTensorFrom, wasmTensorView, type KernelEngine } from '@probseq/backend';

type K = tf.Tensor;

/**
 * The fused VRNN time loop of `fusedRecurrence` on probseq's WASM kernel engine: the same maths
 * (see fused-recurrence.ts), with the whole loop — forward, and hand-written BPTT backward — running
 * as direct calls into the engine (one GEMM per matmul, split over its threads; one pointwise kernel
 * per LSTM / posterior step) instead of tfjs kernels. Inputs are copied into the engine once per call;
 * outputs, and the values the backward pass needs, are copied back out as tfjs tensors.
 *
 * Layout per step t (B rows): P_t = [encX_t | gX_t] + h_{t−1}·[W_e1h | W_hh] holds the encoder's first
 * layer (ReLU'd in place) next to the LSTM pre-activations.
 */
export function engineRecurrenceForward(
  engine: KernelEngine,
  args: K[],
  save: tf.GradSaveFunc,
  minScale: number,
  recording: boolean,
): { value: K[]; gradFunc: (dys: K[], saved: K[]) => K[] } {
  const [encXa, gXa, epsa, whCat, we2, be2, wz, bz, wihz, maskA] = args;
  const [T, B, E] = encXa.shape;
  const H = whCat.shape[0];
  const Z = (we2.shape[1] as number) / 2;
  const M = wz.shape[1] as number;
  const G = 4 * H;
  const L = E + G;
  const R = T * B;
  const x = engine.exports;
  const mark = engine.mark();
  try {
    const P = engine.alloc(R * L);
    const encXv = wasmTensorView(encXa);
    const gXv = wasmTensorView(gXa);
    {
      const heap = engine.heap();
      for (let r = 0; r < R; r++) {
        heap.set(encXv.subarray(r * E, (r + 1) * E), P + r * L);
        heap.set(gXv.subarray(r * G, (r + 1) * G), P + r * L + E);
      }
    }
    const eps = engine.put(wasmTensorView(epsa));
    const wh = engine.put(wasmTensorView(whCat));
    const w2 = engine.put(wasmTensorView(we2));
    const b2 = engine.put(wasmTensorView(be2));
    const wzA = engine.put(wasmTensorView(wz));
    const bzA = engine.put(wasmTensorView(bz));
    const wiz = engine.put(wasmTensorView(wihz));
    const mask = maskA ? engine.put(wasmTensorView(maskA)) : 0;
    const HS = engine.alloc((R + B) * H); // h_{t−1} for t = 0 … T (the last row block is h_T)
    const CS = engine.alloc((R + B) * H);
    engine.heap().fill(0, HS, HS + B * H);
    engine.heap().fill(0, CS, CS + B * H);
    const Q = engine.alloc(R * 2 * Z);
    const QM = engine.alloc(R * Z);
    const QS = engine.alloc(R * Z);
    const ZT = engine.alloc(R * Z);
    const FZ = engine.alloc(R * M);
    const ACT = recording ? engine.alloc(R * G) : 0;
    const TC = recording ? engine.alloc(R * H) : 0;
    for (let t = 0; t < T; t++) {
      const p = P + t * B * L;
      const h = HS + t * B * H, c = CS + t * B * H;
      engine.gemm({ m: B, n: L, k: H, a: h, ai: H, ap: 1, b: wh, bk: L, bj: 1, c: p, ldc: L, beta: 1 });
      x.relu_block(B, E, p * 4, L);
      const q = Q + t * B * 2 * Z;
      engine.gemm({ m: B, n: 2 * Z, k: E, a: p, ai: L, ap: 1, b: w2, bk: 2 * Z, bj: 1, c: q, ldc: 2 * Z, bias: b2 });
      const zOff = t * B * Z;
      x.gauss_draw(B, Z, q * 4, 2 * Z, (eps + zOff) * 4, minScale, (QM + zOff) * 4, (QS + zOff) * 4, (ZT + zOff) * 4);
      const fz = FZ + t * B * M;
      engine.gemm({ m: B, n: M, k: Z, a: ZT + zOff, ai: Z, ap: 1, b: wzA, bk: M, bj: 1, c: fz, ldc: M, bias: bzA, relu: true });
      engine.gemm({ m: B, n: G, k: M, a: fz, ai: M, ap: 1, b: wiz, bk: G, bj: 1, c: p + E, ldc: L, beta: 1 });
      x.lstm_step(
        B, H, (p + E) * 4, L, h * 4, c * 4, mask ? (mask + t * B) * 4 : 0, (h + B * H) * 4, (c + B * H) * 4,
        ACT ? (ACT + t * B * G) * 4 : 0, TC ? (TC + t * B * H) * 4 : 0,
      );
    }
    const out = (at: number, shape: number[]) => wasmTensorFrom(engine.get(at, shape.reduce((a, b) => a * b, 1)), shape);
    const HSt = out(HS, [T, B, H]);
    const QSt = out(QS, [T, B, Z]);
    const FZt = out(FZ, [T, B, M]);
    const value = [HSt, out(QM, [T, B, Z]), QSt, FZt];
    if (recording) {
      save([HSt, out(CS, [T, B, H]), out(ACT, [T, B, G]), out(TC, [T, B, H]), out(P, [T, B, L]), out(Q, [T, B, 2 * Z]),
        out(ZT, [T, B, Z]), FZt, QSt, epsa, whCat, we2, wz, wihz, ...(maskA ? [maskA] : [])]);
    }
    return { value, gradFunc: (dys, saved) => engineRecurrenceBackward(engine, dys, saved, { T, B, E, H, Z, M }) };
  } finally {
    engine.release(mark);
  }
}

function engineRecurrenceBackward(
  engine: KernelEngine,
  dys: K[],
  saved: K[],
  d: { T: number; B: number; E: number; H: number; Z: number; M: number },
): K[] {
  const { T, B, E, H, Z, M } = d;
  const G = 4 * H, L = E + G, R = T * B;
  const x = engine.exports;
  const mark = engine.mark();
  try {
    const [HSs, CSs, ACTs, TCs, Ps, Qs, ZTs, FZs, QSs, EPSs, whCatS, we2S, wzS, wihzS, MASKs] = saved;
    const put = (t: K) => engine.put(wasmTensorView(t));
    const [dHout, dQM, dQS, dFZ] = dys.map(put);
    const HS = put(HSs), CS = put(CSs), ACT = put(ACTs), TC = put(TCs), P = put(Ps), Q = put(Qs);
    const ZT = put(ZTs), FZ = put(FZs), EPS = put(EPSs);
    const mask = MASKs ? put(MASKs) : 0;
    // Transposed weights once, so every per-step matmul reads its B operand row by row.
    const tr = (w: K) => {
      const [rows, cols] = w.shape;
      const src = put(w);
      const dst = engine.alloc(rows * cols);
      x.transpose(rows, cols, src * 4, cols, dst * 4);
      return dst;
    };
    const whT = tr(whCatS), w2T = tr(we2S), wzT = tr(wzS), wizT = tr(wihzS);
    const dP = engine.alloc(R * L); // [dE1 | dGates] per step
    const DPZ = engine.alloc(R * M);
    const DZ = engine.alloc(R * Z);
    const DQ = engine.alloc(R * 2 * Z);
    const dh = engine.alloc(B * H);
    const dc = engine.alloc(B * H);
    engine.heap().fill(0, dh, dh + B * H);
    engine.heap().fill(0, dc, dc + B * H);
    for (let t = T - 1; t >= 0; t--) {
      const p = dP + t * B * L, hOff = t * B * H, zOff = t * B * Z, mOff = t * B * M;
      x.lstm_step_back(B, H, dh * 4, dc * 4, (ACT + t * B * G) * 4, (TC + hOff) * 4, (CS + hOff) * 4,
        mask ? (mask + t * B) * 4 : 0, (p + E) * 4, L);
      const dpz = DPZ + mOff;
      engine.heap().copyWithin(dpz, dFZ + mOff, dFZ + mOff + B * M);
      engine.gemm({ m: B, n: M, k: G, a: p + E, ai: L, ap: 1, b: wizT, bk: M, bj: 1, c: dpz, ldc: M, beta: 1 });
      x.relu_back(B, M, dpz * 4, M, (FZ + mOff) * 4, M);
      engine.gemm({ m: B, n: Z, k: M, a: dpz, ai: M, ap: 1, b: wzT, bk: Z, bj: 1, c: DZ + zOff, ldc: Z });
      const dq = DQ + t * B * 2 * Z;
      x.gauss_draw_back(B, Z, (Q + t * B * 2 * Z) * 4, 2 * Z, (EPS + zOff) * 4, (DZ + zOff) * 4, (dQM + zOff) * 4,
        (dQS + zOff) * 4, dq * 4, 2 * Z);
      engine.gemm({ m: B, n: E, k: 2 * Z, a: dq, ai: 2 * Z, ap: 1, b: w2T, bk: E, bj: 1, c: p, ldc: L });
      x.relu_back(B, E, p * 4, L, (P + t * B * L) * 4, L);
      // dh holds the mask's keep term; add the recurrent matmul's part and the gradient of output h_{t−1}.
      engine.gemm({ m: B, n: H, k: L, a: p, ai: L, ap: 1, b: whT, bk: H, bj: 1, c: dh, ldc: H, beta: 1 });
      x.add_into(B * H, (dHout + hOff) * 4, dh * 4);
    }
    // Weight gradients: one matmul each over all T·B rows (transposed A read through strides).
    const dWh = engine.alloc(H * L);
    engine.gemm({ m: H, n: L, k: R, a: HS, ai: 1, ap: H, b: dP, bk: L, bj: 1, c: dWh, ldc: L });
    const dW2 = engine.alloc(E * 2 * Z);
    engine.gemm({ m: E, n: 2 * Z, k: R, a: P, ai: 1, ap: L, b: DQ, bk: 2 * Z, bj: 1, c: dW2, ldc: 2 * Z });
    const dB2 = engine.alloc(2 * Z);
    x.col_sum(R, 2 * Z, DQ * 4, 2 * Z, dB2 * 4, 0);
    const dWz = engine.alloc(Z * M);
    engine.gemm({ m: Z, n: M, k: R, a: ZT, ai: 1, ap: Z, b: DPZ, bk: M, bj: 1, c: dWz, ldc: M });
    const dBz = engine.alloc(M);
    x.col_sum(R, M, DPZ * 4, M, dBz * 4, 0);
    const dWiz = engine.alloc(M * G);
    engine.gemm({ m: M, n: G, k: R, a: FZ, ai: 1, ap: M, b: dP + E, bk: L, bj: 1, c: dWiz, ldc: G });
    const dEps = engine.alloc(R * Z);
    x.mul_into(R * Z, DZ * 4, put(QSs) * 4, dEps * 4);
    const dEnc = engine.alloc(R * E);
    x.copy_block(R, E, dP * 4, L, dEnc * 4, E);
    const dGX = engine.alloc(R * G);
    x.copy_block(R, G, (dP + E) * 4, L, dGX * 4, G);
    const out = (at: number, shape: number[]) => wasmTensorFrom(engine.get(at, shape.reduce((a, b) => a * b, 1)), shape);
    return [
      out(dEnc, [T, B, E]),
      out(dGX, [T, B, G]),
      out(dEps, [T, B, Z]),
      out(dWh, [H, L]),
      out(dW2, [E, 2 * Z]),
      out(dB2, [2 * Z]),
      out(dWz, [Z, M]),
      out(dBz, [M]),
      out(dWiz, [M, G]),
      ...(MASKs ? [tf.zerosLike(MASKs)] : []),
    ];
  } finally {
    engine.release(mark);
  }
}

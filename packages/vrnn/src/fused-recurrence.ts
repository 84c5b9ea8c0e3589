import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, unstackRows } from '@probseq/backend';
import { customOp, type OpPass } from './custom-op';
import { engineRecurrenceForward, loopDims } from './engine-recurrence';

/** Weights the VRNN time loop reads: everything that touches h_{t−1}, z_t or φz(z_t) inside the loop. */
export interface RecurrenceWeights {
  /** `[H, E + 4H]`: the h rows of the encoder's first layer next to the LSTM's `weightHH`. */
  whCat: tf.Tensor;
  /** Encoder output layer `[E, 2Z]` and bias `[2Z]` (loc | raw scale). */
  we2: tf.Tensor;
  be2: tf.Tensor;
  /** φz layer `[Z, M]`, bias `[M]` (ReLU). */
  wz: tf.Tensor;
  bz: tf.Tensor;
  /** The φz rows of the LSTM's `weightIH`, `[M, 4H]`. */
  wihz: tf.Tensor;
}

type K = tf.Tensor;
const engine = () => tf.engine();
/** Runs a registered kernel directly: the op wrappers' scope and checks cost ~3× the kernel call itself. */
function rk(name: string, inputs: tf.NamedTensorMap | K[], attrs: Record<string, unknown> = {}): K {
  return engine().runKernel(name, inputs as tf.NamedTensorMap, attrs as never) as K;
}
const add = (a: K, b: K) => rk('Add', { a, b });
const sub = (a: K, b: K) => rk('Sub', { a, b });
const mul = (a: K, b: K) => rk('Multiply', { a, b });
const mm = (a: K, b: K) => rk('BatchMatMul', { a, b }, { transposeA: false, transposeB: false });
const fmm = (a: K, b: K, bias: K, activation: 'linear' | 'relu') =>
  rk('_FusedMatMul', { a, b, bias }, { transposeA: false, transposeB: false, activation, leakyreluAlpha: 0 });
const slice = (x: K, begin: number[], size: number[]) => rk('Slice', { x }, { begin, size });
const concat = (xs: K[], axis: number) => (xs.length === 1 ? xs[0] : rk('Concat', xs, { axis }));
const unary = (name: string, x: K) => rk(name, { x });

/**
 * The VRNN time loop (LSTM core, one-hidden-layer encoder, one-layer φz) as one differentiable op.
 *
 * Per step, with the hoisted terms encX_t = φx(x_t)·W_e1x + b_e1 and gX_t = φx(x_t)·W_ihx + b_ih + b_hh:
 *
 *   [e_h | g_h] = h_{t−1}·[W_e1h | W_hh]
 *   e_t = relu(encX_t + e_h),  [μ_q | ρ_q] = e_t·W_e2 + b_e2,  σ_q = softplus(ρ_q) + minScale
 *   z_t = μ_q + σ_q·ε_t,  φz_t = relu(z_t·W_z + b_z)
 *   [i, f, g, o] = gX_t + g_h + φz_t·W_ihz,  c_t = σ(f)c_{t−1} + σ(i)tanh(g),  h_t = σ(o)tanh(c_t)
 *
 * Returns `[T, B, H + 2Z + M]` = [h_{t−1}, μ_q, σ_q, φz_t] per step. Forward and backward run the
 * kernels directly (no op wrappers, no tape inside); the backward pass is hand-written BPTT whose
 * pointwise derivative factors are formed for all steps at once before the reverse loop, and whose
 * weight gradients are single matmuls over all T·B rows after it. Every matmul is untransposed.
 *
 * Inputs are 3-D `[T, B, ·]` for encX, gX and eps.
 */
export function fusedRecurrence(
  encX: tf.Tensor3D,
  gX: tf.Tensor3D,
  eps: tf.Tensor3D,
  w: RecurrenceWeights,
  options: { minScale?: number; mask?: tf.Tensor } = {},
): RecurrenceOutputs {
  const minScale = options.minScale ?? 1e-4;
  const [T, B] = encX.shape;
  const inputs = [encX, gX, eps, w.whCat, w.we2, w.be2, w.wz, w.bz, w.wihz];
  if (options.mask) inputs.push(tf.reshape(tf.cast(options.mask, 'float32'), [T, B, 1]));
  // On the wasm backend with the kernel engine running, the whole loop runs on it.
  const kernels = getKernelEngine();
  const outs = customOp(inputs, (save, recording) =>
    kernels ? engineRecurrenceForward(kernels, inputs, save, minScale, recording) : forward(inputs, save, minScale, recording),
  );
  return { h: outs[0] as tf.Tensor3D, qLoc: outs[1] as tf.Tensor3D, qScale: outs[2] as tf.Tensor3D, fz: outs[3] as tf.Tensor3D };
}

/** The per-step outputs of {@link fusedRecurrence}, each `[T, B, ·]`. */
export interface RecurrenceOutputs {
  /** h_{t−1}, the state each step starts from. */
  h: tf.Tensor3D;
  /** Posterior mean μ_q and scale σ_q. */
  qLoc: tf.Tensor3D;
  qScale: tf.Tensor3D;
  /** φz(z_t). */
  fz: tf.Tensor3D;
}

function forward(
  args: K[],
  save: tf.GradSaveFunc,
  minScale: number,
  recording: boolean,
): OpPass {
  const [encXa, gXa, epsa, whCat, we2, be2, wz, bz, wihz, maskA] = args;
  const { T, B, E, H, Z, M } = loopDims(args);
  const G = 4 * H;
  const floor = tf.scalar(minScale);
  // Per-step rows are [1, B, ·]: the fused matmul kernel takes rank-3 operands.
  const encXs = unstackRows(encXa, { keepDims: true });
  const gXs = unstackRows(gXa, { keepDims: true });
  const epss = unstackRows(epsa, { keepDims: true });
  const masks = maskA ? unstackRows(maskA, { keepDims: true }) : null;
  const whCat3 = tf.reshape(whCat, [1, H, E + G]);
  const we23 = tf.reshape(we2, [1, E, 2 * Z]);
  const wz3 = tf.reshape(wz, [1, Z, M]);
  const wihz3 = tf.reshape(wihz, [1, M, G]);
  let h: K = tf.zeros([1, B, H]);
  let c: K = tf.zeros([1, B, H]);
  const hs: K[] = [], cs: K[] = [], sgs: K[] = [], tgs: K[] = [], tcs: K[] = [];
  const e1s: K[] = [], qms: K[] = [], qss: K[] = [], qraws: K[] = [], zts: K[] = [], fzs: K[] = [];
  for (let t = 0; t < T; t++) {
    const hp = mm(h, whCat3);
    const e1 = unary('Relu', add(encXs[t], slice(hp, [0, 0, 0], [1, B, E])));
    const q = fmm(e1, we23, be2, 'linear');
    const qm = slice(q, [0, 0, 0], [1, B, Z]);
    const qraw = slice(q, [0, 0, Z], [1, B, Z]);
    const qs = add(unary('Softplus', qraw), floor);
    const zt = add(qm, mul(qs, epss[t]));
    const fz = fmm(zt, wz3, bz, 'relu');
    const g = add(add(gXs[t], slice(hp, [0, 0, E], [1, B, G])), mm(fz, wihz3));
    const sg = unary('Sigmoid', g);
    const tg = unary('Tanh', slice(g, [0, 0, 2 * H], [1, B, H]));
    const cNew = add(mul(slice(sg, [0, 0, H], [1, B, H]), c), mul(slice(sg, [0, 0, 0], [1, B, H]), tg));
    const tc = unary('Tanh', cNew);
    hs.push(h);
    qms.push(qm);
    qss.push(qs);
    fzs.push(fz);
    if (recording) {
      cs.push(c);
      sgs.push(sg);
      tgs.push(tg);
      tcs.push(tc);
      e1s.push(e1);
      qraws.push(qraw);
      zts.push(zt);
    }
    const hNew = mul(slice(sg, [0, 0, 3 * H], [1, B, H]), tc);
    if (masks) {
      // Padded steps hold the state: s_t = s_{t−1} + m_t·(s_new − s_{t−1}).
      h = add(h, mul(masks[t], sub(hNew, h)));
      c = add(c, mul(masks[t], sub(cNew, c)));
    } else {
      h = hNew;
      c = cNew;
    }
  }
  const HS = concat(hs, 0), QS = concat(qss, 0), FZ = concat(fzs, 0);
  const value = [HS, concat(qms, 0), QS, FZ];
  if (recording) {
    save([HS, concat(cs, 0), concat(sgs, 0), concat(tgs, 0), concat(tcs, 0), concat(e1s, 0), concat(qraws, 0),
      concat(zts, 0), FZ, QS, epsa, whCat, we2, wz, wihz, ...(maskA ? [maskA] : [])]);
  }
  return {
    value,
    gradFunc: (dys: K[], saved: K[]) => {
      const [HSs, CS, SG, TG, TC, E1, QR, ZT, FZs, QSs, EPS, whCatS, we2S, wzS, wihzS, MASK] = saved;
      const one1 = tf.scalar(1);
      const tr = (x: K) => tf.transpose(x);
      const whCatT = tf.reshape(tr(whCatS), [1, E + G, H]);
      const we2T = tf.reshape(tr(we2S), [1, 2 * Z, E]);
      const wzT = tf.reshape(tr(wzS), [1, M, Z]);
      const wihzT = tf.reshape(tr(wihzS), [1, G, M]);
      // Derivative factors of every step at once: σ' for i, f, o; tanh' for g; σ(o)·tanh'(c); relu' masks.
      const dsig = tf.mul(SG, tf.sub(one1, SG));
      const dtg = tf.sub(one1, tf.square(TG));
      const DG = tf.concat([tf.slice(dsig, [0, 0, 0], [T, B, 2 * H]), dtg, tf.slice(dsig, [0, 0, 3 * H], [T, B, H])], 2);
      const SO = tf.slice(SG, [0, 0, 3 * H], [T, B, H]);
      const SODTC = tf.mul(SO, tf.sub(one1, tf.square(TC)));
      const SI = tf.slice(SG, [0, 0, 0], [T, B, H]);
      const SF = tf.slice(SG, [0, 0, H], [T, B, H]);
      const STEPZ = tf.step(FZs);
      const STEPE = tf.step(E1);
      const SQR = tf.sigmoid(QR);
      const per = (x: K) => unstackRows(x, { keepDims: true });
      const [dHout, dQM, dQS, dFZ] = dys.map(per);
      const dgS = per(DG), sodtcS = per(SODTC), siS = per(SI), sfS = per(SF), tgS = per(TG), tcS = per(TC);
      const cS = per(CS), stepZ = per(STEPZ), stepE = per(STEPE), sqrS = per(SQR), epsS = per(EPS);
      const mS = MASK ? per(MASK) : null;
      let dh: K = tf.zeros([1, B, H]);
      let dc: K = tf.zeros([1, B, H]);
      const dEncs: K[] = new Array(T), dGatesL: K[] = new Array(T), dQs: K[] = new Array(T), dPreZs: K[] = new Array(T), dZs: K[] = new Array(T);
      for (let t = T - 1; t >= 0; t--) {
        // dh, dc: gradients with respect to the state after step t (after the mask).
        let dhN = dh, dcN = dc, dhKeep: K | null = null, dcKeep: K | null = null;
        if (mS) {
          dhN = mul(dh, mS[t]);
          dcN = mul(dc, mS[t]);
          dhKeep = sub(dh, dhN);
          dcKeep = sub(dc, dcN);
        }
        const dct = add(dcN, mul(dhN, sodtcS[t]));
        const dGates = mul(concat([mul(dct, tgS[t]), mul(dct, cS[t]), mul(dct, siS[t]), mul(dhN, tcS[t])], 2), dgS[t]);
        dc = mul(dct, sfS[t]);
        if (dcKeep) dc = add(dc, dcKeep);
        const dPreZ = mul(add(dFZ[t], mm(dGates, wihzT)), stepZ[t]);
        const dzt = mm(dPreZ, wzT);
        const dq = concat([add(dQM[t], dzt), mul(add(dQS[t], mul(dzt, epsS[t])), sqrS[t])], 2);
        const dEnc = mul(mm(dq, we2T), stepE[t]);
        const dHP = concat([dEnc, dGates], 2);
        dh = add(dHout[t], mm(dHP, whCatT));
        if (dhKeep) dh = add(dh, dhKeep);
        dZs[t] = dzt;
        dEncs[t] = dEnc;
        dGatesL[t] = dGates;
        dQs[t] = dq;
        dPreZs[t] = dPreZ;
      }
      const rows = (x: K, d: number) => tf.reshape(x, [T * B, d]);
      // Row-wise concatenations only: a column slice of a [T·B, ·] tensor is a slow strided copy on wasm.
      const dEncAll = concat(dEncs, 0);
      const dGatesAll = concat(dGatesL, 0);
      const dGates = rows(dGatesAll, G);
      const hsT = tr(rows(HSs, H));
      const dQ = rows(concat(dQs, 0), 2 * Z);
      const dPreZ = rows(concat(dPreZs, 0), M);
      return [
        tf.reshape(dEncAll, [T, B, E]),
        tf.reshape(dGatesAll, [T, B, G]),
        tf.mul(concat(dZs, 0), QSs),
        tf.concat([tf.matMul(hsT, rows(dEncAll, E)), tf.matMul(hsT, dGates)], 1),
        tf.matMul(tr(rows(E1, E)), dQ),
        tf.sum(dQ, 0),
        tf.matMul(tr(rows(ZT, Z)), dPreZ),
        tf.sum(dPreZ, 0),
        tf.matMul(tr(rows(FZs, M)), dGates),
        ...(MASK ? [tf.zerosLike(MASK)] : []),
      ];
    },
  };
}

import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, wasmTensorFrom, wasmTensorView } from '@probseq/backend';
import type { BernoulliHead, GaussianHead, OutputHead } from '@probseq/vae';
import { noiseSeed } from '@probseq/distributions';
import { sampleDims, type SampleWeights } from './fused-sample';
import { f32bits } from './engine-recurrence';
import { aleaState } from './tfjs-random';

type K = tf.Tensor;

/** The distribution heads of the generative loop. */
export interface SampleHeads {
  /** The prior's Gaussian head: linear `[P, 2Z]` (columns [μ | ρ]), σ = softplus(ρ) + minScale. */
  prior: GaussianHead;
  /** The decoder's head: Gaussian (linear `[D, 2X]`) or Bernoulli (linear `[D, X]` of logits); not `'gmm'`. */
  decoder: OutputHead;
}

/** Options of {@link engineSample} (those of `VRNN.sample`). */
export interface EngineSampleOptions {
  steps: number;
  batch: number;
  seed?: number;
  /** Feed back the decoder mean (Gaussian μ, Bernoulli sigmoid(logits)) instead of a draw of x_t. */
  mean: boolean;
}

/** Where sample_loop's job block holds the per-thread packing buffers, the noise states and stream count (csrc/kernels.c, enum S_*). */
const SAMPLE_JOB_PACKS = 40;
const SAMPLE_JOB_STATES = 72;
const SAMPLE_JOB_STREAMS = 73;

/**
 * Ancestral sampling from the VRNN's generative model, the whole loop on probseq's kernel engine
 * (wasm backend): the same computation and the same noise as `fusedSample` with the heads' own draws,
 * so results match it up to float rounding. Returns `[steps, batch, X]`, or null (nothing done) when the
 * engine is not running or the decoder's output is `'gmm'`.
 *
 * With h_0 = c_0 = 0 and for t = 0 … T−1 (all rows of the batch at once; W are `[in, out]`):
 *
 *   [a_p | a_d | a_g] = h·[W_p1 | W_d1,h | W_hh] + [b_p1 | b_d1 | b_ih + b_hh]      (one GEMM)
 *   [μ_z | ρ_z] = relu(a_p)·W_ph + b_ph,   z = μ_z + (softplus(ρ_z) + floor_z)·ε_z,t
 *   f_z = relu(z·W_z + b_z),   [a_d | a_g] += f_z·[W_d1,z | W_ih,z]                  (one GEMM)
 *   d   = relu(a_d)
 *   x_t: Gaussian  [μ_x | ρ_x] = d·W_dh + b_dh,  x = μ_x (mean) or μ_x + (softplus(ρ_x) + floor_x)·ε_x,t
 *        Bernoulli ℓ = d·W_dh + b_dh,            x = sigmoid(ℓ) (mean) or [u_t < sigmoid(ℓ)]
 *   f_x = relu(x·W_x + b_x)
 *   g   = f_x·W_ih,x + a_g,   (h, c) = LSTM(g; h, c)   (torch gate order i, f, g, o)
 *
 * The noise is drawn before the loop exactly as the heads draw it with step seeds s_t,k = seed + 2t + k:
 * ε_z,t = randomNormal([B, Z], seed noiseSeed(s_t,0, 0)) (`DiagGaussian.sample`), ε_x,t likewise from
 * s_t,1, and u_t = randomUniform([B, X], 0, 1, seed s_t,1) (`IndependentBernoulli.sample`); without a
 * seed, fresh draws for all steps at once. The engine reproduces tfjs-core's generators (tfjs-random.ts), so
 * no noise tensors are made. The loop itself is csrc/kernels.c's `sample_loop`, run by every engine thread
 * at once: each takes its column panels of every GEMM and its rows of every pointwise step.
 */
export function engineSample(w: SampleWeights, heads: SampleHeads, options: EngineSampleOptions): tf.Tensor3D | null {
  const engine = getKernelEngine();
  const kind = heads.decoder.kind;
  if (!engine || (kind !== 'gaussian' && kind !== 'bernoulli')) return null;
  const ph = heads.prior.linear;
  const dh = (heads.decoder as GaussianHead | BernoulliHead).linear;
  const floorZ = heads.prior.minScale;
  const floorX = kind === 'gaussian' ? (heads.decoder as GaussianHead).minScale : 0;
  const { steps: T, batch: B, seed, mean } = options;
  const { H, G, P, D, Mz, X, Mx, Z } = sampleDims(w);
  const gaussian = kind === 'gaussian';
  const NH = P + D + G;
  // Decoder head columns computed: Gaussian mean needs μ only.
  const QX = gaussian ? (mean ? X : 2 * X) : X;
  const mark = engine.mark();
  try {
    // ---- Arena layout.
    const whAll = engine.alloc(H * NH);
    const bAll = engine.alloc(NH);
    const wfz = engine.alloc(Mz * (D + G));
    const wph = engine.alloc(P * 2 * Z);
    const bph = engine.alloc(2 * Z);
    const wz = engine.alloc(Z * Mz);
    const bz = engine.alloc(Mz);
    const wdh = engine.alloc(D * QX);
    const bdh = engine.alloc(QX);
    const wx = engine.alloc(X * Mx);
    const bx = engine.alloc(Mx);
    const wih = engine.alloc(Mx * G);
    const epsZ = engine.alloc(T * B * Z);
    const noiseX = !mean ? engine.alloc(T * B * X) : 0;
    const hp = engine.alloc(B * NH);
    const qz = engine.alloc(B * 2 * Z);
    const sig = engine.alloc(B * Math.max(Z, X));
    const z = engine.alloc(B * Z);
    const fz = engine.alloc(B * Mz);
    const fx = engine.alloc(B * Mx);
    const qx = engine.alloc(B * QX);
    const h = engine.alloc(B * H);
    const c = engine.alloc(B * H);
    const out = engine.alloc(T * B * X);

    // ---- Weights (one copy per call; the heap view is taken after the last allocation).
    const heap = engine.heap();
    const view = (t: K) => wasmTensorView(t);
    const rows = (
      src: Float32Array,
      srcCols: number,
      col0: number,
      nCols: number,
      nRows: number,
      dst: number,
      ldd: number,
    ) => {
      for (let r = 0; r < nRows; r++)
        heap.set(src.subarray(r * srcCols + col0, r * srcCols + col0 + nCols), dst + r * ldd);
    };
    rows(view(w.prior1[0]), P, 0, P, H, whAll, NH);
    const dec1 = view(w.dec1[0]);
    rows(dec1.subarray(Mz * D), D, 0, D, H, whAll + P, NH);
    rows(view(w.cell.weightHH), G, 0, G, H, whAll + P + D, NH);
    heap.set(view(w.prior1[1]), bAll);
    heap.set(view(w.dec1[1]), bAll + P);
    const bih = view(w.cell.biasIH);
    const bhh = view(w.cell.biasHH);
    for (let j = 0; j < G; j++) heap[bAll + P + D + j] = bih[j] + bhh[j];
    // f_z reads [W_d1,z | W_ih,z]: the decoder's and the gates' f_z parts in one GEMM.
    rows(dec1, D, 0, D, Mz, wfz, D + G);
    const wIH = view(w.cell.weightIH);
    rows(wIH.subarray(Mx * G), G, 0, G, Mz, wfz + D, D + G);
    heap.set(view(ph.weight), wph);
    if (ph.bias) heap.set(view(ph.bias), bph);
    heap.set(view(w.phiZ[0]), wz);
    heap.set(view(w.phiZ[1]), bz);
    rows(view(dh.weight), dh.weight.shape[1] as number, 0, QX, D, wdh, QX);
    if (dh.bias) heap.set(view(dh.bias).subarray(0, QX), bdh);
    heap.set(view(w.phiX[0]), wx);
    heap.set(view(w.phiX[1]), bx);
    heap.set(wIH.subarray(0, Mx * G), wih);
    heap.fill(0, h, h + B * H);
    heap.fill(0, c, c + B * H);
    // Weights packed once into the GEMM's panel layout (no per-step packing).
    const pack8 = (b: number, k: number, n: number) => engine.packB(b, n, 1, k, n);
    const pWh = pack8(whAll, H, NH);
    const pFz = pack8(wfz, Mz, D + G);
    const pPh = pack8(wph, P, 2 * Z);
    const pZ = pack8(wz, Z, Mz);
    const pDh = pack8(wdh, D, QX);
    const pX = pack8(wx, X, Mx);
    const pIh = pack8(wih, Mx, G);

    // ---- Noise, exactly as the heads draw it: tfjs's generators' seeds here; the engine draws the streams.
    const seedAt = (t: number, k: number) => (seed === undefined ? undefined : seed + 2 * t + k);
    const streams = seed === undefined ? 1 : T;
    const states = engine.alloc(2 * streams * 8); // 2 × streams × 4 doubles
    const st = new Float64Array(engine.heap().buffer, states * 4, 2 * streams * 4);
    for (let t = 0; t < streams; t++) {
      st.set(aleaState(noiseSeed(seedAt(t, 0), 0), true), 4 * t);
      st.set(gaussian ? aleaState(noiseSeed(seedAt(t, 1), 0), true) : aleaState(seedAt(t, 1), false), 4 * (streams + t));
    }
    // (sample_loop draws them: stream t's normals for z, then its normals or uniforms for x.)

    // ---- The loop: csrc/kernels.c's sample_loop on every engine thread at once (its job block below).
    const { at: job, ints } = engine.jobBlock(SAMPLE_JOB_PACKS);
    const fields = [
      T, B, H, NH, P, D, G, Z, Mz, X, Mx, QX, gaussian ? 1 : 0, mean ? 1 : 0, f32bits(floorZ), f32bits(floorX),
      pWh, bAll, pFz, pPh, ph.bias ? bph : 0, pZ, bz, pDh, dh.bias ? bdh : 0, pX, bx, pIh,
      epsZ, noiseX, hp, qz, sig, z, fz, fx, qx, h, c, out,
    ];
    fields.forEach((v, i) => (ints[i] = i >= 16 && v !== 0 ? v * 4 : v));
    ints[SAMPLE_JOB_STATES] = states * 4;
    ints[SAMPLE_JOB_STREAMS] = streams;
    engine.together('sample_loop', job);
    return wasmTensorFrom(engine.get(out, T * B * X), [T, B, X]) as tf.Tensor3D;
  } finally {
    engine.release(mark);
  }
}

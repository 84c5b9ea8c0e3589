import * as tf from '@tensorflow/tfjs-core';
import { Graph, wasmTensorFrom, type KernelEngine, type Region, type Seq, type View } from '@probseq/backend';
import { noiseSeed } from '@probseq/distributions';
import type { Linear } from '@probseq/nn';
import { GraphBuilder, cellKind, engineCopy } from './engine-graph';
import type { VrnnModules } from './engine-vrnn';
import { aleaState } from './tfjs-random';

/** Options of `VRNN.sample`. */
export interface EngineSampleOptions {
  steps: number;
  batch: number;
  seed?: number;
  /** Feed back the decoder mean instead of a draw of x_t. */
  mean: boolean;
}

/**
 * Ancestral sampling from the VRNN's generative model (eqs. 5–7) on the kernel engine, for any module
 * tree: per step t, over the B rows, prior(h_{t−1}) → z_t → φz → decoder([φz, h_{t−1}]) → x_t → φx →
 * cell. Returns `[steps, batch, X]`.
 *
 * The noise is drawn exactly as the tfjs path's heads draw it, with step seeds s_t,k = seed + 2t + k:
 * ε_z,t as `DiagGaussian.sample` (tf.randomNormal, seed noiseSeed(s_t,0, 0)); x_t's noise as the decoder
 * head's distribution draws it from s_t,1 (Gaussian: normals; Bernoulli: tf.randomUniform with seed s_t,1;
 * mixture: Gumbel uniforms and per-component normals, `DiagGaussianMixture.sample`). The engine reproduces
 * tfjs-core's generators (tfjs-random.ts), so the draws match the tfjs path up to float rounding. Without a
 * seed, fresh draws.
 */
export function engineVrnnSample(engine: KernelEngine, m: VrnnModules, X: number, options: EngineSampleOptions): tf.Tensor3D {
  const { steps: T, batch: B, seed, mean } = options;
  const mark = engine.mark();
  try {
    const b = new GraphBuilder(engine, (t) => engineCopy(engine, t), false);
    const g = b.g;
    const Z = m.prior.head.linear.outFeatures / 2;
    const head = m.decoder.head;
    const floorZ = m.prior.head.minScale;
    const floorX = head.minScale ?? 0;
    const K = head.components ?? 1;

    // Noise for all steps, in the engine (one stream per step when seeded).
    const streams = seed === undefined ? 1 : T;
    const seedAt = (t: number, k: number) => (seed === undefined ? undefined : seed + 2 * t + k);
    const noise = g.batch(1);
    const epsZ = g.seq(T, B, Z, { grad: false });
    fill(engine, noise, 'normal', streams, T * B * Z, epsZ, (t) => aleaState(noiseSeed(seedAt(t, 0), 0), true));
    let noiseX: Seq | null = null;
    let gumbel: Seq | null = null;
    if (!mean && head.kind === 'gaussian') {
      noiseX = g.seq(T, B, X, { grad: false });
      fill(engine, noise, 'normal', streams, T * B * X, noiseX, (t) => aleaState(noiseSeed(seedAt(t, 1), 0), true));
    } else if (!mean && head.kind === 'bernoulli') {
      noiseX = g.seq(T, B, X, { grad: false });
      fill(engine, noise, 'uniform', streams, T * B * X, noiseX, (t) => aleaState(seedAt(t, 1), false));
    } else if (!mean) {
      gumbel = g.seq(T, B, K, { grad: false });
      fill(engine, noise, 'openUniform', streams, T * B * K, gumbel, (t) => aleaState(noiseSeed(seedAt(t, 1), 0), false));
      noiseX = g.seq(T, B, K * X, { grad: false });
      fill(engine, noise, 'normal', streams, T * B * K * X, noiseX, (t) => aleaState(noiseSeed(seedAt(t, 1), 1), true));
    }

    const L = g.loop(T, B);
    const cell = m.cell;
    const H = cell.hiddenSize;
    const kind = cellKind(cell);
    const G = (kind === 'lstm' ? 4 : 3) * H;
    const hs = g.seq(T + 1, B, H, { zero: true, grad: false });
    const h = L.at(hs, 0);
    const seq = (cols: number) => g.seq(T, B, cols, { grad: false });
    // Everything that reads h_{t−1} first, so its GEMMs share one phase.
    const pFirst = m.prior.layers[0] ?? m.prior.head.linear;
    const pPre = seq(pFirst.outFeatures);
    L.linear(L.at(pPre), [b.term(h, pFirst.weight)], b.bias(pFirst.bias), m.prior.layers.length ? m.prior.activation : 'linear');
    const dFirst = m.decoder.layers[0] ?? head.linear;
    const Mz = dFirst.weight.shape[0] - H;
    const dPre = seq(dFirst.outFeatures);
    L.linear(L.at(dPre), [b.term(h, dFirst.weight, Mz)], b.bias(dFirst.bias));
    const gates = seq(G);
    const gh = kind === 'gru' ? seq(G) : null;
    if (kind === 'lstm') L.linear(L.at(gates), [b.term(h, cell.weightHH)], b.biasSum(cell.biasIH, cell.biasHH));
    else L.linear(L.at(gh!), [b.term(h, cell.weightHH)], b.bias(cell.biasHH));
    // Prior → z_t → φz.
    const pq = m.prior.layers.length ? mlpFrom(b, L, pPre, [...m.prior.layers.slice(1)], m.prior.activation, m.prior.head.linear, T, B) : pPre;
    const z = seq(Z);
    L.gaussDraw(L.at(pq), L.at(epsZ), floorZ, L.at(z), L.at(seq(Z)));
    const fz = m.phiZ.layers.length ? b.mlp(L, [L.at(z)], m.phiZ.layers, m.phiZ.activation, T, B) : z;
    // Decoder([φz, h]) → x_t.
    L.linear(L.at(dPre), [b.term(L.at(fz), dFirst.weight, 0)], null, m.decoder.layers.length ? m.decoder.activation : 'linear', true);
    const out = m.decoder.layers.length ? mlpFrom(b, L, dPre, m.decoder.layers.slice(1), m.decoder.activation, head.linear, T, B) : dPre;
    const xs = seq(X);
    const x = L.at(xs);
    if (head.kind === 'gaussian') {
      if (mean) L.copy(L.at(out, 0, [0, X]), x);
      else L.gaussDraw(L.at(out), L.at(noiseX!), floorX, x, L.at(seq(X)));
    } else if (head.kind === 'bernoulli') {
      L.bernoulliDraw(L.at(out), mean ? null : L.at(noiseX!), x, mean);
    } else if (mean) {
      L.gmmDraw(L.at(out), K, null, null, floorX, x, true);
    } else {
      L.gmmGumbel(L.at(out), K, L.at(gumbel!), L.at(noiseX!), floorX, x);
    }
    // φx → the cell's input terms → the cell.
    const fx = m.phiX.layers.length ? b.mlp(L, [x], m.phiX.layers, m.phiX.activation, T, B) : xs;
    const Mx = fx.cols;
    const gxv = kind === 'lstm' ? L.at(gates) : L.at(gates);
    if (kind === 'lstm') {
      L.linear(gxv, [b.term(L.at(fx), cell.weightIH, 0), b.term(L.at(fz), cell.weightIH, Mx)], null, 'linear', true);
      const cs = g.seq(T + 1, B, H, { zero: true, grad: false });
      L.lstm(gxv, h, L.at(cs, 0), null, L.at(hs, 1), L.at(cs, 1), L.at(seq(4 * H)), L.at(seq(H)));
    } else {
      L.linear(gxv, [b.term(L.at(fx), cell.weightIH, 0), b.term(L.at(fz), cell.weightIH, Mx)], b.bias(cell.biasIH));
      L.gru(gxv, L.at(gh!), h, null, L.at(hs, 1), L.at(seq(3 * H)));
    }
    g.forward();
    return wasmTensorFrom(engine.get(xs.at, T * B * X), [T, B, X]) as tf.Tensor3D;
  } finally {
    engine.release(mark);
  }
}

/** The rest of an MLP after its first layer (whose activated output is `first`), then its head. */
function mlpFrom(b: GraphBuilder, r: Region, first: Seq, rest: Linear[], act: VrnnModules['prior']['activation'], head: Linear, T: number, B: number): Seq {
  const hidden = rest.length ? b.mlp(r, [r.at(first)], rest, act, T, B) : first;
  return b.mlp(r, [r.at(hidden)], [head], 'linear', T, B);
}

/** Noise for all steps: `streams` alea states (stream t from `state(t)`), each filling its share of `out`. */
function fill(
  engine: KernelEngine,
  r: Region,
  kind: 'normal' | 'uniform' | 'openUniform',
  streams: number,
  n: number,
  out: Seq,
  state: (t: number) => [number, number, number, number],
): void {
  const at = engine.alloc(streams * 8);
  const st = new Float64Array(engine.heap().buffer, at * 4, streams * 4);
  for (let t = 0; t < streams; t++) st.set(state(t), 4 * t);
  r.fill(kind, at, streams, n / streams, out.at);
}

export type { Graph, View };

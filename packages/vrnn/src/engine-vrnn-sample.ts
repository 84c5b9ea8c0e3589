import * as tf from '@tensorflow/tfjs-core';
import { wasmTensorFrom, type KernelEngine, type Region, type Seq, type View } from '@probseq/backend';
import { noiseSeed } from '@probseq/distributions';
import type { Linear } from '@probseq/nn';
import { GraphBuilder, cellKind, residentFloats } from './engine-graph';
import { vrnnParameters, type VrnnModules } from './engine-vrnn';
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
  return runSampler(engine, 'vrnn-sample', vrnnParameters(m), (b) => {
    const g = b.g;
    const Z = m.prior.head.linear.outFeatures / 2;
    const head = m.decoder.head;
    const floorZ = m.prior.head.minScale;

    // Noise for all steps, in the engine (one stream per step when seeded).
    const streams = seed === undefined ? 1 : T;
    const seedAt = (t: number, k: number) => (seed === undefined ? undefined : seed + 2 * t + k);
    const noise = g.batch(1);
    const epsZ = g.seq(T, B, Z, { grad: false });
    fill(engine, noise, 'normal', streams, epsZ, (t) => aleaState(noiseSeed(seedAt(t, 0), 0), true));
    const xNoise = drawNoise(b, noise, head, T, B, X, mean, streams, (t) => seedAt(t, 1));
    const cell = m.cell;
    const { L, H, kind, G, hs, h, seq } = samplingLoop(b, cell, T, B);
    // Everything that reads h_{t−1} first, as ONE GEMM: the prior's and the decoder's first layers and the
    // cell's recurrent term write adjacent columns of one buffer, through weights packed back to back.
    const pFirst = m.prior.layers[0] ?? m.prior.head.linear;
    const dFirst = m.decoder.layers[0] ?? head.linear;
    const Mz = dFirst.weight.shape[0] - H;
    const P1 = pFirst.outFeatures, D1 = dFirst.outFeatures;
    const hTerms = g.seq(1, B, P1 + D1 + G, { grad: false });
    const opt = (t: tf.Tensor | null) => (t ? [t] : []);
    const [bp, bd, bh] = b.biasRow([opt(pFirst.bias), opt(dFirst.bias), kind === 'lstm' ? [cell.biasIH, cell.biasHH] : [cell.biasHH]], [P1, D1, G]);
    for (const w of [pFirst.weight, dFirst.weight, cell.weightHH, cell.weightIH]) b.weight(w);
    const pPre = L.at(hTerms, 0, [0, P1]);
    const dPre = L.at(hTerms, 0, [P1, D1]);
    const hG = L.at(hTerms, 0, [P1 + D1, G]);
    L.linear(pPre, [b.term(h, pFirst.weight)], bp, m.prior.layers.length ? m.prior.activation : 'linear');
    L.linear(dPre, [b.term(h, dFirst.weight, Mz)], bd);
    L.linear(hG, [b.term(h, cell.weightHH)], bh);
    // Prior → z_t → φz.
    const pq = m.prior.layers.length ? L.at(mlpFrom(b, L, pPre, [...m.prior.layers.slice(1)], m.prior.activation, m.prior.head.linear, 1, B)) : pPre;
    const z = seq(Z);
    L.gaussDraw(pq, L.at(epsZ), floorZ, L.at(z), L.at(seq(Z)));
    const fz = m.phiZ.layers.length ? b.mlp(L, [L.at(z)], m.phiZ.layers, m.phiZ.activation, 1, B) : z;
    // Decoder([φz, h]) → x_t.
    // φz's terms of the decoder's first layer and of the cell, into adjacent columns: one GEMM (the cell's
    // φx term follows once x_t is drawn).
    const Mx = m.phiX.layers.length ? m.phiX.layers[m.phiX.layers.length - 1].outFeatures : X;
    L.linear(dPre, [b.term(L.at(fz), dFirst.weight, 0)], null, m.decoder.layers.length ? m.decoder.activation : 'linear', true);
    if (kind === 'lstm') L.linear(hG, [b.term(L.at(fz), cell.weightIH, Mx)], null, 'linear', true);
    const out = m.decoder.layers.length ? L.at(mlpFrom(b, L, dPre, m.decoder.layers.slice(1), m.decoder.activation, head.linear, 1, B)) : dPre;
    const xs = g.seq(T, B, X, { grad: false });
    const x = L.at(xs);
    drawX(L, head, out, xNoise, mean, X, x, () => seq(X));
    // φx → the cell's input terms → the cell.
    const fx = m.phiX.layers.length ? b.mlp(L, [x], m.phiX.layers, m.phiX.activation, 1, B) : xs;
    if (kind === 'lstm') {
      L.linear(hG, [b.term(L.at(fx), cell.weightIH, 0)], null, 'linear', true);
      const cs = g.seq(T + 1, B, H, { zero: true, grad: false });
      L.lstm(hG, h, L.at(cs, 0), null, L.at(hs, 1), L.at(cs, 1), null, null);
    } else {
      const gx = L.at(seq(G));
      L.linear(gx, [b.term(L.at(fx), cell.weightIH, 0), b.term(L.at(fz), cell.weightIH, Mx)], b.bias(cell.biasIH));
      L.gru(gx, hG, h, null, L.at(hs, 1), null);
    }
    return xs;
  });
}

/**
 * The frame of both samplers: the parameters kept resident under `site`, an arena mark, a builder;
 * `describe` builds the generative loop and returns the buffer of x `[T, B, X]`, which is run and returned.
 */
function runSampler(engine: KernelEngine, site: string, params: tf.Tensor[], describe: (b: GraphBuilder) => Seq): tf.Tensor3D {
  const session = engine.resident.open(site, residentFloats(params));
  const mark = engine.mark();
  try {
    const b = new GraphBuilder(engine, false, session);
    const xs = describe(b);
    b.g.forward();
    return wasmTensorFrom(engine.get(xs.at, xs.blocks * xs.rows * xs.cols), [xs.blocks, xs.rows, xs.cols]) as tf.Tensor3D;
  } finally {
    engine.release(mark);
  }
}

/** A sampling loop over T steps of B rows with the cell's states h_0 … h_T, and one-block temporaries (`seq`). */
function samplingLoop(b: GraphBuilder, cell: VrnnModules['cell'], T: number, B: number) {
  const g = b.g;
  const L = g.loop(T, B);
  const H = cell.hiddenSize;
  const kind = cellKind(cell);
  const G = (kind === 'lstm' ? 4 : 3) * H;
  const hs = g.seq(T + 1, B, H, { zero: true, grad: false });
  // Temporaries: one block each, reused every step (sampling has no backward pass).
  const seq = (cols: number) => g.seq(1, B, cols, { grad: false });
  return { L, H, kind, G, hs, h: L.at(hs, 0), seq };
}

/** The decoder head as the sampler reads it. */
type Head = VrnnModules['decoder']['head'];

/** Noise buffers of the x draws for all steps, as the head's distribution draws them from step seed s_t. */
interface XNoise {
  normal: Seq | null;
  uniform: Seq | null;
}

/**
 * The noise x_t's draw reads, for all steps, exactly as the decoder head's distribution draws it from the
 * step seed s_t (`seedAt(t)`): Gaussian ε (tf.randomNormal, seed noiseSeed(s_t, 0)); Bernoulli u
 * (tf.randomUniform, seed s_t); mixture Gumbel u (noiseSeed(s_t, 0), open interval) and per-component ε
 * (noiseSeed(s_t, 1)). None for the mean.
 */
function drawNoise(b: GraphBuilder, r: Region, head: Head, T: number, B: number, X: number, mean: boolean, streams: number, seedAt: (t: number) => number | undefined): XNoise {
  const g = b.g;
  const e = b.engine;
  if (mean) return { normal: null, uniform: null };
  if (head.kind === 'gaussian') {
    const normal = g.seq(T, B, X, { grad: false });
    fill(e, r, 'normal', streams, normal, (t) => aleaState(noiseSeed(seedAt(t), 0), true));
    return { normal, uniform: null };
  }
  if (head.kind === 'bernoulli') {
    const uniform = g.seq(T, B, X, { grad: false });
    fill(e, r, 'uniform', streams, uniform, (t) => aleaState(seedAt(t), false));
    return { normal: null, uniform };
  }
  const K = head.components ?? 1;
  const uniform = g.seq(T, B, K, { grad: false });
  fill(e, r, 'openUniform', streams, uniform, (t) => aleaState(noiseSeed(seedAt(t), 0), false));
  const normal = g.seq(T, B, K * X, { grad: false });
  fill(e, r, 'normal', streams, normal, (t) => aleaState(noiseSeed(seedAt(t), 1), true));
  return { normal, uniform };
}

/** x_t from the decoder head's raw output `out` (a draw, or the mean). */
function drawX(L: Region, head: Head, out: View, n: XNoise, mean: boolean, X: number, x: View, scratch: () => Seq): void {
  const floor = head.minScale ?? 0;
  if (head.kind === 'gaussian') {
    if (mean) L.copy({ ...out, cols: X }, x);
    else L.gaussDraw(out, L.at(n.normal!), floor, x, L.at(scratch()));
  } else if (head.kind === 'bernoulli') {
    L.bernoulliDraw(out, mean ? null : L.at(n.uniform!), x, mean);
  } else if (mean) {
    L.gmmDraw(out, head.components ?? 1, null, null, floor, x, true);
  } else {
    L.gmmGumbel(out, head.components ?? 1, L.at(n.uniform!), L.at(n.normal!), floor, x);
  }
}

/**
 * Sampling from an RNN baseline (x_t ~ p(x | φ^dec(h_{t−1})), h_t = f(φx(x_t), h_{t−1})) on the kernel
 * engine, with the tfjs path's noise for the same seed (step seed s_t = seed + t). Returns `[steps, batch, X]`.
 */
export function engineRnnSample(
  engine: KernelEngine,
  m: Pick<VrnnModules, 'phiX' | 'cell'> & { decoder: VrnnModules['decoder'] },
  X: number,
  options: EngineSampleOptions,
): tf.Tensor3D {
  const { steps: T, batch: B, seed, mean } = options;
  const lin = (l: Linear) => (l.bias ? [l.weight, l.bias] : [l.weight]);
  const c = m.cell;
  const own = [...m.phiX.layers.flatMap(lin), c.weightIH, c.weightHH, c.biasIH, c.biasHH, ...m.decoder.layers.flatMap(lin), ...lin(m.decoder.head.linear)];
  return runSampler(engine, 'rnn-sample', own, (b) => {
    const g = b.g;
    const head = m.decoder.head;
    const streams = seed === undefined ? 1 : T;
    const xNoise = drawNoise(b, g.batch(1), head, T, B, X, mean, streams, (t) => (seed === undefined ? undefined : seed + t));
    const cell = m.cell;
    const { L, H, kind, G, hs, h, seq } = samplingLoop(b, cell, T, B);
    const gates = seq(G);
    const gh = kind === 'gru' ? seq(G) : null;
    if (kind === 'lstm') L.linear(L.at(gates), [b.term(h, cell.weightHH)], b.biasSum(cell.biasIH, cell.biasHH));
    else L.linear(L.at(gh!), [b.term(h, cell.weightHH)], b.bias(cell.biasHH));
    const dec = m.decoder;
    const hidden = dec.layers.length ? b.mlp(L, [h], dec.layers, dec.activation, 1, B) : null;
    const out = b.mlp(L, [hidden ? L.at(hidden) : h], [head.linear], 'linear', 1, B);
    const xs = g.seq(T, B, X, { grad: false });
    drawX(L, head, L.at(out), xNoise, mean, X, L.at(xs), () => seq(X));
    const fx = m.phiX.layers.length ? b.mlp(L, [L.at(xs)], m.phiX.layers, m.phiX.activation, 1, B) : xs;
    if (kind === 'lstm') {
      L.linear(L.at(gates), [b.term(L.at(fx), cell.weightIH)], null, 'linear', true);
      const cs = g.seq(T + 1, B, H, { zero: true, grad: false });
      L.lstm(L.at(gates), h, L.at(cs, 0), null, L.at(hs, 1), L.at(cs, 1), null, null);
    } else {
      L.linear(L.at(gates), [b.term(L.at(fx), cell.weightIH)], b.bias(cell.biasIH));
      L.gru(L.at(gates), L.at(gh!), h, null, L.at(hs, 1), null);
    }
    return xs;
  });
}

/** The rest of an MLP after its first layer (whose activated output is `first`), then its head. */
function mlpFrom(b: GraphBuilder, r: Region, first: View, rest: Linear[], act: VrnnModules['prior']['activation'], head: Linear, T: number, B: number): Seq {
  const hidden = rest.length ? r.at(b.mlp(r, [first], rest, act, T, B)) : first;
  return b.mlp(r, [hidden], [head], 'linear', T, B);
}

/** Noise for all steps: `streams` alea states (stream t from `state(t)`), each filling its share of `out`. */
function fill(
  engine: KernelEngine,
  r: Region,
  kind: 'normal' | 'uniform' | 'openUniform',
  streams: number,
  out: Seq,
  state: (t: number) => [number, number, number, number],
): void {
  const at = engine.alloc(streams * 8);
  const st = new Float64Array(engine.heap().buffer, at * 4, streams * 4);
  for (let t = 0; t < streams; t++) st.set(state(t), 4 * t);
  r.fill(kind, at, streams, out);
}


import * as tf from '@tensorflow/tfjs-core';
import type { KernelEngine, Region, Seq, View } from '@probseq/backend';
import type { Activation, Linear } from '@probseq/nn';
import type { GRUCell, LSTMCell } from '@probseq/rnn';
import { GraphBuilder, cellKind, graphOp, scanCell } from './engine-graph';
import { aleaState } from './tfjs-random';

type K = tf.Tensor;
type Cell = LSTMCell | GRUCell;

/** The modules of a VRNN, as the engine reads them (see `VRNN`). */
export interface VrnnModules {
  phiX: { layers: Linear[]; activation: Activation };
  phiZ: { layers: Linear[]; activation: Activation };
  prior: { layers: Linear[]; activation: Activation; head: { linear: Linear; minScale: number } };
  encoder: { layers: Linear[]; activation: Activation; head: { linear: Linear; minScale: number } };
  decoder: { layers: Linear[]; activation: Activation; head: { kind: 'gaussian' | 'bernoulli' | 'gmm'; linear: Linear; minScale?: number; components?: number } };
  cell: Cell;
  backward: Cell | null;
}

/** What one engine pass returns: per-step terms `[T, B]` (masked steps 0), and on request more. */
export interface EngineTerms {
  /** KL(q ‖ p) per step (unless `kl: false` was asked: IWAE's log-weights do not read it). */
  kl?: tf.Tensor2D;
  nll: tf.Tensor2D;
  /** log p(z_t | h_{t−1}) − log q(z_t | ·) per step (with `logRatio`). */
  logRatio?: tf.Tensor2D;
  /** The decoder head's raw output `[T, B, ·]` (with `decoderRaw`). */
  decoderRaw?: tf.Tensor3D;
}

/** Every parameter the engine graph reads, in a fixed order (the custom op's inputs after x, ε, mask). */
export function vrnnParameters(m: VrnnModules): K[] {
  const lin = (l: Linear) => (l.bias ? [l.weight, l.bias] : [l.weight]);
  const cell = (c: Cell) => [c.weightIH, c.weightHH, c.biasIH, c.biasHH];
  return [
    ...m.phiX.layers.flatMap(lin), ...m.phiZ.layers.flatMap(lin),
    ...m.prior.layers.flatMap(lin), ...lin(m.prior.head.linear),
    ...m.encoder.layers.flatMap(lin), ...lin(m.encoder.head.linear),
    ...m.decoder.layers.flatMap(lin), ...lin(m.decoder.head.linear),
    ...cell(m.cell), ...(m.backward ? cell(m.backward) : []),
  ];
}

/**
 * The VRNN's per-step KL and −log p(x_t | ·) (and, on request, log p(z)/q(z) and the decoder's raw
 * output) as ONE differentiable op on the kernel engine, for any module tree the package builds: MLPs of
 * any depth and activation, LSTM or GRU, filtering or smoothing posterior, Gaussian, Bernoulli or mixture
 * output, masks. The model is described once (`describe` below) as engine graph regions: φx and the input
 * terms before the time loop; the backward RNN (smoothing); the time loop (posterior, z draw, φz, cell);
 * prior, decoder and losses over all steps after it. Its derivative is the graph's reverse programs.
 * x `[T, B, X]`, eps `[T, B, Z]` (or `{ seed }`: ε drawn in the engine exactly as
 * `tf.randomNormal([T, B, Z], 0, 1, 'float32', seed)` draws it), mask `[T, B]`. With `copies` N > 1, N
 * samples per sequence in rows n·B + b (x and the mask as they are, ε `[T, N·B, Z]`, the terms `[T, N·B]`):
 * the same as x and the mask tiled N times, with what depends on x alone computed once. `inputs` `[T, B, X]`:
 * what φx reads instead of x (x under input dropout), while the likelihood scores x.
 */
export function engineVrnnTerms(
  engine: KernelEngine,
  m: VrnnModules,
  x: tf.Tensor3D,
  eps: tf.Tensor3D | { seed?: number },
  mask: tf.Tensor2D | undefined,
  want: { kl?: boolean; logRatio?: boolean; decoderRaw?: boolean } = {},
  copies = 1,
  inputs: tf.Tensor3D | null = null,
): EngineTerms {
  const withKl = want.kl ?? true;
  const T = x.shape[0];
  const given = eps instanceof tf.Tensor ? eps : null;
  const seed = given ? undefined : (eps as { seed?: number }).seed;
  const data = [x, ...(given ? [given] : []), ...(mask ? [mask] : []), ...(inputs ? [inputs] : [])];
  const site = `vrnn-terms${withKl ? '' : '-nokl'}${want.logRatio ? '-ratio' : ''}${want.decoderRaw ? '-raw' : ''}${inputs ? '-dropout' : ''}`;
  const outs = graphOp(engine, site, data, vrnnParameters(m), (b) => {
    const r = describe(b, m, T, x, given ?? { seed }, mask, { ...want, kl: withKl }, copies, inputs);
    return [...(withKl ? [r.kl!] : []), r.nll, ...(want.logRatio ? [r.logRatio!] : []), ...(want.decoderRaw ? [r.decoderRaw] : [])];
  });
  const o = withKl ? 1 : 0;
  return {
    ...(withKl ? { kl: outs[0] as tf.Tensor2D } : {}),
    nll: outs[o] as tf.Tensor2D,
    ...(want.logRatio ? { logRatio: outs[o + 1] as tf.Tensor2D } : {}),
    ...(want.decoderRaw ? { decoderRaw: outs[o + (want.logRatio ? 2 : 1)] as tf.Tensor3D } : {}),
  };
}

/** The VRNN as engine graph regions (eqs. 5–11 of Chung et al. 2015): returns the output buffers. */
function describe(
  b: GraphBuilder,
  m: VrnnModules,
  T: number,
  xT: tf.Tensor3D,
  epsT: tf.Tensor3D | { seed?: number },
  maskT: tf.Tensor2D | undefined,
  want: { kl: boolean; logRatio?: boolean },
  copies: number,
  inputsT: tf.Tensor3D | null,
): { kl: Seq | null; nll: Seq; logRatio: Seq | null; decoderRaw: Seq } {
  const inp = vrnnInputs(b, m, T, xT, epsT, maskT, copies, inputsT);
  const R = inp.rows;
  // The time loop over R = copies·B rows: posterior, z draw, φz and the cell; h_t at block t + 1 of hs.
  const L = b.g.loop(T, R);
  const H = m.cell.hiddenSize;
  const hs = b.g.seq(T + 1, R, H, { zero: true });
  const cs = cellKind(m.cell) === 'lstm' ? b.g.seq(T + 1, R, H, { zero: true }) : null;
  const step = vrnnStep(b, L, m, inp, L.at(hs, 0), cs && L.at(cs, 0), L.at(hs, 1), cs && L.at(cs, 1));
  // After the loop, over all T·R rows: prior, decoder, losses.
  const post = b.g.batch(T * R);
  const e = vrnnEmission(b, post, m, inp, post.at(hs, 0), step, { kl: want.kl, logRatio: want.logRatio });
  return { kl: e.kl, nll: e.nll, logRatio: e.logRatio, decoderRaw: e.decoderRaw };
}

/** What {@link vrnnInputs} puts in the graph before the time loop. */
export interface VrnnInputs {
  /** Steps T and rows per step (sequences, or sequences × samples or particles). */
  T: number;
  rows: number;
  /** x `[T, rows, X]`, ε `[T, rows, Z]`, the mask `[T, rows, 1]` (or null). */
  xs: Seq;
  eps: Seq;
  mask: Seq | null;
  /** The encoder's first layer's pre-activations, x and a_t terms (+ bias) so far. */
  encPre: Seq;
  /** The cell's input pre-activations, φx(x) terms (+ bias) so far. */
  gx: Seq;
  /** Columns of φx(x), and the row of the encoder's first weight where its h_{t−1} part starts. */
  Mx: number;
  hRow: number;
}

/**
 * x `[T, B, X]`, ε `[T, copies·B, Z]` (given, or drawn in the engine as tf.randomNormal([T, copies·B, Z], 0, 1,
 * 'float32', seed) draws it: one stream) and the mask `[T, B]` as buffers; then, over all T·B rows before the
 * loop, φx(x), the smoothing RNN's a_t, and the x and a_t terms of the encoder's first layer and of the
 * cell; with `copies` N > 1 (N samples or particles per sequence, rows n·B + b) these, x and the mask are
 * tiled to N·B rows per step. φx reads `inputsT` `[T, B, X]` where given (x under input dropout).
 */
export function vrnnInputs(
  b: GraphBuilder,
  m: VrnnModules,
  T: number,
  xT: tf.Tensor3D,
  epsT: tf.Tensor3D | { seed?: number },
  maskT: tf.Tensor2D | undefined,
  copies = 1,
  inputsT: tf.Tensor3D | null = null,
): VrnnInputs {
  const g = b.g;
  const B = xT.shape[1], X = xT.shape[2], Z = m.encoder.head.linear.outFeatures / 2;
  const rows = copies * B;
  const x = g.wrap(b.input(xT), T, B, X);
  let eps: Seq;
  if (epsT instanceof tf.Tensor) {
    eps = g.wrap(b.input(epsT), T, rows, Z);
  } else {
    eps = g.seq(T, rows, Z, { grad: false });
    const at = b.engine.alloc(8);
    new Float64Array(b.engine.heap().buffer, at * 4, 4).set(aleaState(epsT.seed, true));
    g.batch(1).fill('normal', at, 1, eps);
  }
  const mask = maskT ? g.wrap(b.input(maskT), T, B, 1) : null;
  if (m.prior.head.minScale !== m.encoder.head.minScale) throw new Error('engine VRNN: the prior and encoder must share one minScale');
  const pre = g.batch(T * B);
  // φx reads x, or x under input dropout; the likelihood scores x.
  const xIn = inputsT ? g.wrap(b.input(inputsT), T, B, X) : x;
  const fx = m.phiX.layers.length ? b.mlp(pre, [pre.at(xIn)], m.phiX.layers, m.phiX.activation, T, B) : xIn;
  const Mx = fx.cols;
  const a = m.backward ? scanCell(b, m.backward, fx, mask, T, B, true) : null;
  const mid = a ? g.batch(T * B) : pre;
  const first = m.encoder.layers[0] ?? m.encoder.head.linear;
  const encPre = g.seq(T, B, first.outFeatures);
  mid.linear(mid.at(encPre), [b.term(mid.at(fx), first.weight), ...(a ? [b.term(mid.at(a, 0), first.weight, Mx)] : [])], b.bias(first.bias));
  const cell = m.cell;
  const kind = cellKind(cell);
  const gx = g.seq(T, B, (kind === 'lstm' ? 4 : 3) * cell.hiddenSize);
  const cellBias = kind === 'lstm' ? b.biasSum(cell.biasIH, cell.biasHH) : b.bias(cell.biasIH);
  mid.linear(mid.at(gx), [b.term(mid.at(fx), cell.weightIH)], cellBias);
  // The N samples' or particles' rows n·B + b share these: computed once, then tiled.
  const tile = (s: Seq) => g.tileRows(s, copies);
  return { T, rows, xs: tile(x), eps, mask: mask && tile(mask), encPre: tile(encPre), gx: tile(gx), Mx, hRow: Mx + (a ? a.cols : 0) };
}

/**
 * One step of the time loop L from h_{t−1} (and c_{t−1}): q(z_t | ·) from the encoder, z_t = μ + σ·ε_t,
 * φz(z_t), and the cell, which writes h_t (and c_t) to `hNext` (`cNext`). Masked rows keep their state.
 */
export function vrnnStep(
  b: GraphBuilder,
  L: Region,
  m: VrnnModules,
  inp: VrnnInputs,
  hPrev: View,
  cPrev: View | null,
  hNext: View,
  cNext: View | null,
): { q: Seq; z: Seq; fz: Seq } {
  const g = b.g;
  const { T, rows } = inp;
  const cell = m.cell;
  const H = cell.hiddenSize;
  const kind = cellKind(cell);
  const first = m.encoder.layers[0] ?? m.encoder.head.linear;
  const encAct: Activation = m.encoder.layers.length ? m.encoder.activation : 'linear';
  // The h_{t−1} terms of the cell and of the encoder share a phase; in the backward pass their two
  // gradient terms into h_{t−1} become one GEMM instruction.
  let gh: Seq | null = null;
  if (kind === 'lstm') {
    L.linear(L.at(inp.gx), [b.term(hPrev, cell.weightHH)], null, 'linear', true);
  } else {
    gh = g.seq(T, rows, 3 * H);
    L.linear(L.at(gh), [b.term(hPrev, cell.weightHH)], b.bias(cell.biasHH));
  }
  L.linear(L.at(inp.encPre), [b.term(hPrev, first.weight, inp.hRow)], null, encAct, true);
  let q = inp.encPre;
  if (m.encoder.layers.length) {
    const rest = m.encoder.layers.slice(1);
    const hidden = rest.length ? b.mlp(L, [L.at(inp.encPre)], rest, m.encoder.activation, T, rows) : inp.encPre;
    q = b.mlp(L, [L.at(hidden)], [m.encoder.head.linear], 'linear', T, rows);
  }
  const Z = m.encoder.head.linear.outFeatures / 2;
  const z = g.seq(T, rows, Z);
  L.gaussDraw(L.at(q), L.at(inp.eps), m.encoder.head.minScale, L.at(z), L.at(g.seq(T, rows, Z)));
  const fz = m.phiZ.layers.length ? b.mlp(L, [L.at(z)], m.phiZ.layers, m.phiZ.activation, T, rows) : z;
  L.linear(L.at(inp.gx), [b.term(L.at(fz), cell.weightIH, inp.Mx)], null, 'linear', true);
  const mask = inp.mask ? L.at(inp.mask) : null;
  if (kind === 'lstm') {
    // What the backward pass reads (the activated gates, tanh c) is kept only when there will be one.
    const keep = (cols: number) => (b.withGrads ? L.at(g.seq(T, rows, cols)) : null);
    L.lstm(L.at(inp.gx), hPrev, cPrev!, mask, hNext, cNext!, keep(4 * H), keep(H));
  } else {
    L.gru(L.at(inp.gx), L.at(gh!), hPrev, mask, hNext, b.withGrads ? L.at(g.seq(T, rows, 3 * H)) : null);
  }
  return { q, z, fz };
}

/**
 * The prior p(z_t | h_{t−1}), the decoder p(x_t | φz(z_t), h_{t−1}) and the per-row losses in region r (after
 * the loop over all steps' rows, or inside it, one step's): −log p(x_t | ·), and on request KL(q ‖ p) and
 * log p(z_t) − log q(z_t). `h` is h_{t−1} as r sees it.
 */
export function vrnnEmission(
  b: GraphBuilder,
  r: Region,
  m: VrnnModules,
  inp: VrnnInputs,
  h: View,
  s: { q: Seq; z: Seq; fz: Seq },
  want: { kl?: boolean; logRatio?: boolean },
): { kl: Seq | null; nll: Seq; logRatio: Seq | null; decoderRaw: Seq } {
  const g = b.g;
  const { T, rows } = inp;
  const floor = m.encoder.head.minScale;
  const Z = s.z.cols;
  const priorHidden = m.prior.layers.length ? b.mlp(r, [h], m.prior.layers, m.prior.activation, T, rows) : null;
  const p = b.mlp(r, [priorHidden ? r.at(priorHidden) : h], [m.prior.head.linear], 'linear', T, rows);
  const dec = m.decoder;
  const decHidden = dec.layers.length ? b.mlp(r, [r.at(s.fz), h], dec.layers, dec.activation, T, rows) : null;
  const dOut = b.mlp(r, decHidden ? [r.at(decHidden)] : [r.at(s.fz), h], [dec.head.linear], 'linear', T, rows);
  const mk = inp.mask ? r.at(inp.mask) : null;
  let kl: Seq | null = null;
  if (want.kl) {
    kl = g.seq(T, rows, 1);
    r.loss('gaussKL', { a: r.at(s.q), b: r.at(p), width: Z, floor, mask: mk, out: r.at(kl) });
  }
  const nll = g.seq(T, rows, 1);
  const head = dec.head;
  const nllKind = head.kind === 'bernoulli' ? 'bernoulliNLL' : head.kind === 'gmm' ? 'gmmNLL' : 'gaussNLL';
  r.loss(nllKind, { a: r.at(dOut), b: r.at(inp.xs), width: inp.xs.cols, components: head.components, floor: head.minScale ?? 0, mask: mk, out: r.at(nll) });
  let logRatio: Seq | null = null;
  if (want.logRatio) {
    logRatio = g.seq(T, rows, 1);
    r.loss('gaussLogRatio', { a: r.at(s.q), b: r.at(p), z: r.at(s.z), width: Z, floor, mask: mk, out: r.at(logRatio) });
  }
  return { kl, nll, logRatio, decoderRaw: dOut };
}

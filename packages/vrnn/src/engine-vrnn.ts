import * as tf from '@tensorflow/tfjs-core';
import type { KernelEngine, Seq } from '@probseq/backend';
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
  kl: tf.Tensor2D;
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
 * `tf.randomNormal([T, B, Z], 0, 1, 'float32', seed)` draws it), mask `[T, B]`.
 */
export function engineVrnnTerms(
  engine: KernelEngine,
  m: VrnnModules,
  x: tf.Tensor3D,
  eps: tf.Tensor3D | { seed?: number },
  mask: tf.Tensor2D | undefined,
  want: { logRatio?: boolean; decoderRaw?: boolean } = {},
): EngineTerms {
  const [T, B] = x.shape;
  const given = eps instanceof tf.Tensor ? eps : null;
  const seed = given ? undefined : (eps as { seed?: number }).seed;
  const data = [x, ...(given ? [given] : []), ...(mask ? [mask] : [])];
  const site = `vrnn-terms${want.logRatio ? '-ratio' : ''}${want.decoderRaw ? '-raw' : ''}`;
  const outs = graphOp(engine, site, data, vrnnParameters(m), (b) => {
    const r = describe(b, m, T, B, x, given ?? { seed }, mask, want);
    return [r.kl, r.nll, ...(want.logRatio ? [r.logRatio!] : []), ...(want.decoderRaw ? [r.decoderRaw] : [])];
  });
  return {
    kl: outs[0] as tf.Tensor2D,
    nll: outs[1] as tf.Tensor2D,
    ...(want.logRatio ? { logRatio: outs[2] as tf.Tensor2D } : {}),
    ...(want.decoderRaw ? { decoderRaw: outs[want.logRatio ? 3 : 2] as tf.Tensor3D } : {}),
  };
}

/** The VRNN as engine graph regions (eqs. 5–11 of Chung et al. 2015): returns the output buffers. */
function describe(
  b: GraphBuilder,
  m: VrnnModules,
  T: number,
  B: number,
  xT: tf.Tensor3D,
  epsT: tf.Tensor3D | { seed?: number },
  maskT: tf.Tensor2D | undefined,
  want: { logRatio?: boolean },
): { kl: Seq; nll: Seq; logRatio: Seq | null; decoderRaw: Seq } {
  const g = b.g;
  const R = T * B;
  const X = xT.shape[2], Z = m.encoder.head.linear.outFeatures / 2;
  const xs = g.wrap(b.input(xT), T, B, X);
  let eps: Seq;
  if (epsT instanceof tf.Tensor) {
    eps = g.wrap(b.input(epsT), T, B, Z);
  } else {
    // ε drawn in the engine as tf.randomNormal([T, B, Z], 0, 1, 'float32', seed) draws it (one stream).
    eps = g.seq(T, B, Z, { grad: false });
    const at = b.engine.alloc(8);
    new Float64Array(b.engine.heap().buffer, at * 4, 4).set(aleaState(epsT.seed, true));
    g.batch(1).fill('normal', at, 1, eps);
  }
  const mask = maskT ? g.wrap(b.input(maskT), T, B, 1) : null;
  const floor = m.encoder.head.minScale;
  if (m.prior.head.minScale !== floor) throw new Error('engine VRNN: the prior and encoder must share one minScale');

  // Before the loop, over all T·B rows: φx(x), the cells' input terms, the encoder's input terms.
  const pre = g.batch(R);
  const fx = m.phiX.layers.length ? b.mlp(pre, [pre.at(xs)], m.phiX.layers, m.phiX.activation, T, B) : xs;
  const Mx = fx.cols;
  let a: Seq | null = null;
  if (m.backward) a = scanCell(b, m.backward, fx, mask, T, B, true);
  const mid = a ? g.batch(R) : pre;
  const first = m.encoder.layers[0] ?? m.encoder.head.linear;
  const encPre = g.seq(T, B, first.outFeatures);
  mid.linear(mid.at(encPre), [b.term(mid.at(fx), first.weight), ...(a ? [b.term(mid.at(a, 0), first.weight, Mx)] : [])], b.bias(first.bias));
  const cell = m.cell;
  const H = cell.hiddenSize;
  const kind = cellKind(cell);
  const G = (kind === 'lstm' ? 4 : 3) * H;
  const gx = g.seq(T, B, G);
  const cellBias = kind === 'lstm' ? b.biasSum(cell.biasIH, cell.biasHH) : b.bias(cell.biasIH);
  mid.linear(mid.at(gx), [b.term(mid.at(fx), cell.weightIH)], cellBias);

  // The time loop.
  const L = g.loop(T, B);
  const hs = g.seq(T + 1, B, H, { zero: true });
  const hPrev = L.at(hs, 0), hNext = L.at(hs, 1);
  const encAct: Activation = m.encoder.layers.length ? m.encoder.activation : 'linear';
  const hRow = Mx + (a ? a.cols : 0);
  // The h_{t−1} terms of the cell and of the encoder share a phase; in the backward pass their two
  // gradient terms into h_{t−1} become one GEMM instruction.
  let gh: Seq | null = null;
  if (kind === 'lstm') {
    L.linear(L.at(gx), [b.term(hPrev, cell.weightHH)], null, 'linear', true);
  } else {
    gh = g.seq(T, B, G);
    L.linear(L.at(gh), [b.term(hPrev, cell.weightHH)], b.bias(cell.biasHH));
  }
  L.linear(L.at(encPre), [b.term(hPrev, first.weight, hRow)], null, encAct, true);
  let q = encPre;
  if (m.encoder.layers.length) {
    const rest = m.encoder.layers.slice(1);
    const hidden = rest.length ? b.mlp(L, [L.at(encPre)], rest, m.encoder.activation, T, B) : encPre;
    q = b.mlp(L, [L.at(hidden)], [m.encoder.head.linear], 'linear', T, B);
  }
  const z = g.seq(T, B, Z);
  const sigma = g.seq(T, B, Z);
  L.gaussDraw(L.at(q), L.at(eps), floor, L.at(z), L.at(sigma));
  const fz = m.phiZ.layers.length ? b.mlp(L, [L.at(z)], m.phiZ.layers, m.phiZ.activation, T, B) : z;
  L.linear(L.at(gx), [b.term(L.at(fz), cell.weightIH, Mx)], null, 'linear', true);
  const maskStep = mask ? L.at(mask) : null;
  if (kind === 'lstm') {
    const cs = g.seq(T + 1, B, H, { zero: true });
    // What the backward pass reads (the activated gates, tanh c) is kept only when there will be one.
    const keep = (cols: number) => (b.withGrads ? L.at(g.seq(T, B, cols)) : null);
    L.lstm(L.at(gx), hPrev, L.at(cs, 0), maskStep, hNext, L.at(cs, 1), keep(4 * H), keep(H));
  } else {
    L.gru(L.at(gx), L.at(gh!), hPrev, maskStep, hNext, b.withGrads ? L.at(g.seq(T, B, 3 * H)) : null);
  }

  // After the loop, over all T·B rows: prior, decoder, losses.
  const post = g.batch(R);
  const h = post.at(hs, 0);
  const priorHidden = m.prior.layers.length ? b.mlp(post, [h], m.prior.layers, m.prior.activation, T, B) : null;
  const p = b.mlp(post, [priorHidden ? post.at(priorHidden) : h], [m.prior.head.linear], 'linear', T, B);
  const dec = m.decoder;
  const decHidden = dec.layers.length ? b.mlp(post, [post.at(fz), h], dec.layers, dec.activation, T, B) : null;
  const dOut = b.mlp(post, decHidden ? [post.at(decHidden)] : [post.at(fz), h], [dec.head.linear], 'linear', T, B);
  const kl = g.seq(T, B, 1);
  const nll = g.seq(T, B, 1);
  const mk = mask ? post.at(mask) : null;
  post.loss('gaussKL', { a: post.at(q), b: post.at(p), width: Z, floor, mask: mk, out: post.at(kl) });
  const head = dec.head;
  const nllKind = head.kind === 'bernoulli' ? 'bernoulliNLL' : head.kind === 'gmm' ? 'gmmNLL' : 'gaussNLL';
  post.loss(nllKind, { a: post.at(dOut), b: post.at(xs), width: X, components: head.components, floor: head.minScale ?? 0, mask: mk, out: post.at(nll) });
  if (!want.logRatio) return { kl, nll, logRatio: null, decoderRaw: dOut };
  const logRatio = g.seq(T, B, 1);
  post.loss('gaussLogRatio', { a: post.at(q), b: post.at(p), z: post.at(z), width: Z, floor, mask: mk, out: post.at(logRatio) });
  return { kl, nll, logRatio, decoderRaw: dOut };
}

import * as tf from '@tensorflow/tfjs-core';
import { unstackRows, type KernelEngine, type Seq } from '@probseq/backend';
import { GraphBuilder, cellKind, graphOp, scanCell } from './engine-graph';
import { vrnnParameters, type VrnnModules } from './engine-vrnn';
import type { ParticleSteps } from './fivo';

type K = tf.Tensor;

/**
 * The VRNN's particle transition for FIVO on the kernel engine (the same maths as vrnn-particle-steps.ts):
 * one engine op computes, for all steps and N·B rows, φx(x), the smoothing RNN's a_t and the input terms of
 * the encoder's first layer and of the cell; then each step is one engine op from the rows' states —
 * encoder, z draw, φz, prior, decoder, log α_t = log p(x_t | ·) + log p(z_t | h) − log q(z_t | ·), and the
 * cell — differentiable in the states, the input terms and the parameters, so the particle filter's
 * resampling (a row gather between steps) stays with `fivoBound`. Not tidied.
 */
export function engineParticleSteps(
  engine: KernelEngine,
  m: VrnnModules,
  x: tf.Tensor3D,
  mask: tf.Tensor2D | undefined,
  options: { particles: number; noise?: tf.Tensor3D; seed?: number },
): ParticleSteps {
  const N = options.particles;
  const [T, B, X] = x.shape;
  const R = N * B;
  const xk = N === 1 ? x : (tf.tile(x, [1, N, 1]) as tf.Tensor3D);
  const mk = mask && N > 1 ? (tf.tile(mask, [1, N]) as tf.Tensor2D) : mask;
  const Z = m.encoder.head.linear.outFeatures / 2;
  const own = vrnnParameters(m);
  const H = m.cell.hiddenSize;
  const kind = cellKind(m.cell);

  // φx, a_t and the input terms for all steps (one op).
  const [encPreAll, gxAll] = graphOp(engine, 'vrnn-particle-inputs', [xk, ...(mk ? [mk] : [])], own, (b) => {
    const g = b.g;
    const xs = g.wrap(b.input(xk), T, R, X);
    const maskS = mk ? g.wrap(b.input(mk), T, R, 1) : null;
    const pre = g.batch(T * R);
    const fx = m.phiX.layers.length ? b.mlp(pre, [pre.at(xs)], m.phiX.layers, m.phiX.activation, T, R) : xs;
    const a = m.backward ? scanCell(b, m.backward, fx, maskS, T, R, true) : null;
    const mid = a ? g.batch(T * R) : pre;
    const first = m.encoder.layers[0] ?? m.encoder.head.linear;
    const encPre = g.seq(T, R, first.outFeatures);
    mid.linear(mid.at(encPre), [b.term(mid.at(fx), first.weight), ...(a ? [b.term(mid.at(a, 0), first.weight, fx.cols)] : [])], b.bias(first.bias));
    const gx = g.seq(T, R, (kind === 'lstm' ? 4 : 3) * H);
    const cell = m.cell;
    mid.linear(mid.at(gx), [b.term(mid.at(fx), cell.weightIH)], kind === 'lstm' ? b.biasSum(cell.biasIH, cell.biasHH) : b.bias(cell.biasIH));
    return [encPre, gx];
  });
  const encPre = unstackRows(encPreAll);
  const gx = unstackRows(gxAll);
  const eps = unstackRows(options.noise ?? tf.randomNormal([T, R, Z], 0, 1, 'float32', options.seed));
  const xs = unstackRows(xk);
  const live = mk ? unstackRows(tf.reshape(mk, [T, R, 1])) : null;
  const Mx = m.phiX.layers.length ? m.phiX.layers[m.phiX.layers.length - 1].outFeatures : X;
  const A = m.backward ? m.backward.hiddenSize : 0;

  return {
    steps: T,
    batch: B,
    particles: N,
    initial: () => (kind === 'lstm' ? [tf.zeros([R, H]), tf.zeros([R, H])] : [tf.zeros([R, H])]),
    step: (t, state) => {
      const data = [xs[t], eps[t], ...(live ? [live[t]] : [])];
      const inputs = [state[0], ...(kind === 'lstm' ? [state[1]] : []), encPre[t], gx[t]];
      const outs = graphOp(engine, 'vrnn-particle-step', data, [...inputs, ...own], (b) =>
        particleStep(b, m, R, X, Z, Mx, A, data, state[0], kind === 'lstm' ? state[1] : null, encPre[t], gx[t]),
      );
      const [hNext, ...rest] = outs;
      const cNext = kind === 'lstm' ? rest[0] : null;
      const [nll, logRatio] = kind === 'lstm' ? rest.slice(1) : rest;
      const logAlpha = tf.reshape(tf.sub(logRatio, nll), [R]);
      const st = [tf.reshape(hNext, [R, H]), ...(cNext ? [tf.reshape(cNext, [R, H])] : [])];
      return { state: st, logAlpha };
    },
  };
}

/** One step of the particle filter over R rows as an engine graph; returns [h_t, (c_t,) NLL_t, log p(z)/q(z)]. */
function particleStep(
  b: GraphBuilder,
  m: VrnnModules,
  R: number,
  X: number,
  Z: number,
  Mx: number,
  A: number,
  d: K[],
  hT: K,
  cT: K | null,
  eT: K,
  gT: K,
): Seq[] {
  const g = b.g;
  const cell = m.cell;
  const H = cell.hiddenSize;
  const kind = cellKind(cell);
  const G = (kind === 'lstm' ? 4 : 3) * H;
  const xs = g.wrap(b.input(d[0]), 1, R, X);
  const eps = g.wrap(b.input(d[1]), 1, R, Z);
  const mask = d[2] ? g.wrap(b.input(d[2]), 1, R, 1) : null;
  const h = b.gradInput(hT, 1, R, H);
  const c = cT ? b.gradInput(cT, 1, R, H) : null;
  const first = m.encoder.layers[0] ?? m.encoder.head.linear;
  const encPre = b.gradInput(eT, 1, R, first.outFeatures);
  const gates = b.gradInput(gT, 1, R, G);
  const floor = m.encoder.head.minScale;
  const r = g.batch(R);
  const hv = r.at(h);
  let gh: Seq | null = null;
  if (kind === 'lstm') {
    r.linear(r.at(gates), [b.term(hv, cell.weightHH)], null, 'linear', true);
  } else {
    gh = g.seq(1, R, G);
    r.linear(r.at(gh), [b.term(hv, cell.weightHH)], b.bias(cell.biasHH));
  }
  // The encoder's first layer reads [φx(x_t), a_t, h_{t−1}]: its h rows start at Mx + A.
  r.linear(r.at(encPre), [b.term(hv, first.weight, Mx + A)], null, m.encoder.layers.length ? m.encoder.activation : 'linear', true);
  let q = encPre;
  if (m.encoder.layers.length) {
    const rest = m.encoder.layers.slice(1);
    const hidden = rest.length ? b.mlp(r, [r.at(encPre)], rest, m.encoder.activation, 1, R) : encPre;
    q = b.mlp(r, [r.at(hidden)], [m.encoder.head.linear], 'linear', 1, R);
  }
  const z = g.seq(1, R, Z);
  r.gaussDraw(r.at(q), r.at(eps), floor, r.at(z), r.at(g.seq(1, R, Z)));
  const fz = m.phiZ.layers.length ? b.mlp(r, [r.at(z)], m.phiZ.layers, m.phiZ.activation, 1, R) : z;
  const priorHidden = m.prior.layers.length ? b.mlp(r, [hv], m.prior.layers, m.prior.activation, 1, R) : null;
  const p = b.mlp(r, [priorHidden ? r.at(priorHidden) : hv], [m.prior.head.linear], 'linear', 1, R);
  const dec = m.decoder;
  const decHidden = dec.layers.length ? b.mlp(r, [r.at(fz), hv], dec.layers, dec.activation, 1, R) : null;
  const out = b.mlp(r, decHidden ? [r.at(decHidden)] : [r.at(fz), hv], [dec.head.linear], 'linear', 1, R);
  const mk = mask ? r.at(mask) : null;
  const nll = g.seq(1, R, 1);
  const head = dec.head;
  const nllKind = head.kind === 'bernoulli' ? 'bernoulliNLL' : head.kind === 'gmm' ? 'gmmNLL' : 'gaussNLL';
  r.loss(nllKind, { a: r.at(out), b: r.at(xs), width: X, components: head.components, floor: head.minScale ?? 0, mask: mk, out: r.at(nll) });
  const logRatio = g.seq(1, R, 1);
  r.loss('gaussLogRatio', { a: r.at(q), b: r.at(p), z: r.at(z), width: Z, floor, mask: mk, out: r.at(logRatio) });
  r.linear(r.at(gates), [b.term(r.at(fz), cell.weightIH, Mx)], null, 'linear', true);
  const hNext = g.seq(1, R, H);
  if (kind === 'lstm') {
    const cNext = g.seq(1, R, H);
    const keep = (cols: number) => (b.withGrads ? r.at(g.seq(1, R, cols)) : null);
    r.lstm(r.at(gates), hv, r.at(c!), mk, r.at(hNext), r.at(cNext), keep(4 * H), keep(H));
    return [hNext, cNext, nll, logRatio];
  }
  r.gru(r.at(gates), r.at(gh!), hv, mk, r.at(hNext), b.withGrads ? r.at(g.seq(1, R, 3 * H)) : null);
  return [hNext, nll, logRatio];
}


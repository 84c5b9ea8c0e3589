import * as tf from '@tensorflow/tfjs-core';
import type { KernelEngine, Seq } from '@probseq/backend';
import type { Activation } from '@probseq/nn';
import { GraphBuilder, cellKind, graphOp, scanCell } from './engine-graph';
import { vrnnParameters, type VrnnModules } from './engine-vrnn';
import type { FivoResult, ResamplingPolicy, Resampling } from './fivo';
import { aleaState } from './tfjs-random';

/** Options of {@link engineParticleFilter}. */
export interface EngineFilterOptions {
  particles: number;
  resampling: ResamplingPolicy;
  /** Resampling uniforms `[T, B, N]`. */
  uniforms: tf.Tensor;
  /** Proposal noise `[T, N·B, zDim]`; else drawn in the engine as tf.randomNormal draws it with `seed`. */
  noise?: tf.Tensor3D;
  seed?: number;
}

/**
 * The VRNN's FIVO bound as ONE differentiable op on the kernel engine (the same maths as fivoBound over
 * vrnn-particle-steps.ts): φx(x), the smoothing RNN's a_t and the input terms of the encoder's first layer
 * and of the cell for all steps and N·B rows before the loop; then each step, for every row, the encoder,
 * the z draw, φz, prior, decoder, log α_t = log p(x_t | ·) + log p(z_t | h) − log q(z_t | ·) and the cell,
 * then the particle filter's weights and ESS test per sequence and the gather of the resampled states —
 * all inside the engine, so a step costs no tfjs op and no read of the weights. Returns the bound per
 * sequence `[B]` and the resampling events. Not tidied.
 */
export function engineParticleFilter(
  engine: KernelEngine,
  m: VrnnModules,
  x: tf.Tensor3D,
  mask: tf.Tensor2D | undefined,
  o: EngineFilterOptions,
): FivoResult {
  const N = o.particles;
  const [T, B] = x.shape;
  const R = N * B;
  const xk = N === 1 ? x : (tf.tile(x, [1, N, 1]) as tf.Tensor3D);
  const mk = mask && N > 1 ? (tf.tile(mask, [1, N]) as tf.Tensor2D) : mask;
  const u = tf.reshape(o.uniforms, [T, R]);
  const data = [xk, u, ...(o.noise ? [o.noise] : []), ...(mk ? [mk] : [])];
  const [increments, ancestors, flags] = graphOp(engine, 'vrnn-particle-filter', data, vrnnParameters(m), (b) =>
    describeFilter(b, m, N, xk, u, o.noise ?? { seed: o.seed }, mk, o.resampling),
  );
  const bound = tf.sum(tf.slice(increments, [0, 0], [T, B]), 0) as tf.Tensor1D;
  const flag = flags.dataSync();
  const anc = ancestors.dataSync();
  const resamplings: Resampling[] = [];
  for (let t = 0; t < T; t++) {
    for (let s = 0; s < B; s++) {
      if (flag[t * R + s] !== 1) continue;
      resamplings.push({ step: t, sequence: s, ancestors: Array.from({ length: N }, (_, j) => (anc[t * R + j * B + s] - s) / B) });
    }
  }
  return { bound, resamplings };
}

/** The particle filter as engine graph regions; returns [the bound's increments, ancestors, flags], each `[T, N·B, 1]`. */
function describeFilter(
  b: GraphBuilder,
  m: VrnnModules,
  N: number,
  xT: tf.Tensor3D,
  uT: tf.Tensor,
  epsT: tf.Tensor3D | { seed?: number },
  maskT: tf.Tensor2D | undefined,
  policy: ResamplingPolicy,
): Seq[] {
  const g = b.g;
  const [T, R, X] = xT.shape;
  const B = R / N;
  const Z = m.encoder.head.linear.outFeatures / 2;
  const xs = g.wrap(b.input(xT), T, R, X);
  const u = g.wrap(b.input(uT), T, R, 1);
  let eps: Seq;
  if (epsT instanceof tf.Tensor) {
    eps = g.wrap(b.input(epsT), T, R, Z);
  } else {
    eps = g.seq(T, R, Z, { grad: false });
    const at = b.engine.alloc(8);
    new Float64Array(b.engine.heap().buffer, at * 4, 4).set(aleaState(epsT.seed, true));
    g.batch(1).fill('normal', at, 1, eps);
  }
  const mask = maskT ? g.wrap(b.input(maskT), T, R, 1) : null;
  const floor = m.encoder.head.minScale;
  if (m.prior.head.minScale !== floor) throw new Error('engine VRNN: the prior and encoder must share one minScale');

  // Before the loop, over all T·R rows: φx(x), a_t (smoothing), the encoder's and the cell's input terms.
  const pre = g.batch(T * R);
  const fx = m.phiX.layers.length ? b.mlp(pre, [pre.at(xs)], m.phiX.layers, m.phiX.activation, T, R) : xs;
  const Mx = fx.cols;
  const a = m.backward ? scanCell(b, m.backward, fx, mask, T, R, true) : null;
  const mid = a ? g.batch(T * R) : pre;
  const first = m.encoder.layers[0] ?? m.encoder.head.linear;
  const encPre = g.seq(T, R, first.outFeatures);
  mid.linear(mid.at(encPre), [b.term(mid.at(fx), first.weight), ...(a ? [b.term(mid.at(a, 0), first.weight, Mx)] : [])], b.bias(first.bias));
  const cell = m.cell;
  const H = cell.hiddenSize;
  const kind = cellKind(cell);
  const G = (kind === 'lstm' ? 4 : 3) * H;
  const gx = g.seq(T, R, G);
  mid.linear(mid.at(gx), [b.term(mid.at(fx), cell.weightIH)], kind === 'lstm' ? b.biasSum(cell.biasIH, cell.biasHH) : b.bias(cell.biasIH));

  // The time loop: every row's step, then the filter's weights and the resampled states.
  const L = g.loop(T, R);
  const hs = g.seq(T + 1, R, H, { zero: true });
  const hPrev = L.at(hs, 0);
  const encAct: Activation = m.encoder.layers.length ? m.encoder.activation : 'linear';
  let gh: Seq | null = null;
  if (kind === 'lstm') {
    L.linear(L.at(gx), [b.term(hPrev, cell.weightHH)], null, 'linear', true);
  } else {
    gh = g.seq(T, R, G);
    L.linear(L.at(gh), [b.term(hPrev, cell.weightHH)], b.bias(cell.biasHH));
  }
  L.linear(L.at(encPre), [b.term(hPrev, first.weight, Mx + (a ? a.cols : 0))], null, encAct, true);
  let q = encPre;
  if (m.encoder.layers.length) {
    const rest = m.encoder.layers.slice(1);
    const hidden = rest.length ? b.mlp(L, [L.at(encPre)], rest, m.encoder.activation, T, R) : encPre;
    q = b.mlp(L, [L.at(hidden)], [m.encoder.head.linear], 'linear', T, R);
  }
  const z = g.seq(T, R, Z);
  L.gaussDraw(L.at(q), L.at(eps), floor, L.at(z), L.at(g.seq(T, R, Z)));
  const fz = m.phiZ.layers.length ? b.mlp(L, [L.at(z)], m.phiZ.layers, m.phiZ.activation, T, R) : z;
  const priorHidden = m.prior.layers.length ? b.mlp(L, [hPrev], m.prior.layers, m.prior.activation, T, R) : null;
  const p = b.mlp(L, [priorHidden ? L.at(priorHidden) : hPrev], [m.prior.head.linear], 'linear', T, R);
  const dec = m.decoder;
  const decHidden = dec.layers.length ? b.mlp(L, [L.at(fz), hPrev], dec.layers, dec.activation, T, R) : null;
  const out = b.mlp(L, decHidden ? [L.at(decHidden)] : [L.at(fz), hPrev], [dec.head.linear], 'linear', T, R);
  const mk = mask ? L.at(mask) : null;
  const nll = g.seq(T, R, 1);
  const head = dec.head;
  const nllKind = head.kind === 'bernoulli' ? 'bernoulliNLL' : head.kind === 'gmm' ? 'gmmNLL' : 'gaussNLL';
  L.loss(nllKind, { a: L.at(out), b: L.at(xs), width: X, components: head.components, floor: head.minScale ?? 0, mask: mk, out: L.at(nll) });
  const logRatio = g.seq(T, R, 1);
  L.loss('gaussLogRatio', { a: L.at(q), b: L.at(p), z: L.at(z), width: Z, floor, mask: mk, out: L.at(logRatio) });
  L.linear(L.at(gx), [b.term(L.at(fz), cell.weightIH, Mx)], null, 'linear', true);
  const hNew = g.seq(T, R, H);
  const cs = kind === 'lstm' ? g.seq(T + 1, R, H, { zero: true }) : null;
  const cNew = kind === 'lstm' ? g.seq(T, R, H) : null;
  if (kind === 'lstm') {
    const keep = (cols: number) => (b.withGrads ? L.at(g.seq(T, R, cols)) : null);
    L.lstm(L.at(gx), hPrev, L.at(cs!, 0), mk, L.at(hNew), L.at(cNew!), keep(4 * H), keep(H));
  } else {
    L.gru(L.at(gx), L.at(gh!), hPrev, mk, L.at(hNew), b.withGrads ? L.at(g.seq(T, R, 3 * H)) : null);
  }
  const logW = g.seq(T + 1, R, 1, { zero: true });
  const w = g.seq(T, R, 1);
  const ancestors = g.seq(T, R, 1, { zero: true });
  const increments = g.seq(T, R, 1, { zero: true });
  const flags = g.seq(T, R, 1, { zero: true });
  L.particleStep({
    particles: N, batch: B, policy, nll: L.at(nll), logRatio: L.at(logRatio), wPrev: L.at(logW, 0), wNext: L.at(logW, 1),
    uniforms: L.at(u), mask: mk, ancestors: L.at(ancestors), increment: L.at(increments), flag: L.at(flags), w: L.at(w),
  });
  L.gatherRows(L.at(hNew), L.at(ancestors), L.at(hs, 1), N, B);
  if (cs) L.gatherRows(L.at(cNew!), L.at(ancestors), L.at(cs, 1), N, B);
  return [increments, ancestors, flags];
}

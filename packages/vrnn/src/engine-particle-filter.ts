import * as tf from '@tensorflow/tfjs-core';
import type { KernelEngine, Seq } from '@probseq/backend';
import { GraphBuilder, cellKind, graphOp } from './engine-graph';
import { vrnnEmission, vrnnInputs, vrnnParameters, vrnnStep, type VrnnModules } from './engine-vrnn';
import type { FivoResult, ResamplingPolicy, Resampling } from './fivo';

/** Options of {@link engineParticleFilter}. */
export interface EngineFilterOptions {
  particles: number;
  resampling: ResamplingPolicy;
  /** Resampling uniforms `[T, B, N]`. */
  uniforms: tf.Tensor;
  /** Proposal noise `[T, N·B, zDim]`; else drawn in the engine as tf.randomNormal draws it with `seed`. */
  noise?: tf.Tensor3D;
  seed?: number;
  /** What φx reads instead of x `[T, B, X]` (x under input dropout); the likelihood still scores x. */
  inputs?: tf.Tensor3D;
}

/**
 * The VRNN's FIVO bound as ONE differentiable op on the kernel engine (the same maths as fivoBound over
 * vrnn-particle-steps.ts): φx(x), the smoothing RNN's a_t and the input terms of the encoder's first layer
 * and of the cell for all steps and the B sequences before the loop, tiled to the N·B particles' rows; then
 * each step, for every row, the encoder, the z draw, φz, prior, decoder,
 * log α_t = log p(x_t | ·) + log p(z_t | h) − log q(z_t | ·) and the cell,
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
  const u = tf.reshape(o.uniforms, [T, R]);
  const data = [x, u, ...(o.noise ? [o.noise] : []), ...(mask ? [mask] : []), ...(o.inputs ? [o.inputs] : [])];
  const [increments, ancestors, flags] = graphOp(engine, `vrnn-particle-filter${o.inputs ? '-dropout' : ''}`, data, vrnnParameters(m), (b) =>
    describeFilter(b, m, N, x, u, o.noise ?? { seed: o.seed }, mask, o.resampling, o.inputs ?? null),
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
  inputsT: tf.Tensor3D | null,
): Seq[] {
  const g = b.g;
  const [T, B] = xT.shape;
  const R = N * B;
  const u = g.wrap(b.input(uT), T, R, 1);
  const inp = vrnnInputs(b, m, T, xT, epsT, maskT, N, inputsT);
  // The time loop: each row's step into h̃_t (c̃_t), its prior, decoder and log α_t, then the filter's
  // weights, and h_t (c_t) gathered from the rows each particle continues.
  const L = g.loop(T, R);
  const H = m.cell.hiddenSize;
  const lstm = cellKind(m.cell) === 'lstm';
  const hs = g.seq(T + 1, R, H, { zero: true });
  const cs = lstm ? g.seq(T + 1, R, H, { zero: true }) : null;
  const hNew = g.seq(T, R, H);
  const cNew = lstm ? g.seq(T, R, H) : null;
  const hPrev = L.at(hs, 0);
  const step = vrnnStep(b, L, m, inp, hPrev, cs && L.at(cs, 0), L.at(hNew), cNew && L.at(cNew));
  const e = vrnnEmission(b, L, m, inp, hPrev, step, { logRatio: true });
  const logW = g.seq(T + 1, R, 1, { zero: true });
  const [w, ancestors, increments, flags] = [0, 1, 2, 3].map(() => g.seq(T, R, 1, { zero: true }));
  L.particleStep({
    particles: N, batch: B, policy, nll: L.at(e.nll), logRatio: L.at(e.logRatio!), wPrev: L.at(logW, 0), wNext: L.at(logW, 1),
    uniforms: L.at(u), mask: inp.mask && L.at(inp.mask), ancestors: L.at(ancestors), increment: L.at(increments), flag: L.at(flags), w: L.at(w),
  });
  L.gatherRows(L.at(hNew), L.at(ancestors), L.at(hs, 1), N, B);
  if (cs) L.gatherRows(L.at(cNew!), L.at(ancestors), L.at(cs, 1), N, B);
  return [increments, ancestors, flags];
}

import * as tf from '@tensorflow/tfjs-core';
import { Graph, getKernelEngine, setBackend } from '@probseq/backend';
import { expectClose, expectNoLeak } from '@probseq/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VRNN } from './vrnn';
import { fivoBound } from './fivo';
import type { VRNNOptions } from './config';

// The equations themselves are checked against a step-by-step transcription (vrnn-hoisted.test.ts) and
// PyTorch (vrnn-parity.test.ts); here: that every model the package builds runs as one engine op on wasm
// and agrees with the tfjs path (the same backend with the engine off) in values and every gradient, on
// sizes where GEMMs are shared out over threads, with masks, and leaks nothing.
const base: VRNNOptions = {
  xDim: 24, hDim: 32, zDim: 8, phiXHidden: [40], phiZHidden: [24], priorHidden: [28], encoderHidden: [36],
  decoderHidden: [44], cell: 'lstm', output: 'gaussian', seed: 11,
};

/** Model variants: every cell, posterior, output, and deeper MLPs with other activations. */
const VARIANTS: Record<string, Partial<VRNNOptions>> = {
  'filtering lstm gaussian': {},
  'filtering lstm bernoulli': { output: 'bernoulli' },
  'gru': { cell: 'gru' },
  'smoothing lstm': { posterior: 'smoothing', smoothingHidden: 20 },
  'smoothing gru': { posterior: 'smoothing', cell: 'gru', output: 'bernoulli' },
  'gmm': { output: 'gmm', mixtureComponents: 3 },
  'two-layer MLPs': { phiXHidden: [40, 36], phiZHidden: [24, 20], priorHidden: [28, 12], encoderHidden: [36, 16], decoderHidden: [44, 30] },
  'no hidden layers in prior, encoder, decoder': { priorHidden: [], encoderHidden: [], decoderHidden: [] },
};

const data = (output: string, T: number, B: number) =>
  output === 'bernoulli'
    ? tf.cast(tf.less(tf.randomUniform([T, B, 24], 0, 1, 'float32', 3), 0.3), 'float32')
    : tf.randomNormal([T, B, 24], 0, 1, 'float32', 3);

/** Right-padded lengths 4 … 12. */
const padMask = (T: number, B: number) =>
  tf.cast(tf.less(tf.tile(tf.reshape(tf.range(0, T), [T, 1]), [1, B]), tf.add(tf.mod(tf.range(0, B), 9), 4)), 'float32');

describe('VRNN on the wasm kernel engine: every model, one graph', () => {
  beforeAll(async () => {
    await setBackend('wasm');
  });
  afterAll(async () => {
    await setBackend('wasm');
  });

  it('runs as one op: no tfjs matmul kernels inside elbo()', async () => {
    expect(getKernelEngine()).not.toBeNull();
    const model = new VRNN({ ...base, cell: 'gru', posterior: 'smoothing', phiXHidden: [40, 40] });
    const x = data('gaussian', 5, 3);
    const info = await tf.profile(() => model.elbo(x, { seed: 1 }).total);
    const names = info.kernels.map((k) => k.name);
    expect(names.filter((n) => n === 'BatchMatMul' || n === '_FusedMatMul')).toEqual([]);
    tf.dispose(x);
    model.dispose();
  });

  for (const [name, v] of Object.entries(VARIANTS)) {
    it(`${name}: KL, NLL, log-weights, reconstruction and every gradient equal the tfjs path (masked, T 12, B 20)`, async () => {
      const model = new VRNN({ ...base, ...v, activation: undefined } as VRNNOptions);
      const output = model.config.output;
      const [T, B] = [12, 20];
      const x = data(output, T, B);
      const noise = tf.randomNormal([T, B, 8], 0, 1, 'float32', 4);
      const noise3 = tf.randomNormal([T, 3 * B, 8], 0, 1, 'float32', 5);
      const mask = padMask(T, B);
      const vars = model.trainableParameters();
      const run = () => {
        const e = model.elbo(x, { noise, mask });
        const g = tf.variableGrads(() => model.loss(x, { noise, mask }), vars);
        const lw = model.logWeights(x, { samples: 3, noise: noise3, mask });
        const gw = tf.variableGrads(() => tf.neg(tf.mean(model.logWeights(x, { samples: 3, noise: noise3, mask }))) as tf.Scalar, vars);
        const rec = model.reconstruct(x, { mask });
        return { kl: e.kl, nll: e.nll, total: e.total, grads: g.grads, value: g.value, lw, gw: gw.grads, rec };
      };
      const fast = run();
      await setBackend('wasm', { kernels: false });
      expect(getKernelEngine()).toBeNull();
      const ref = run();
      await setBackend('wasm');
      expectClose(fast.kl, ref.kl, 1e-5, 1e-4);
      expectClose(fast.nll, ref.nll, 1e-5, 1e-4);
      expectClose(fast.total, ref.total, 1e-5, 1e-5);
      expectClose(fast.rec, ref.rec, 1e-5, 1e-4);
      const bad = vars.filter((w) => { try { expectClose(fast.grads[w.name], ref.grads[w.name], 2e-5, 1e-4); return false; } catch { return true; } });
      expect(bad.map((w) => w.name)).toEqual([]);
      expectClose(fast.lw, ref.lw, 1e-5, 1e-4);
      for (const w of vars) expectClose(fast.gw[w.name], ref.gw[w.name], 2e-5, 1e-4);
      // Masked steps contribute nothing.
      const m = mask.dataSync();
      const kl = fast.kl.dataSync();
      m.forEach((mv, i) => mv === 0 && expect(kl[i]).toBe(0));
      tf.dispose([fast as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x, noise, noise3, mask]);
      model.dispose();
    });
  }

  it('shares each time step out in as few phases as the hand-written loops had: 4 forward, 4 backward, 6 sampling', () => {
    // (On two threads every phase is a synchronisation point; fewer phases, less waiting.)
    const model = new VRNN({ xDim: 88, hDim: 128, zDim: 32, phiXHidden: [128], phiZHidden: [128], priorHidden: [128], encoderHidden: [128], decoderHidden: [128], output: 'bernoulli' });
    const x = tf.randomNormal([5, 16, 88]);
    const loops: string[] = [];
    Graph.observer = (p, r, pass) => {
      if (r.steps > 1) loops.push(`${pass} ${p.phases}`);
    };
    try {
      tf.dispose(tf.variableGrads(() => model.loss(x, { seed: 1 })) as unknown as tf.TensorContainer);
      tf.dispose(model.sample({ steps: 5, batch: 16, seed: 1 }));
    } finally {
      Graph.observer = null;
    }
    expect(loops).toEqual(['forward 4', 'backward 4', 'forward 6']);
    tf.dispose(x);
    model.dispose();
  });

  it('with N samples or particles, runs what depends on x alone (φx, the smoothing RNN, their terms) over the B sequences once', () => {
    const model = new VRNN({ ...base, posterior: 'smoothing', smoothingHidden: 20 });
    const [T, B, N] = [5, 16, 4];
    const x = data('gaussian', T, B);
    const regions = (f: () => tf.TensorContainer) => {
      const seen: string[] = [];
      Graph.observer = (_p, r, pass) => {
        if (pass === 'forward') seen.push(`${r.reverse ? 'reversed loop' : r.steps > 1 ? 'loop' : 'batch'} ${r.steps}×${r.rows}`);
      };
      try {
        tf.dispose(f());
      } finally {
        Graph.observer = null;
      }
      return seen;
    };
    // After ε's draw: φx, the backward RNN's input terms and its loop over T·B = 80 rows (B per step), the
    // encoder's and cell's x terms; then the tiles of x and of those terms to N·B = 64 rows per step; then
    // the time loop and the emissions over N·B rows.
    const before = ['batch 1×80', 'batch 1×80', 'reversed loop 5×16', 'batch 1×80', 'loop 5×64', 'loop 5×64', 'loop 5×64'];
    expect(regions(() => model.logWeights(x, { samples: N, seed: 1 })).slice(1)).toEqual([...before, 'loop 5×64', 'batch 1×320']);
    expect(regions(() => fivoBound(model, x, { particles: N, seed: 1 }).bound).slice(1, before.length + 1)).toEqual(before);
    tf.dispose(x);
    model.dispose();
  });

  it("IWAE's log-weights do not compute the KL they do not read: their emission region has the ELBO's instruction count", () => {
    const model = new VRNN({ ...base, output: 'bernoulli' });
    const x = data('bernoulli', 5, 4);
    const lastRegion = (f: () => tf.TensorContainer) => {
      let last = -1;
      Graph.observer = (p, r, pass) => {
        if (pass === 'forward' && r.steps === 1) last = p.count;
      };
      try {
        tf.dispose(f());
      } finally {
        Graph.observer = null;
      }
      return last;
    };
    // ELBO: prior, decoder, KL and NLL; log-weights: prior, decoder, NLL and log p(z)/q(z) (with the KL, one more).
    const elbo = lastRegion(() => model.elbo(x, { seed: 1 }).total);
    expect(elbo).toBeGreaterThan(0);
    expect(lastRegion(() => model.logWeights(x, { samples: 1, seed: 1 }))).toBe(elbo);
    tf.dispose(x);
    model.dispose();
  });

  it('draws ε in the engine as tf.randomNormal does: a seeded ELBO equals the tfjs path with that seed', async () => {
    const model = new VRNN({ ...base, cell: 'gru' });
    const x = data('gaussian', 9, 7);
    const fast = model.elbo(x, { seed: 123 });
    const other = model.elbo(x, { seed: 124 });
    await setBackend('wasm', { kernels: false });
    const ref = model.elbo(x, { seed: 123 });
    await setBackend('wasm');
    expectClose(fast.kl, ref.kl, 1e-5, 1e-4);
    expectClose(fast.nll, ref.nll, 1e-5, 1e-4);
    expect(Math.abs(fast.total.dataSync()[0] - other.total.dataSync()[0])).toBeGreaterThan(1e-3);
    tf.dispose([fast as unknown as tf.TensorContainer, other as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x]);
    model.dispose();
  });

  for (const name of ['filtering lstm gaussian', 'smoothing gru', 'gmm', 'two-layer MLPs']) {
    it(`${name}: the FIVO bound (N 3, resampling) and its gradient equal the tfjs path`, async () => {
      const model = new VRNN({ ...base, ...VARIANTS[name] } as VRNNOptions);
      const output = model.config.output;
      const [T, B, N] = [10, 6, 3];
      const x = data(output, T, B);
      const mask = padMask(T, B);
      const noise = tf.randomNormal([T, N * B, 8], 0, 1, 'float32', 9);
      const vars = model.trainableParameters();
      const run = () => {
        const r = fivoBound(model, x, { particles: N, noise, mask, seed: 5 });
        const g = tf.variableGrads(() => tf.neg(tf.mean(fivoBound(model, x, { particles: N, noise, mask, seed: 5 }).bound)) as tf.Scalar, vars);
        // Resampling at every step (and never) exercises every sequence's gather.
        const always = fivoBound(model, x, { particles: N, noise, mask, seed: 6, resampling: 'always' });
        const ga = tf.variableGrads(() => tf.neg(tf.mean(fivoBound(model, x, { particles: N, noise, mask, seed: 6, resampling: 'always' }).bound)) as tf.Scalar, vars);
        const never = fivoBound(model, x, { particles: N, noise, mask, seed: 7, resampling: 'never' });
        return { bound: r.bound, events: r.resamplings, grads: g.grads, always: always.bound, alwaysEvents: always.resamplings, ga: ga.grads, never: never.bound };
      };
      const fast = run();
      await setBackend('wasm', { kernels: false });
      const ref = run();
      await setBackend('wasm');
      // The same draws: the same sequences resample at the same steps from the same ancestors.
      expect(fast.events).toEqual(ref.events);
      expect(fast.events.length).toBeGreaterThan(0);
      expect(fast.alwaysEvents).toEqual(ref.alwaysEvents);
      expectClose(fast.bound, ref.bound, 1e-4, 1e-4);
      expectClose(fast.always, ref.always, 1e-4, 1e-4);
      expectClose(fast.never, ref.never, 1e-4, 1e-4);
      for (const w of vars) expectClose(fast.grads[w.name], ref.grads[w.name], 5e-5, 2e-4);
      for (const w of vars) expectClose(fast.ga[w.name], ref.ga[w.name], 5e-5, 2e-4);
      tf.dispose([fast as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x, mask, noise]);
      model.dispose();
    });
  }

  for (const name of ['filtering lstm bernoulli', 'smoothing gru', 'no hidden layers in prior, encoder, decoder']) {
    it(`${name}: under input dropout, the ELBO, log-weights (K 3), FIVO (N 3) and their gradients equal the tfjs path`, async () => {
      const model = new VRNN({ ...base, ...VARIANTS[name] } as VRNNOptions);
      const [T, B] = [10, 6];
      const x = data(model.config.output, T, B);
      const mask = padMask(T, B);
      const vars = model.trainableParameters();
      const o = { mask, seed: 8, inputDropout: 0.25 };
      const run = () => {
        const e = model.elbo(x, o);
        const ge = tf.variableGrads(() => model.loss(x, o), vars);
        const lw = model.logWeights(x, { ...o, samples: 3 });
        const gw = tf.variableGrads(() => model.loss(x, { ...o, objective: 'iwae(3)' }), vars);
        const fivo = fivoBound(model, x, { ...o, particles: 3 });
        const gf = tf.variableGrads(() => model.loss(x, { ...o, objective: 'fivo(3)' }), vars);
        const clean = model.elbo(x, { mask, seed: 8 });
        return { total: e.total, kl: e.kl, nll: e.nll, ge: ge.grads, lw, gw: gw.grads, fivo: fivo.bound, events: fivo.resamplings, gf: gf.grads, clean: clean.total };
      };
      const fast = run();
      await setBackend('wasm', { kernels: false });
      const ref = run();
      await setBackend('wasm');
      expectClose(fast.kl, ref.kl, 1e-5, 1e-4);
      expectClose(fast.nll, ref.nll, 1e-5, 1e-4);
      expectClose(fast.lw, ref.lw, 1e-5, 1e-4);
      expect(fast.events).toEqual(ref.events);
      expectClose(fast.fivo, ref.fivo, 1e-4, 1e-4);
      for (const w of vars) {
        expectClose(fast.ge[w.name], ref.ge[w.name], 2e-5, 1e-4);
        expectClose(fast.gw[w.name], ref.gw[w.name], 2e-5, 1e-4);
        expectClose(fast.gf[w.name], ref.gf[w.name], 5e-5, 2e-4);
      }
      // Dropping inputs changes the bound (the same ε: only the inputs differ).
      expect(Math.abs(fast.total.dataSync()[0] - fast.clean.dataSync()[0])).toBeGreaterThan(1e-3);
      tf.dispose([fast as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x, mask]);
      model.dispose();
    });
  }

  it('runs FIVO as one op: the tfjs kernels of a bound and its gradient do not grow with the steps', async () => {
    const model = new VRNN({ ...base, posterior: 'smoothing', smoothingHidden: 20 });
    const vars = model.trainableParameters();
    const kernels = async (T: number) => {
      const x = data('gaussian', T, 4);
      const info = await tf.profile(() => {
        const g = tf.variableGrads(() => model.loss(x, { objective: 'fivo(4)', seed: 1 }), vars);
        return [g.value, ...Object.values(g.grads)];
      });
      x.dispose();
      return info.kernels.map((k) => k.name);
    };
    const short = await kernels(6);
    const long = await kernels(24);
    expect(long.length).toBe(short.length);
    expect(long.filter((n) => n === 'BatchMatMul' || n === '_FusedMatMul')).toEqual([]);
    model.dispose();
  });

  it('keeps parameters resident between calls (nothing copied again) and sees a parameter’s new value at once', async () => {
    const engine = getKernelEngine()!;
    const model = new VRNN({ ...base, posterior: 'smoothing', smoothingHidden: 20 });
    const x = data('gaussian', 6, 5);
    const grads = () => tf.variableGrads(() => tf.neg(tf.mean(model.elbo(x, { seed: 3 }).total)) as tf.Scalar);
    const first = grads();
    const free = engine.residentFree();
    const again = grads();
    // The second call (forward and backward) found every parameter and pack kept: the region did not shrink.
    expect(engine.residentFree()).toBe(free);
    for (const k of Object.keys(first.grads)) expectClose(again.grads[k], first.grads[k], 0, 0);
    // An optimizer step makes new data for the parameters; the next call must read it.
    for (const v of model.trainableParameters()) v.assign(tf.add(tf.mul(v, 0.9), 0.01));
    const fast = grads();
    const sample = model.sample({ steps: 5, batch: 3, seed: 2 });
    await setBackend('wasm', { kernels: false });
    const ref = grads();
    const refSample = model.sample({ steps: 5, batch: 3, seed: 2 });
    await setBackend('wasm');
    expectClose(fast.value, ref.value, 1e-4, 1e-4);
    for (const k of Object.keys(ref.grads)) expectClose(fast.grads[k], ref.grads[k], 5e-5, 2e-4);
    expectClose(sample, refSample, 1e-4, 1e-4);
    tf.dispose([first, again, fast, ref, sample, refSample, x] as unknown as tf.TensorContainer);
    model.dispose();
  });

  it('has no tensor leaks (elbo, loss gradients, log-weights)', async () => {
    const model = new VRNN({ ...base, output: 'bernoulli', posterior: 'smoothing' });
    const x = data('bernoulli', 4, 2);
    const mask = tf.tensor2d([[1, 1], [1, 1], [1, 0], [1, 0]]);
    await expectNoLeak(() => model.elbo(x, { mask, seed: 1 }));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask })));
    await expectNoLeak(() => model.logWeights(x, { mask, samples: 2 }));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask, objective: 'fivo(3)' })));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask, objective: 'iwae(2)', inputDropout: 0.2 })));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask, objective: 'fivo(3)', inputDropout: 0.2 })));
    tf.dispose([x, mask]);
    model.dispose();
  });
});

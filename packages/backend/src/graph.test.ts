import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, type Bias, type Seq, type Weight } from './graph';
import { KernelEngine } from './kernel-engine';
import type { ActKind } from './program';

// The engine graph's derivative (the backward programs it writes) against central finite differences of its
// own forward pass, on a small model that uses every operation with gradients: linear layers with each
// activation and split inputs, an LSTM and a GRU loop (one reversed), masks, a reparameterised draw and
// every per-row loss. Knows no model: the test builds its own graph.

/** A seeded stream in [−1, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}

const T = 3, B = 5, D = 4, F = 6, H = 3, Z = 2, K = 2;

interface Inputs {
  [name: string]: Float32Array;
}

function makeInputs(output: 'gaussNLL' | 'bernoulliNLL' | 'gmmNLL'): Inputs {
  const r = rng(7);
  const fill = (n: number, scale = 0.5) => Float32Array.from({ length: n }, () => scale * r());
  const X = output === 'bernoulliNLL' ? Float32Array.from({ length: T * B * D }, () => (r() > 0 ? 1 : 0)) : fill(T * B * D, 1);
  const out = output === 'gaussNLL' ? 2 * D : output === 'bernoulliNLL' ? D : K * (1 + 2 * D);
  return {
    X, target: Float32Array.from(X, (x, i) => (output === 'bernoulliNLL' ? x : x + 0.3 * r())), eps: fill(T * B * Z, 1), mask: Float32Array.from({ length: T * B }, (_, i) => (i >= 2 * B + 3 ? 0 : 1)),
    W1: fill(D * F), b1: fill(F), Wl: fill(F * 4 * H), Ul: fill(H * 4 * H), bl: fill(4 * H),
    Wg: fill(F * 3 * H), Ug: fill(H * 3 * H), bgi: fill(3 * H), bgh: fill(3 * H),
    Wq: fill(2 * H * 2 * Z), bq: fill(2 * Z), Wp: fill(H * 2 * Z), bp: fill(2 * Z), Wd: fill((Z + H) * out), bd: fill(out),
    cz: fill(T * B * Z, 1),
  };
}

const PARAMS = ['W1', 'b1', 'Wl', 'Ul', 'bl', 'Wg', 'Ug', 'bgi', 'bgh', 'Wq', 'bq', 'Wp', 'bp', 'Wd', 'bd'];

/**
 * f = Σ KL + Σ NLL + Σ log-ratio + Σ cz·z over a small model:
 *   F = act(X·W1 + b1); h (LSTM, forward) and a (GRU, reversed) over F with the mask;
 *   q = [h | a]·Wq + bq (split input); z = μ_q + σ_q·ε; p = softplus-free prior head h·Wp + bp;
 *   out = [z | h]·Wd + bd; losses of x under out.
 * Returns f, and with `grads` the gradient of f for every input.
 */
function run(engine: KernelEngine, v: Inputs, act: ActKind, output: 'gaussNLL' | 'bernoulliNLL' | 'gmmNLL', grads: boolean) {
  const mark = engine.mark();
  try {
    const g = new Graph(engine);
    const put = (a: Float32Array) => engine.put(a);
    const at: Record<string, number> = {};
    for (const [k, a] of Object.entries(v)) at[k] = put(a);
    const gradAt: Record<string, number> = {};
    for (const k of [...PARAMS, 'X']) {
      gradAt[k] = engine.alloc(v[k].length);
      engine.heap().fill(0, gradAt[k], gradAt[k] + v[k].length);
    }
    const w = (k: string, rows: number, cols: number): Weight => g.weight(at[k], rows, cols, gradAt[k]);
    const bias = (k: string): Bias => ({ at: at[k], grad: gradAt[k] });
    const X = g.wrap(at.X, T, B, D, true);
    const target = g.wrap(at.target, T, B, D);
    const eps = g.wrap(at.eps, T, B, Z);
    const mask = g.wrap(at.mask, T, B, 1);
    const pre = g.batch(T * B);
    const Fs = g.seq(T, B, F);
    pre.linear(pre.at(Fs), [{ x: pre.at(X), w: { w: w('W1', D, F), r0: 0, n: D } }], bias('b1'), act);
    const gl = g.seq(T, B, 4 * H);
    pre.linear(pre.at(gl), [{ x: pre.at(Fs), w: { w: w('Wl', F, 4 * H), r0: 0, n: F } }], bias('bl'));
    const gg = g.seq(T, B, 3 * H);
    pre.linear(pre.at(gg), [{ x: pre.at(Fs), w: { w: w('Wg', F, 3 * H), r0: 0, n: F } }], bias('bgi'));
    // LSTM forward in time.
    const L = g.loop(T, B);
    const hs = g.seq(T + 1, B, H, { zero: true }), cs = g.seq(T + 1, B, H, { zero: true });
    L.linear(L.at(gl), [{ x: L.at(hs, 0), w: { w: w('Ul', H, 4 * H), r0: 0, n: H } }], null, 'linear', true);
    L.lstm(L.at(gl), L.at(hs, 0), L.at(cs, 0), L.at(mask), L.at(hs, 1), L.at(cs, 1), L.at(g.seq(T, B, 4 * H)), L.at(g.seq(T, B, H)));
    // GRU reversed in time.
    const Rv = g.loop(T, B, true);
    const as = g.seq(T + 1, B, H, { zero: true }), gh = g.seq(T, B, 3 * H);
    Rv.linear(Rv.at(gh), [{ x: Rv.at(as, 1), w: { w: w('Ug', H, 3 * H), r0: 0, n: H } }], bias('bgh'));
    Rv.gru(Rv.at(gg), Rv.at(gh), Rv.at(as, 1), Rv.at(mask), Rv.at(as, 0), Rv.at(g.seq(T, B, 3 * H)));
    // Heads and losses over all rows.
    const post = g.batch(T * B);
    const wq = w('Wq', 2 * H, 2 * Z);
    const q = g.seq(T, B, 2 * Z);
    post.linear(post.at(q), [{ x: post.at(hs, 0), w: { w: wq, r0: 0, n: H } }, { x: post.at(as, 0), w: { w: wq, r0: H, n: H } }], bias('bq'));
    const z = g.seq(T, B, Z), sigma = g.seq(T, B, Z);
    post.gaussDraw(post.at(q), post.at(eps), 1e-3, post.at(z), post.at(sigma));
    const p = g.seq(T, B, 2 * Z);
    post.linear(post.at(p), [{ x: post.at(hs, 0), w: { w: w('Wp', H, 2 * Z), r0: 0, n: H } }], bias('bp'), 'tanh');
    const outCols = v.bd.length;
    const wd = w('Wd', Z + H, outCols);
    const out = g.seq(T, B, outCols);
    post.linear(post.at(out), [{ x: post.at(z), w: { w: wd, r0: 0, n: Z } }, { x: post.at(hs, 0), w: { w: wd, r0: Z, n: H } }], bias('bd'));
    const kl = g.seq(T, B, 1), nll = g.seq(T, B, 1), lr = g.seq(T, B, 1);
    const m = post.at(mask);
    post.loss('gaussKL', { a: post.at(q), b: post.at(p), width: Z, floor: 1e-3, mask: m, out: post.at(kl) });
    post.loss(output, { a: post.at(out), b: post.at(target), width: D, components: K, floor: 1e-3, mask: m, out: post.at(nll) });
    post.loss('gaussLogRatio', { a: post.at(q), b: post.at(p), z: post.at(z), width: Z, floor: 1e-3, mask: m, out: post.at(lr) });
    g.forward();
    const get = (s: Seq) => Float64Array.from(engine.get(s.at, s.blocks * s.rows * s.cols));
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    const zv = get(z);
    let f = sum(get(kl)) + sum(get(nll)) + sum(get(lr));
    zv.forEach((x, i) => (f += v.cz[i] * x));
    if (!grads) return { f, grads: null };
    g.allocGrads();
    const heap = engine.heap();
    for (const s of [kl, nll, lr]) heap.fill(1, g.gradOf(s), g.gradOf(s) + T * B);
    heap.set(v.cz, g.gradOf(z));
    g.backward();
    const out2: Record<string, Float64Array> = {};
    for (const k of PARAMS) out2[k] = Float64Array.from(engine.get(gradAt[k], v[k].length));
    out2.X = Float64Array.from(engine.get(g.gradOf(X), v.X.length));
    return { f, grads: out2 };
  } finally {
    engine.release(mark);
  }
}

describe('Graph: backward programs against finite differences', () => {
  let engine: KernelEngine;
  beforeAll(async () => {
    engine = await KernelEngine.create({ threads: 1 });
  });
  afterAll(() => engine.dispose());

  const cases: Array<[ActKind, 'gaussNLL' | 'bernoulliNLL' | 'gmmNLL']> = [
    ['relu', 'gaussNLL'],
    ['tanh', 'bernoulliNLL'],
    ['sigmoid', 'gmmNLL'],
    ['softplus', 'gaussNLL'],
  ];
  for (const [act, output] of cases) {
    it(`${act} layers, ${output}: every parameter's and the input's gradient`, () => {
      const v = makeInputs(output);
      const { grads } = run(engine, v, act, output, true);
      const names = [...PARAMS, 'X'];
      let checked = 0;
      for (const k of names) {
        const n = v[k].length;
        // Every element of the small tensors, a spread of the larger ones.
        const idx = n <= 12 ? [...Array(n).keys()] : [0, 1, Math.floor(n / 3), Math.floor(n / 2), n - 2, n - 1];
        for (const i of idx) {
          const h = 1e-2 * Math.max(1, Math.abs(v[k][i]));
          const plus = { ...v, [k]: Float32Array.from(v[k]) };
          plus[k][i] += h;
          const minus = { ...v, [k]: Float32Array.from(v[k]) };
          minus[k][i] -= h;
          const hp = plus[k][i] - v[k][i], hm = v[k][i] - minus[k][i]; // the float32 steps taken
          const fd = (run(engine, plus, act, output, false).f - run(engine, minus, act, output, false).f) / (hp + hm);
          const an = grads![k][i];
          expect(Math.abs(fd - an), `${k}[${i}]: analytic ${an}, finite difference ${fd}`).toBeLessThanOrEqual(2e-2 * (1 + Math.abs(an)));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(60);
    });
  }
});

describe('Graph.tileRows', () => {
  // The rows of N samples or particles of B sequences (row n·B + b) from B rows, and the gradient summed
  // back over the copies; on two threads, whose row chunks split the copies.
  for (const threads of [1, 2]) {
    it(`copies every block's rows N times and sums the gradient over the copies (${threads} thread${threads > 1 ? 's' : ''})`, async () => {
      const engine = await KernelEngine.create({ threads });
      try {
        const steps = 3, rows = 5, cols = 4, N = 3;
        const r = rng(11);
        const src = Float32Array.from({ length: steps * rows * cols }, () => r());
        const dDst = Float32Array.from({ length: steps * N * rows * cols }, () => r());
        const g = new Graph(engine);
        const s = g.wrap(engine.put(src), steps, rows, cols, true);
        const t = g.tileRows(s, N);
        expect([t.blocks, t.rows, t.cols]).toEqual([steps, N * rows, cols]);
        g.forward();
        const out = engine.get(t.at, steps * N * rows * cols);
        g.allocGrads();
        engine.heap().set(dDst, g.gradOf(t));
        g.backward();
        const dSrc = engine.get(g.gradOf(s), src.length);
        for (let k = 0; k < steps; k++) {
          for (let b = 0; b < rows; b++) {
            for (let c = 0; c < cols; c++) {
              let sum = 0;
              for (let n = 0; n < N; n++) {
                const i = ((k * N + n) * rows + b) * cols + c;
                expect(out[i]).toBe(src[(k * rows + b) * cols + c]);
                sum += dDst[i];
              }
              expect(dSrc[(k * rows + b) * cols + c]).toBeCloseTo(sum, 5);
            }
          }
        }
        expect(g.tileRows(s, 1)).toBe(s);
        expect(() => g.tileRows(s, 0)).toThrow(/copies must be a positive integer, found 0/);
      } finally {
        engine.dispose();
      }
    });
  }
});

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelEngine, type GemmArgs } from './kernel-engine';
import { KERNELS_SOURCE_SHA256 } from './kernels-wasm.generated';

it('the embedded WebAssembly was built from the current csrc sources (else run scripts/build-kernels.mjs)', () => {
  const csrc = new URL('../csrc/', import.meta.url);
  const hash = createHash('sha256');
  for (const f of readdirSync(csrc).filter((n) => /\.[ch]$/.test(n)).sort()) {
    hash.update(`${f}\n`).update(readFileSync(new URL(f, csrc)));
  }
  expect(hash.digest('hex')).toBe(KERNELS_SOURCE_SHA256);
});

/** A seeded uniform stream in [−1, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

interface Case {
  m: number;
  n: number;
  k: number;
  transA: boolean;
  transB: boolean;
  beta: 0 | 1;
  bias: boolean;
  relu: boolean;
}

/** Runs one GEMM through the engine and in float64 JS; returns the largest error relative to Σ|a·b|. */
function checkGemm(engine: KernelEngine, c: Case, seed: number): number {
  const r = rng(seed);
  const A = Float32Array.from({ length: c.m * c.k }, r); // stored [m, k], or [k, m] when transA
  const B = Float32Array.from({ length: c.k * c.n }, r); // stored [k, n], or [n, k] when transB
  const C0 = Float32Array.from({ length: c.m * c.n }, r);
  const bias = Float32Array.from({ length: c.n }, r);
  const mark = engine.mark();
  try {
    const a = engine.put(A), b = engine.put(B), cc = engine.put(C0), bb = engine.put(bias);
    const g: GemmArgs = {
      m: c.m, n: c.n, k: c.k,
      a, ai: c.transA ? 1 : c.k, ap: c.transA ? c.m : 1,
      b, bk: c.transB ? 1 : c.n, bj: c.transB ? c.k : 1,
      c: cc, ldc: c.n, beta: c.beta, bias: c.bias ? bb : 0, relu: c.relu,
    };
    engine.gemm(g);
    const got = engine.get(cc, c.m * c.n);
    let worst = 0;
    for (let i = 0; i < c.m; i++) {
      for (let j = 0; j < c.n; j++) {
        let s = c.beta ? C0[i * c.n + j] : 0;
        let mag = Math.abs(s);
        for (let p = 0; p < c.k; p++) {
          const av = c.transA ? A[p * c.m + i] : A[i * c.k + p];
          const bv = c.transB ? B[j * c.k + p] : B[p * c.n + j];
          s += av * bv;
          mag += Math.abs(av * bv);
        }
        if (c.bias) {
          s += bias[j];
          mag += Math.abs(bias[j]);
        }
        if (c.relu) s = Math.max(0, s);
        worst = Math.max(worst, Math.abs(got[i * c.n + j] - s) / (mag + 1e-30));
      }
    }
    return worst;
  } finally {
    engine.release(mark);
  }
}

const shapes: [number, number, number][] = [
  [1, 1, 1], [3, 5, 7], [4, 8, 16], [5, 9, 0], [7, 17, 33], [16, 64, 128], [13, 40, 300], [33, 24, 520], [64, 136, 257],
];

describe.each([
  { threads: 1, fma: true },
  { threads: 2, fma: true },
  { threads: 1, fma: false },
])('KernelEngine gemm ($threads thread(s), fma $fma)', ({ threads, fma }) => {
  let engine: KernelEngine;
  beforeAll(async () => {
    engine = await KernelEngine.create({ threads, fma });
  });
  afterAll(() => engine.dispose());

  it('reports its configuration', () => {
    expect(engine.info.threads).toBe(threads);
    if (!fma) expect(engine.info.fma).toBe(false);
  });

  it('equals a float64 reference for every transpose, beta, bias and ReLU combination', () => {
    let seed = 1;
    for (const [m, n, k] of shapes) {
      for (const transA of [false, true]) {
        for (const transB of [false, true]) {
          const flags = seed % 4;
          const c: Case = { m, n, k, transA, transB, beta: (flags & 1) as 0 | 1, bias: (flags & 2) !== 0, relu: seed % 3 === 0 };
          // float32 accumulation over k terms: error ≲ k·2^−24 relative to Σ|a·b|.
          expect(checkGemm(engine, c, seed++), JSON.stringify(c)).toBeLessThan(2e-7 * Math.max(k, 8));
        }
      }
    }
  });

  it('splits large GEMMs over threads without changing the result', () => {
    for (const [m, n, k] of [[96, 520, 130], [200, 8, 64], [9, 2048, 40]] as const) {
      const c: Case = { m, n, k, transA: false, transB: false, beta: 1, bias: true, relu: true };
      expect(checkGemm(engine, c, 99), JSON.stringify(c)).toBeLessThan(2e-7 * k);
    }
  });

  it('reads pre-packed B operands (packB) the same as strided ones', () => {
    for (const [m, n, k, transB] of [[16, 40, 300, false], [7, 13, 9, true], [33, 64, 520, false]] as const) {
      const r = rng(m + n + k);
      const A = Float32Array.from({ length: m * k }, r), Bm = Float32Array.from({ length: k * n }, r);
      const mark = engine.mark();
      const a = engine.put(A), b = engine.put(Bm), c1 = engine.alloc(m * n), c2 = engine.alloc(m * n);
      const bk = transB ? 1 : n, bj = transB ? k : 1;
      const pb = engine.packB(b, bk, bj, k, n);
      engine.gemm({ m, n, k, a, ai: k, ap: 1, b, bk, bj, c: c1, ldc: n, relu: true });
      engine.gemm({ m, n, k, a, ai: k, ap: 1, b: pb, bk: 0, bj: 0, c: c2, ldc: n, relu: true });
      expect(Array.from(engine.get(c2, m * n))).toEqual(Array.from(engine.get(c1, m * n)));
      engine.release(mark);
    }
  });

  it('grows its memory for large operands', () => {
    const before = engine.mark();
    const at = engine.alloc(40e6);
    engine.get(at, 40e6).fill(1);
    expect(engine.get(at + 40e6 - 4, 4)).toEqual(new Float32Array([1, 1, 1, 1]));
    engine.release(before);
  });
});

describe('KernelEngine scalar maths', () => {
  let engine: KernelEngine;
  beforeAll(async () => {
    engine = await KernelEngine.create();
  });
  afterAll(() => engine.dispose());

  const grid = (lo: number, hi: number, n: number) => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
  const rel = (got: number, want: number) => Math.abs(got - want) / Math.max(Math.abs(want), 1e-38);
  const f32 = Math.fround;

  it('exp, log, sigmoid, tanh and softplus agree with float64 to a few ulp', () => {
    const e = engine.exports;
    for (const x of grid(-87, 88, 2001)) expect(rel(e.exp_f(f32(x)), Math.exp(f32(x))), `exp ${x}`).toBeLessThan(4e-7);
    for (const x of [...grid(1e-6, 10, 1001), 1e-40, 3e-39, 1e-20, 1e20, 3e38]) {
      expect(rel(e.log_f(f32(x)), Math.log(f32(x))) * Math.max(1, Math.abs(Math.log(f32(x)))), `log ${x}`).toBeLessThan(4e-7 * Math.max(1, Math.abs(Math.log(f32(x)))));
    }
    for (const x of grid(-30, 30, 1201)) {
      const v = f32(x);
      expect(rel(e.sigmoid_f(v), 1 / (1 + Math.exp(-v))), `sigmoid ${x}`).toBeLessThan(5e-7);
      expect(Math.abs(e.tanh_f(v) - Math.tanh(v)), `tanh ${x}`).toBeLessThan(3e-7 * Math.max(1e-3, Math.abs(Math.tanh(v))) + 1e-9);
      expect(rel(e.softplus_f(v), Math.log1p(Math.exp(v))), `softplus ${x}`).toBeLessThan(5e-7);
    }
    // The four-lane versions used by the LSTM and posterior kernels: the same to a few ulp.
    const xs = Float32Array.from([...grid(-100, 100, 4001), Number.NaN, -0, 1e-30, -1e-30, 0, 0, 0], f32);
    const at = engine.put(xs);
    const out = engine.alloc(xs.length);
    const refs: ((v: number) => number)[] = [Math.exp, (v) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v))), (v) => 1 / (1 + Math.exp(-v)), Math.tanh];
    refs.forEach((ref, which) => {
      e.map_v(which, xs.length, at * 4, out * 4);
      const got = engine.get(out, xs.length);
      xs.forEach((v, i) => {
        const want = ref(v);
        if (Number.isNaN(want)) expect(got[i], `lane fn ${which}(NaN)`).toBeNaN();
        else if (Math.abs(want) > 3.4e38) expect(got[i]).toBe(Infinity);
        else expect(Math.abs(got[i] - want), `lane fn ${which}(${v})`).toBeLessThanOrEqual(6e-7 * Math.abs(want) + 1e-37);
      });
    });
    expect(e.exp_f(-200)).toBe(0);
    expect(e.exp_f(100)).toBe(Infinity);
    expect(e.tanh_f(1e-8)).toBeCloseTo(1e-8, 15);
    expect(e.softplus_f(-100)).toBeGreaterThan(0);
    expect(e.softplus_f(-100)).toBeLessThan(1e-40);
  });
});

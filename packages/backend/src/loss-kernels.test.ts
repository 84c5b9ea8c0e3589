import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KernelEngine } from './kernel-engine';

// The per-row loss and draw kernels (csrc/losses.c, csrc/mixture.c) against float64 references written here,
// and every backward against central differences of its reference.
//
// Tolerances: the kernels work in float32 with Cephes-accurate exp/log/softplus (≈ 1e-7 relative), so each
// term of a row carries a few 2^−24 of its own size and a row's sum at most (terms)·2^−24 ≈ 40·6e-8 ≈ 2.4e-6 of
// Σ|terms|: forward values must be within 1e-5 of that scale. A gradient entry is a product of a handful of such
// quantities, ≈ 1e-6 relative, but a mixture's responsibilities come from exp(a_k − LSE) whose argument carries
// an absolute error of ≈ 2^−24·Σ|terms| (up to ≈ 1e3 in the far-away rows): relative 1e-4 of the entry plus
// 1e-4 of the largest entry of the same row and block, or 1e-4·(1 + Σ|terms|·1e-3) there. The finite
// differences themselves (float64, step 1e-6) are exact to ≈ 1e-9.

/** A seeded uniform stream in [−1, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

const softplus = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** log N(x; μ, σ²) and the absolute sizes of its parts. */
function normalLogPdf(x: number, mu: number, sd: number): [number, number] {
  const u = (x - mu) / sd;
  return [-0.5 * u * u - Math.log(sd) - HALF_LOG_2PI, 0.5 * u * u + Math.abs(Math.log(sd)) + HALF_LOG_2PI];
}

function logSumExp(v: number[]): number {
  const m = Math.max(...v);
  return m + Math.log(v.reduce((s, a) => s + Math.exp(a - m), 0));
}

/** Σ_j log N(z_j; μ_j, σ_j) for a raw row [μ | ρ]; and Σ|parts|. */
function diagLogDensity(z: number[], raw: number[], floor: number): [number, number] {
  const Z = z.length;
  let value = 0;
  let scale = 0;
  for (let j = 0; j < Z; j++) {
    const [v, s] = normalLogPdf(z[j], raw[j], softplus(raw[Z + j]) + floor);
    value += v;
    scale += s;
  }
  return [value, scale];
}

/** log p(z) − log q(z) for raw rows q = [μq | ρq], p = [μp | ρp]; and Σ|parts|. */
function logRatio(z: number[], q: number[], p: number[], floor: number): [number, number] {
  const [lp, sp] = diagLogDensity(z, p, floor);
  const [lq, sq] = diagLogDensity(z, q, floor);
  return [lp - lq, sp + sq];
}

/** −log Σ_k softmax(l)_k Π_j N(x_j; μ_kj, σ_kj) for d = [l (K) | μ (K·X) | ρ (K·X)]; and Σ|parts|. */
function gmmNll(K: number, d: number[], x: number[], floor: number): [number, number] {
  const X = x.length;
  const logits = d.slice(0, K);
  let scale = 0;
  const joint = logits.map((l, k) => {
    let a = l;
    scale += Math.abs(l);
    for (let j = 0; j < X; j++) {
      const [v, s] = normalLogPdf(x[j], d[K + k * X + j], softplus(d[K + K * X + k * X + j]) + floor);
      a += v;
      scale += s;
    }
    return a;
  });
  return [logSumExp(logits) - logSumExp(joint), scale];
}

/** Central differences of f at v, step 1e-6·max(1, |v_i|). */
function numericGrad(f: (v: number[]) => number, v: number[]): number[] {
  return v.map((vi, i) => {
    const h = 1e-6 * Math.max(1, Math.abs(vi));
    const up = v.slice(),
      down = v.slice();
    up[i] = vi + h;
    down[i] = vi - h;
    return (f(up) - f(down)) / (2 * h);
  });
}

const PAD = 7777;

/** rows × width values stored with leading dimension ld; the gaps hold `pad` (NaN for inputs, so a stray read shows). */
function strided(
  rows: number,
  width: number,
  ld: number,
  gen: (r: number, j: number) => number,
  pad = Number.NaN,
): Float32Array {
  const out = new Float32Array(rows * ld).fill(pad);
  for (let r = 0; r < rows; r++) for (let j = 0; j < width; j++) out[r * ld + j] = gen(r, j);
  return out;
}

function rowOf(buf: ArrayLike<number>, r: number, ld: number, width: number): number[] {
  return Array.from({ length: width }, (_, j) => buf[r * ld + j]);
}

/** Expects the gaps of an output written with leading dimension ld to still hold PAD. */
function expectPadKept(buf: Float32Array, rows: number, width: number, ld: number, what: string): void {
  for (let r = 0; r < rows; r++) {
    for (let j = width; j < ld; j++) expect(buf[r * ld + j], `${what} gap [${r}, ${j}]`).toBe(PAD);
  }
}

/** Largest |got − want| / tolerance over a gradient block of one row (see the tolerances above). */
function gradError(got: number[], want: number[], extra = 0): number {
  const rowMax = Math.max(...want.map(Math.abs));
  let worst = 0;
  for (let i = 0; i < want.length; i++) {
    const tol = 1e-4 * (Math.abs(want[i]) + rowMax + extra) + 1e-7;
    worst = Math.max(worst, Math.abs(got[i] - want[i]) / tol);
  }
  return worst;
}

const MASK = [1, 0, 1, 1, 0, 1];
const ROWS = MASK.length;
const FLOOR = 1e-3;

let engine: KernelEngine;
beforeAll(async () => {
  engine = await KernelEngine.create({ threads: 1 });
});
afterAll(() => engine.dispose());

describe('gauss_logratio', () => {
  /** Row 5 is wide: ρ ∈ [−6, 6) (σ from ≈ 3.5e-3 to ≈ 6) and z ∈ [−5, 5); the others ρ, z ∈ [−2, 2). */
  function inputs(Z: number, seed: number) {
    const r = rng(seed);
    const ldz = Z + 1,
      ldq = 2 * Z + 3,
      ldp = 2 * Z + 2;
    const z = strided(ROWS, Z, ldz, (row) => (row === ROWS - 1 ? 5 : 2) * r());
    const raw = (row: number, j: number) => (j < Z ? 1.5 * r() : (row === ROWS - 1 ? 6 : 2) * r());
    const q = strided(ROWS, 2 * Z, ldq, raw);
    const p = strided(ROWS, 2 * Z, ldp, raw);
    const g = Float32Array.from({ length: ROWS }, () => 0.5 + r());
    return { ldz, ldq, ldp, z, q, p, g };
  }

  it.each([1, 3, 4, 7, 13])('equals the float64 reference, with and without a mask (Z = %i)', (Z) => {
    const { ldz, ldq, ldp, z, q, p } = inputs(Z, 10 + Z);
    const mark = engine.mark();
    const zo = engine.put(z),
      qo = engine.put(q),
      po = engine.put(p),
      mo = engine.put(MASK),
      out = engine.alloc(ROWS);
    for (const masked of [true, false]) {
      engine.exports.gauss_logratio(
        ROWS,
        Z,
        zo * 4,
        ldz,
        qo * 4,
        ldq,
        po * 4,
        ldp,
        FLOOR,
        masked ? mo * 4 : 0,
        out * 4,
      );
      const got = engine.get(out, ROWS);
      for (let r = 0; r < ROWS; r++) {
        const [value, scale] = logRatio(rowOf(z, r, ldz, Z), rowOf(q, r, ldq, 2 * Z), rowOf(p, r, ldp, 2 * Z), FLOOR);
        const want = masked ? MASK[r] * value : value;
        expect(Math.abs(got[r] - want), `row ${r} masked ${masked}: ${got[r]} vs ${want}`).toBeLessThan(
          1e-5 * (1 + scale),
        );
      }
    }
    engine.release(mark);
  });

  it.each([1, 3, 4, 7, 13])('backward equals central differences of the reference (Z = %i)', (Z) => {
    const { ldz, ldq, ldp, z, q, p, g } = inputs(Z, 20 + Z);
    const lddz = Z + 2,
      lddq = 2 * Z + 1,
      lddp = 2 * Z + 5;
    const mark = engine.mark();
    const zo = engine.put(z),
      qo = engine.put(q),
      po = engine.put(p),
      mo = engine.put(MASK),
      go = engine.put(g);
    const dzo = engine.put(new Float32Array(ROWS * lddz).fill(PAD));
    const dqo = engine.put(new Float32Array(ROWS * lddq).fill(PAD));
    const dpo = engine.put(new Float32Array(ROWS * lddp).fill(PAD));
    engine.exports.gauss_logratio_back(
      ROWS,
      Z,
      zo * 4,
      ldz,
      qo * 4,
      ldq,
      po * 4,
      ldp,
      FLOOR,
      mo * 4,
      go * 4,
      dzo * 4,
      lddz,
      dqo * 4,
      lddq,
      dpo * 4,
      lddp,
    );
    const dz = engine.get(dzo, ROWS * lddz).slice(),
      dq = engine.get(dqo, ROWS * lddq).slice(),
      dp = engine.get(dpo, ROWS * lddp).slice();
    engine.release(mark);
    expectPadKept(dz, ROWS, Z, lddz, 'dz');
    expectPadKept(dq, ROWS, 2 * Z, lddq, 'dq');
    expectPadKept(dp, ROWS, 2 * Z, lddp, 'dp');
    for (let r = 0; r < ROWS; r++) {
      const zr = rowOf(z, r, ldz, Z),
        qr = rowOf(q, r, ldq, 2 * Z),
        pr = rowOf(p, r, ldp, 2 * Z);
      const w = g[r] * MASK[r];
      // Differences of log p and log q apart: each is constant in the other's parameters, and differencing
      // their sum would bury a broad density's gradient under the rounding of a narrow one's value.
      const sub = (a: number[], b: number[]) => a.map((v, i) => v - b[i]);
      const cases: [string, number[], number[]][] = [
        [
          'dz',
          rowOf(dz, r, lddz, Z),
          sub(
            numericGrad((v) => w * diagLogDensity(v, pr, FLOOR)[0], zr),
            numericGrad((v) => w * diagLogDensity(v, qr, FLOOR)[0], zr),
          ),
        ],
        ['dq', rowOf(dq, r, lddq, 2 * Z), numericGrad((v) => -w * diagLogDensity(zr, v, FLOOR)[0], qr)],
        ['dp', rowOf(dp, r, lddp, 2 * Z), numericGrad((v) => w * diagLogDensity(zr, v, FLOOR)[0], pr)],
      ];
      for (const [name, got, want] of cases) {
        if (MASK[r] === 0)
          expect(
            got.every((v) => v === 0),
            `${name} row ${r} is masked: zeros`,
          ).toBe(true);
        expect(gradError(got, want), `${name} row ${r}: ${got} vs ${want}`).toBeLessThan(1);
      }
    }
  });
});

describe('gmm_nll', () => {
  /**
   * Rows [logits (K) | μ (K·X) | ρ (K·X)] with ld = K(1 + 2X) + 3. Row 5 is far: logits near 100 (a naive
   * softmax overflows) and x ≈ 8 away from every mean (a naive Σ_k π_k Π_j N underflows).
   */
  function inputs(X: number, K: number, seed: number) {
    const r = rng(seed);
    const width = K * (1 + 2 * X);
    const ldd = width + 3,
      ldx = X + 1;
    const far = ROWS - 1;
    const d = strided(ROWS, width, ldd, (row, j) => (j >= K ? 1.5 * r() : row === far ? 100 - 5 * j + r() : 2 * r()));
    const x = strided(ROWS, X, ldx, (row) => (row === far ? 8 + r() : 2 * r()));
    const g = Float32Array.from({ length: ROWS }, () => 0.5 + r());
    return { width, ldd, ldx, d, x, g };
  }

  const shapes: [number, number][] = [
    [1, 1],
    [5, 1],
    [1, 3],
    [4, 3],
    [7, 3],
    [13, 3],
  ];

  it.each(shapes)('equals the float64 reference, with and without a mask (X = %i, K = %i)', (X, K) => {
    const { width, ldd, ldx, d, x } = inputs(X, K, 30 + X + K);
    const mark = engine.mark();
    const dOff = engine.put(d),
      xo = engine.put(x),
      mo = engine.put(MASK),
      out = engine.alloc(ROWS);
    for (const masked of [true, false]) {
      engine.exports.gmm_nll(ROWS, X, K, dOff * 4, ldd, xo * 4, ldx, FLOOR, masked ? mo * 4 : 0, out * 4);
      const got = engine.get(out, ROWS);
      for (let r = 0; r < ROWS; r++) {
        const [value, scale] = gmmNll(K, rowOf(d, r, ldd, width), rowOf(x, r, ldx, X), FLOOR);
        const want = masked ? MASK[r] * value : value;
        expect(Math.abs(got[r] - want), `row ${r} masked ${masked}: ${got[r]} vs ${want}`).toBeLessThan(
          1e-5 * (1 + scale),
        );
      }
    }
    engine.release(mark);
  });

  it('with K = 1 is the Gaussian NLL of gauss_nll', () => {
    const X = 7;
    const { ldd, ldx, d, x } = inputs(X, 1, 3);
    const mark = engine.mark();
    const dOff = engine.put(d),
      xo = engine.put(x),
      xDense = engine.put(strided(ROWS, X, X, (r, j) => x[r * ldx + j]));
    const a = engine.alloc(ROWS),
      b = engine.alloc(ROWS);
    engine.exports.gmm_nll(ROWS, X, 1, dOff * 4, ldd, xo * 4, ldx, FLOOR, 0, a * 4);
    // gauss_nll reads [μ | ρ] rows: the same rows one float (the logit) further on.
    engine.exports.gauss_nll(ROWS, X, (dOff + 1) * 4, ldd, xDense * 4, FLOOR, 0, b * 4);
    const got = Array.from(engine.get(a, ROWS)),
      want = Array.from(engine.get(b, ROWS));
    for (let r = 0; r < ROWS; r++)
      expect(Math.abs(got[r] - want[r]), `row ${r}`).toBeLessThan(1e-6 * (1 + Math.abs(want[r])));
    engine.release(mark);
  });

  it.each(shapes)('backward equals central differences of the reference (X = %i, K = %i)', (X, K) => {
    const { width, ldd, ldx, d, x, g } = inputs(X, K, 40 + X + K);
    const lddd = width + 2;
    const mark = engine.mark();
    const dOff = engine.put(d),
      xo = engine.put(x),
      mo = engine.put(MASK),
      go = engine.put(g);
    const ddo = engine.put(new Float32Array(ROWS * lddd).fill(PAD));
    engine.exports.gmm_nll_back(ROWS, X, K, dOff * 4, ldd, xo * 4, ldx, FLOOR, mo * 4, go * 4, ddo * 4, lddd);
    const dd = engine.get(ddo, ROWS * lddd).slice();
    engine.release(mark);
    expectPadKept(dd, ROWS, width, lddd, 'dd');
    for (let r = 0; r < ROWS; r++) {
      const dr = rowOf(d, r, ldd, width),
        xr = rowOf(x, r, ldx, X);
      const w = g[r] * MASK[r];
      const want = numericGrad((v) => w * gmmNll(K, v, xr, FLOOR)[0], dr);
      const got = rowOf(dd, r, lddd, width);
      if (MASK[r] === 0)
        expect(
          got.every((v) => v === 0),
          `row ${r} is masked: zeros`,
        ).toBe(true);
      const extra = 1e-3 * gmmNll(K, dr, xr, FLOOR)[1] * Math.abs(w);
      // Blocks: logits, μ, ρ, each against its own largest entry.
      for (const [name, lo, hi] of [
        ['logits', 0, K],
        ['μ', K, K + K * X],
        ['ρ', K + K * X, width],
      ] as const) {
        const err = gradError(got.slice(lo, hi), want.slice(lo, hi), extra);
        expect(err, `d${name} row ${r}: ${got.slice(lo, hi)} vs ${want.slice(lo, hi)}`).toBeLessThan(1);
      }
    }
  });
});

describe('gmm_draw', () => {
  function mixture(X: number, K: number, seed: number, rows: number) {
    const r = rng(seed);
    const width = K * (1 + 2 * X);
    const ldd = width + 1,
      ldx = X + 2;
    const d = strided(rows, width, ldd, (row, j) => (j < K ? 2 * r() + (row === rows - 1 ? 100 : 0) : 1.5 * r()));
    const eps = Float32Array.from({ length: rows * X }, () => 2 * r());
    return { width, ldd, ldx, d, eps };
  }
  const mu = (d: Float32Array, ldd: number, r: number, K: number, X: number, k: number, j: number) =>
    d[r * ldd + K + k * X + j];
  const sd = (d: Float32Array, ldd: number, r: number, K: number, X: number, k: number, j: number) =>
    softplus(d[r * ldd + K + K * X + k * X + j]) + FLOOR;
  const softmax = (l: number[]) => {
    const m = Math.max(...l);
    const e = l.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };

  function draw(
    X: number,
    K: number,
    d: Float32Array,
    ldd: number,
    u: number[] | null,
    eps: Float32Array | null,
    mean: boolean,
    ldx: number,
  ) {
    const rows = d.length / ldd;
    const mark = engine.mark();
    const dOff = engine.put(d);
    const uo = u ? engine.put(u) : 0,
      eo = eps ? engine.put(eps) : 0;
    const xo = engine.put(new Float32Array(rows * ldx).fill(PAD));
    engine.exports.gmm_draw(rows, X, K, dOff * 4, ldd, uo * 4, eo * 4, FLOOR, mean ? 1 : 0, xo * 4, ldx);
    const x = engine.get(xo, rows * ldx).slice();
    engine.release(mark);
    expectPadKept(x, rows, X, ldx, 'x');
    return x;
  }

  /** Expects row r of x to be component k's μ + σ·eps. */
  function expectComponent(
    x: Float32Array,
    ldx: number,
    d: Float32Array,
    ldd: number,
    eps: Float32Array,
    r: number,
    X: number,
    K: number,
    k: number,
    what: string,
  ) {
    for (let j = 0; j < X; j++) {
      const want = mu(d, ldd, r, K, X, k, j) + sd(d, ldd, r, K, X, k, j) * eps[r * X + j];
      expect(Math.abs(x[r * ldx + j] - want), `${what}: [${r}, ${j}] ${x[r * ldx + j]} vs ${want}`).toBeLessThan(
        4e-7 * (Math.abs(mu(d, ldd, r, K, X, k, j)) + Math.abs(sd(d, ldd, r, K, X, k, j) * eps[r * X + j])) + 1e-30,
      );
    }
  }

  it.each([1, 5, 8])('with K = 1 is μ + σ·eps (X = %i)', (X) => {
    const rows = 4;
    const { ldd, ldx, d, eps } = mixture(X, 1, 50 + X, rows);
    const u = [0, 0.5, 0.999, 0.25];
    const x = draw(X, 1, d, ldd, u, eps, false, ldx);
    for (let r = 0; r < rows; r++) expectComponent(x, ldx, d, ldd, eps, r, X, 1, 0, 'K = 1');
  });

  it('picks the first component whose cumulative weight exceeds u, and the last when none does', () => {
    const X = 5,
      K = 3;
    // Each of 4 mixtures (the last with logits near 100) is drawn with u in the middle of every component's
    // interval, at 0, just below 1 and at 1 (out of range: no component qualifies, so the last).
    const base = mixture(X, K, 60, 4);
    const us: number[] = [],
      rowsOf: number[] = [],
      expected: number[] = [];
    for (let m = 0; m < 4; m++) {
      const pi = softmax(rowOf(base.d, m, base.ldd, K));
      let lo = 0;
      for (let k = 0; k < K; k++) {
        us.push(lo + pi[k] / 2);
        rowsOf.push(m);
        expected.push(k);
        lo += pi[k];
      }
      us.push(0, 1 - 2 ** -24, 1);
      rowsOf.push(m, m, m);
      expected.push(0, K - 1, K - 1);
    }
    const rows = us.length;
    const d = strided(rows, base.width, base.ldd, (r, j) => base.d[rowsOf[r] * base.ldd + j]);
    const eps = Float32Array.from({ length: rows * X }, (_, i) => base.eps[i % base.eps.length]);
    const x = draw(X, K, d, base.ldd, us, eps, false, base.ldx);
    for (let r = 0; r < rows; r++) expectComponent(x, base.ldx, d, base.ldd, eps, r, X, K, expected[r], `u = ${us[r]}`);
  });

  it.each([
    [1, 1],
    [5, 3],
    [8, 3],
    [13, 3],
  ])('with mean set writes Σ_k π_k μ_k (X = %i, K = %i)', (X, K) => {
    const rows = 5;
    const { ldd, ldx, d } = mixture(X, K, 70 + X, rows);
    const x = draw(X, K, d, ldd, null, null, true, ldx);
    for (let r = 0; r < rows; r++) {
      const pi = softmax(rowOf(d, r, ldd, K));
      for (let j = 0; j < X; j++) {
        let want = 0,
          scale = 0;
        for (let k = 0; k < K; k++) {
          want += pi[k] * mu(d, ldd, r, K, X, k, j);
          scale += Math.abs(pi[k] * mu(d, ldd, r, K, X, k, j));
        }
        expect(Math.abs(x[r * ldx + j] - want), `[${r}, ${j}] ${x[r * ldx + j]} vs ${want}`).toBeLessThan(
          1e-6 * scale + 1e-30,
        );
      }
    }
  });
});

// Test-only: closed forms in float64 plain JS, independent of tfjs, that the tests compare against.
// Not exported from the package.

export const LOG_2PI = Math.log(2 * Math.PI);

/** A small deterministic generator (LCG) for test inputs, so data are the same on every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `n` values uniform on [lo, hi) from `seed`. */
export function uniforms(n: number, lo: number, hi: number, seed: number): number[] {
  const r = lcg(seed);
  return Array.from({ length: n }, () => lo + (hi - lo) * r());
}

export function normalLogPdf(x: number, mu: number, s: number): number {
  const z = (x - mu) / s;
  return -0.5 * z * z - Math.log(s) - 0.5 * LOG_2PI;
}

export function normalEntropy(s: number): number {
  return 0.5 + 0.5 * LOG_2PI + Math.log(s);
}

/** KL(N(m1, s1²) ‖ N(m2, s2²)) in the textbook form. */
export function normalKL(m1: number, s1: number, m2: number, s2: number): number {
  return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;
}

export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function logSumExp(xs: number[]): number {
  const m = Math.max(...xs);
  if (!Number.isFinite(m)) return m;
  return m + Math.log(xs.reduce((a, x) => a + Math.exp(x - m), 0));
}

export function logSoftmax(xs: number[]): number[] {
  const l = logSumExp(xs);
  return xs.map((x) => x - l);
}

/** log p(x) of a Bernoulli with log-odds l, for x in {0, 1}. */
export function bernoulliLogPmf(x: number, l: number): number {
  return x === 1 ? -softplus(-l) : -softplus(l);
}

export function bernoulliEntropy(l: number): number {
  const p = sigmoid(l);
  return -(p > 0 ? p * Math.log(p) : 0) - (p < 1 ? (1 - p) * Math.log1p(-p) : 0);
}

export function bernoulliKL(a: number, b: number): number {
  const p = sigmoid(a);
  return p * (bernoulliLogPmf(1, a) - bernoulliLogPmf(1, b)) + (1 - p) * (bernoulliLogPmf(0, a) - bernoulliLogPmf(0, b));
}

/** Sample mean and (unbiased) variance. */
export function moments(xs: ArrayLike<number>): { mean: number; variance: number } {
  const n = xs.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += xs[i];
  m /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (xs[i] - m) ** 2;
  return { mean: m, variance: v / (n - 1) };
}

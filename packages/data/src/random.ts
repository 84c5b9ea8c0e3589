/**
 * A small seeded pseudo-random generator (mulberry32 with Box–Muller normals).
 * Every stochastic helper in @probseq/data takes a seed and draws from one of these,
 * so the same seed gives the same data on every platform.
 */
export interface Rng {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /**
   * Uniform integer in [0, n).
   * @param n - the number of values, a positive integer.
   */
  int(n: number): number;
}

/**
 * Creates a seeded generator; any finite number is a valid seed.
 * @param seed - any finite number; equal seeds give equal streams.
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number, found ${seed}`);
  let a = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const int = (n: number): number => Math.min(n - 1, Math.floor(uniform() * n));
  return { uniform, normal, int };
}

/**
 * A seeded Fisher–Yates shuffle; returns a new array and leaves `items` untouched.
 * @param items - the items to shuffle.
 * @param seed - any finite number; equal seeds give equal orders.
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

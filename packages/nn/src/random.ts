/**
 * A small seeded pseudo-random generator in plain JavaScript (SplitMix32 state update with a
 * Murmur3-style finaliser). Weights drawn from it are identical on every tfjs backend, because
 * no backend RNG is involved.
 */
export class SeededRandom {
  private state: number;

  /** @param seed any finite number; equal seeds give equal streams. */
  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new Error(`SeededRandom: seed must be a finite number, found ${seed}`);
    this.state = hashSeed(seed);
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A standard normal draw (Box–Muller in float64). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

function hashSeed(seed: number): number {
  // Mix the integer and fractional parts so seeds like 1 and 1.5 differ.
  const whole = Math.floor(seed);
  const frac = Math.floor((seed - whole) * 4294967296);
  let h = (Math.imul(whole | 0, 0x27d4eb2d) ^ Math.floor(whole / 4294967296) ^ Math.imul(frac, 0x165667b1)) | 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) | 0;
}

/**
 * Derives an independent child seed from a parent seed and a path of labels (e.g. a layer index),
 * so a module built from one seed gives each parameter its own stream.
 * @param seed The parent seed (any finite number).
 * @param path Labels that name the child, e.g. `'layers', 0, 'weight'`.
 */
export function deriveSeed(seed: number, ...path: Array<string | number>): number {
  let h = hashSeed(seed) >>> 0;
  for (const part of path) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    }
    h = Math.imul(h ^ 0x2f, 0x01000193) >>> 0;
  }
  return h;
}

/** A fresh seed for callers that did not give one (non-reproducible by design). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 4294967296);
}

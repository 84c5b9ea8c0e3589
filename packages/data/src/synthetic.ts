import { createRng, type Rng } from './random';

/** Names of the built-in synthetic processes. */
export type SyntheticName = 'multimodal' | 'strokes';

/** Options for {@link generateSynthetic}. */
export interface SyntheticOptions {
  /** Number of sequences (default 256). */
  sequences?: number;
  /** Time steps per sequence (default 32). */
  steps?: number;
  /** Seed; the same seed gives the same sequences (default 0). */
  seed?: number;
}

/** Sequences from {@link generateSynthetic}: `sequences[i][t]` is the feature vector of step t of sequence i. */
export interface SyntheticData {
  name: SyntheticName;
  dims: number;
  sequences: number[][][];
}

/** Number of distant modes of the 'multimodal' process. */
export const MULTIMODAL_MODES = 4;
/** Radius of the circle the 'multimodal' modes sit on. */
export const MULTIMODAL_RADIUS = 3;
/** Standard deviation of the within-mode noise of the 'multimodal' process. */
export const MULTIMODAL_NOISE = 0.15;
/** Probability that the 'multimodal' process stays in its current mode at a step. */
export const MULTIMODAL_STAY = 0.4;

/**
 * The 'multimodal' process: a 2-D trajectory driven by a hidden discrete mode k_t ∈ {0..3}.
 * k_1 is uniform; afterwards k_t = k_{t−1} with probability 0.4, else one of the other three
 * modes uniformly. Given the mode,
 *
 *   x_t = R·(cos θ_k, sin θ_k) + 0.5·(x_{t−1} − R·(cos θ_{k_{t−1}}, sin θ_{k_{t−1}})) + 0.15·ε_t,
 *
 * with θ_k = 2πk/4 + φ, R = 3, φ a per-sequence phase in [0, 2π) and ε_t standard normal:
 * the next step lands near one of four points 4.2 apart, chosen by the latent mode, so
 * p(x_t | x_<t) is a four-component mixture that a single Gaussian fits poorly and a
 * latent-variable model (VRNN) fits well. The within-mode offset carries over (AR(1)), and
 * the phase φ is recoverable from the past, so the recurrent state matters too.
 */
function multimodal(rng: Rng, steps: number): number[][] {
  const phase = 2 * Math.PI * rng.uniform();
  const centre = (k: number): [number, number] => {
    const th = (2 * Math.PI * k) / MULTIMODAL_MODES + phase;
    return [MULTIMODAL_RADIUS * Math.cos(th), MULTIMODAL_RADIUS * Math.sin(th)];
  };
  let k = rng.int(MULTIMODAL_MODES);
  let off: [number, number] = [MULTIMODAL_NOISE * rng.normal(), MULTIMODAL_NOISE * rng.normal()];
  const seq: number[][] = [];
  for (let t = 0; t < steps; t++) {
    if (t > 0) {
      if (rng.uniform() >= MULTIMODAL_STAY) k = (k + 1 + rng.int(MULTIMODAL_MODES - 1)) % MULTIMODAL_MODES;
      off = [0.5 * off[0] + MULTIMODAL_NOISE * rng.normal(), 0.5 * off[1] + MULTIMODAL_NOISE * rng.normal()];
    }
    const c = centre(k);
    seq.push([c[0] + off[0], c[1] + off[1]]);
  }
  return seq;
}

/**
 * The 'strokes' process: pen-stroke-like sequences of (dx, dy, penUp). Each stroke is a smooth
 * curve whose heading turns with a random, slowly varying curvature and whose speed varies;
 * a stroke ends (penUp = 1 on its last point) after a random 4–12 points, and the pen then
 * jumps to the start of the next stroke.
 */
function strokes(rng: Rng, steps: number): number[][] {
  const seq: number[][] = [];
  let heading = 2 * Math.PI * rng.uniform();
  let curvature = 0;
  let left = 4 + rng.int(9);
  for (let t = 0; t < steps; t++) {
    left -= 1;
    curvature = 0.7 * curvature + 0.25 * rng.normal();
    heading += curvature;
    const speed = 1 + 0.2 * rng.normal();
    const penUp = left <= 0 ? 1 : 0;
    seq.push([speed * Math.cos(heading), speed * Math.sin(heading), penUp]);
    if (penUp) {
      left = 4 + rng.int(9);
      heading = 2 * Math.PI * rng.uniform();
      curvature = 0;
    }
  }
  return seq;
}

const DIMS: Record<SyntheticName, number> = { multimodal: 2, strokes: 3 };

/**
 * Generates a seeded synthetic data set in code (no files).
 *
 * - `'multimodal'` (2-D, the trainer's default): the next step is a 4-way mixture selected by a
 *   hidden mode, where a VRNN beats an RNN with a Gaussian output by a wide margin.
 * - `'strokes'` (dx, dy, penUp): pen-stroke-like curves broken into strokes.
 *
 * @example
 * const { dims, sequences } = generateSynthetic('multimodal', { sequences: 128, steps: 32, seed: 1 });
 */
export function generateSynthetic(name: SyntheticName, options: SyntheticOptions = {}): SyntheticData {
  const { sequences = 256, steps = 32, seed = 0 } = options;
  if (!(name in DIMS)) {
    throw new Error(`Unknown synthetic data set '${String(name)}': expected one of ${Object.keys(DIMS).join(', ')}.`);
  }
  if (!Number.isInteger(sequences) || sequences < 1)
    throw new Error(`sequences must be a positive integer, found ${sequences}`);
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`steps must be a positive integer, found ${steps}`);
  const rng = createRng(seed);
  const gen = name === 'multimodal' ? multimodal : strokes;
  const out: number[][][] = [];
  for (let i = 0; i < sequences; i++) out.push(gen(rng, steps));
  return { name, dims: DIMS[name], sequences: out };
}

import { kl, klMonteCarlo, Normal } from '@probseq/distributions';
import * as tf from '@tensorflow/tfjs-core';

/** A univariate Gaussian N(loc, scale²) as the sliders set it. */
export interface Gaussian1D {
  loc: number;
  scale: number;
}

/** Everything the playground draws, computed on the active tfjs backend. */
export interface PlaygroundResult {
  grid: number[];
  densityP: number[];
  densityQ: number[];
  samples: number[];
  kl: number;
  klMonteCarlo: number;
  /** KL(p‖q) from the closed form in float64 JavaScript, for comparison. */
  klExact: number;
}

/** KL(N(μp, σp²) ‖ N(μq, σq²)) = log(σq/σp) + (σp² + (μp − μq)²) / (2σq²) − ½, in float64. */
export function gaussianKL(p: Gaussian1D, q: Gaussian1D): number {
  return Math.log(q.scale / p.scale) + (p.scale ** 2 + (p.loc - q.loc) ** 2) / (2 * q.scale ** 2) - 0.5;
}

/** Densities of p and q on a grid, samples from p, and KL(p‖q) three ways. */
export async function evaluatePlayground(
  p: Gaussian1D,
  q: Gaussian1D,
  { samples = 2000, mcSamples = 4000, seed = 0, lo = -6, hi = 6, points = 241 } = {},
): Promise<PlaygroundResult> {
  const grid = Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / (points - 1));
  // #region playground
  const tensors = tf.tidy(() => {
    const P = new Normal(tf.scalar(p.loc), tf.scalar(p.scale));
    const Q = new Normal(tf.scalar(q.loc), tf.scalar(q.scale));
    const x = tf.tensor1d(grid);
    return [
      tf.exp(P.logProb(x)), // density of p on the grid
      tf.exp(Q.logProb(x)),
      P.sample([samples], seed), // draws from p
      kl(P, Q), // closed form, from the KL registry
      klMonteCarlo(P, Q, mcSamples, seed + 1), // mean of log p(z) − log q(z), z ~ p
    ];
  });
  // #endregion playground
  try {
    const [densityP, densityQ, draws, klValue, klMc] = await Promise.all(tensors.map((t) => t.data()));
    return {
      grid,
      densityP: Array.from(densityP),
      densityQ: Array.from(densityQ),
      samples: Array.from(draws),
      kl: klValue[0],
      klMonteCarlo: klMc[0],
      klExact: gaussianKL(p, q),
    };
  } finally {
    tf.dispose(tensors);
  }
}

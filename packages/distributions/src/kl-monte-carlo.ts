import * as tf from '@tensorflow/tfjs-core';
import type { Distribution } from './distribution';
import { broadcastOrThrow, checkSeed, shapeStr } from './validate';

/**
 * Monte Carlo estimate of KL(p ‖ q) = E_p[log p(x) − log q(x)] from `n` draws of `p`, shape = the
 * broadcast of the two batch shapes. Draws use `p.rsample` when `p.hasRsample`, so the estimate is
 * differentiable in the parameters of both distributions; otherwise `p.sample`, and then gradients
 * with respect to p's parameters miss the score-function term (only q's are right). The standard
 * error shrinks as 1/√n; the same `seed` gives the same estimate.
 *
 * @example
 * ```ts
 * const est = tf.tidy(() => klMonteCarlo(p, q, 10_000, 1)); // compare with kl(p, q)
 * ```
 */
export function klMonteCarlo(p: Distribution, q: Distribution, n: number, seed?: number): tf.Tensor {
  const owner = 'klMonteCarlo';
  if (!Number.isInteger(n) || n < 1) throw new Error(`${owner}: n must be a positive integer, found ${String(n)}.`);
  checkSeed(seed, owner);
  if (p.eventShape.length !== q.eventShape.length || !p.eventShape.every((d, i) => d === q.eventShape[i])) {
    throw new Error(`${owner}: event shapes differ: ${p.name} has event ${shapeStr(p.eventShape)}, ${q.name} has event ${shapeStr(q.eventShape)}.`);
  }
  broadcastOrThrow(owner, [['p.batchShape', p.batchShape], ['q.batchShape', q.batchShape]]);
  return tf.tidy(() => {
    const x = p.hasRsample ? p.rsample([n], seed) : p.sample([n], seed);
    return tf.mean(tf.sub(p.logProb(x), q.logProb(x)), 0);
  });
}

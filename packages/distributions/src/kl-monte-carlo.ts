import * as tf from '@tensorflow/tfjs-core';
import type { Distribution } from './distribution';
import { withoutGradient } from './random';
import { broadcastOrThrow, checkSeed, shapeStr } from './validate';

/**
 * Monte Carlo estimate of KL(p ‖ q) = E_p[log p(x) − log q(x)] from `n` draws of `p`, shape = the
 * broadcast of the two batch shapes; the same `seed` gives the same estimate. The standard error
 * shrinks as 1/√n.
 *
 * The estimate is differentiable in the parameters of both distributions, without bias: draws use
 * `p.rsample` when `p.hasRsample` (pathwise gradients); otherwise `p.sample`, with the score-function
 * term f(x)·∇log p(x) added to the gradient (f = log p − log q), which leaves the value unchanged.
 *
 * @example
 * ```ts
 * const est = tf.tidy(() => klMonteCarlo(p, q, 10_000, 1)); // compare with kl(p, q)
 * ```
 * @param p The distribution sampled from.
 * @param q The reference distribution, evaluated at p's samples.
 * @param n Number of samples (a positive integer); the standard error falls as 1/√n.
 * @param seed Any finite number, for reproducible samples; omit it for fresh ones.
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
    if (p.hasRsample) {
      const x = p.rsample([n], seed);
      return tf.mean(tf.sub(p.logProb(x), q.logProb(x)), 0);
    }
    const x = p.sample([n], seed);
    const logP = p.logProb(x);
    const f = tf.sub(logP, q.logProb(x));
    // Same values, recomputed off the gradient tape: f·(log p − stop(log p)) is 0 but has gradient f·∇log p.
    const fStop = withoutGradient([x], () => tf.sub(p.logProb(x), q.logProb(x)));
    const logPStop = withoutGradient([x], () => p.logProb(x));
    return tf.mean(tf.add(f, tf.mul(fStop, tf.sub(logP, logPStop))), 0);
  });
}

import * as tf from '@tensorflow/tfjs-core';
import { distributionName, type Distribution } from './distribution';

/**
 * A constructor of a distribution class (abstract classes included).
 * @param args The class's constructor arguments.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DistributionClass<D extends Distribution = Distribution> = abstract new (...args: any[]) => D;

/**
 * An analytic KL divergence KL(p ‖ q), shape = broadcast of the two batch shapes.
 * @param p The first argument of KL(p ‖ q).
 * @param q The second argument of KL(p ‖ q).
 */
export type KLFunction<P extends Distribution = Distribution, Q extends Distribution = Distribution> = (p: P, q: Q) => tf.Tensor;

interface Entry {
  p: DistributionClass;
  q: DistributionClass;
  fn: KLFunction;
}

const registry: Entry[] = [];

/**
 * Registers `fn` as KL(p ‖ q) for instances of `P` and `Q` (and their subclasses, unless a more
 * specific pair is registered). Registering the same pair again replaces the function.
 *
 * @example
 * ```ts
 * registerKL(MyDist, Normal, (p, q) => ...);
 * ```
 * @param P The class of the first argument p (subclasses match too).
 * @param Q The class of the second argument q (subclasses match too).
 * @param fn KL(p ‖ q) in closed form, shape = the broadcast of the two batch shapes.
 */
export function registerKL<P extends Distribution, Q extends Distribution>(
  P: DistributionClass<P>,
  Q: DistributionClass<Q>,
  fn: KLFunction<P, Q>,
): void {
  if (typeof P !== 'function' || typeof Q !== 'function') throw new Error('registerKL: P and Q must be distribution classes.');
  if (typeof fn !== 'function') throw new Error(`registerKL(${distributionName(P)}, ${distributionName(Q)}): fn must be a function, found ${typeof fn}.`);
  const existing = registry.find((e) => e.p === P && e.q === Q);
  if (existing) existing.fn = fn as KLFunction;
  else registry.push({ p: P, q: Q, fn: fn as KLFunction });
}

/** Number of prototype steps from `obj` up to `cls.prototype`, or -1 if `obj` is not an instance. */
function distance(obj: object, cls: DistributionClass): number {
  let proto: object | null = Object.getPrototypeOf(obj);
  for (let d = 0; proto !== null; d++) {
    if (proto === cls.prototype) return d;
    proto = Object.getPrototypeOf(proto);
  }
  return -1;
}

/**
 * The registered KL function for the pair's runtime types (most specific match), or undefined.
 * @param p The first argument of KL(p ‖ q).
 * @param q The second argument of KL(p ‖ q).
 */
export function lookupKL(p: Distribution, q: Distribution): KLFunction | undefined {
  let best: Entry | undefined;
  let bestKey: [number, number] = [Infinity, Infinity];
  for (const e of registry) {
    const dp = distance(p, e.p);
    const dq = distance(q, e.q);
    if (dp < 0 || dq < 0) continue;
    if (dp + dq < bestKey[0] + bestKey[1] || (dp + dq === bestKey[0] + bestKey[1] && dp < bestKey[0])) {
      best = e;
      bestKey = [dp, dq];
    }
  }
  return best?.fn;
}

/**
 * KL(p ‖ q) = E_p[log p(x) − log q(x)] from the registry of analytic forms, shape = the broadcast of
 * the two batch shapes. Throws, naming both types, when no pair is registered; `klMonteCarlo`
 * estimates any pair by sampling.
 *
 * @example
 * ```ts
 * const d = tf.tidy(() => kl(new DiagGaussian(muQ, sQ), new DiagGaussian(muP, sP))); // [B]
 * ```
 * @param p The distribution the expectation is taken under (in the VRNN, the posterior q(z_t | x_≤t, z_<t)).
 * @param q The reference distribution (in the VRNN, the prior p(z_t | x_<t, z_<t)); its batch shape broadcasts with p's.
 */
export function kl(p: Distribution, q: Distribution): tf.Tensor {
  if (!isDistribution(p) || !isDistribution(q)) {
    throw new Error(`kl: p and q must be Distributions, found ${describe(p)} and ${describe(q)}.`);
  }
  const fn = lookupKL(p, q);
  if (!fn) {
    throw new Error(
      `kl: no KL divergence is registered for (${p.name} ‖ ${q.name}); register one with registerKL(${distributionName(p.constructor)}, ${distributionName(q.constructor)}, fn) or estimate it with klMonteCarlo(p, q, n).`,
    );
  }
  return tf.tidy(() => fn(p, q));
}

function isDistribution(x: unknown): x is Distribution {
  return typeof x === 'object' && x !== null && typeof (x as Distribution).logProb === 'function' && Array.isArray((x as Distribution).batchShape);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (typeof x === 'object') return (x as object).constructor?.name || 'object';
  return typeof x;
}

import * as tf from '@tensorflow/tfjs-core';
import { fivoObjective } from './fivo';
import type { InputDropoutOptions, SequenceModel, SequenceOptions } from './sequence-model';

/**
 * A training objective: a scalar loss to minimise (the negative of a bound on log p(x), mean over the
 * batch). Sequential objectives (e.g. FIVO, fivo.ts) implement this and are added with {@link registerObjective}.
 */
export interface Objective {
  /** Name, e.g. `'elbo'` or `'iwae(8)'`. */
  readonly name: string;
  /**
   * The loss of model on x `[T, B, D]`.
   * @param model The model whose bound is taken.
   * @param x Sequences `[T, B, D]` (time-major).
   * @param options Mask, seed and input dropout.
   */
  loss(model: SequenceModel, x: tf.Tensor, options?: SequenceOptions & InputDropoutOptions): tf.Scalar;
}

/** The ELBO objective: loss = −mean_b Σ_t (E_q log p(x_t|·) − KL_t), one reparameterised sample. */
export function elboObjective(): Objective {
  return {
    name: 'elbo',
    loss: (model, x, options = {}) =>
      tf.tidy(() => {
        const e = model.elbo(x, options);
        return tf.neg(e.total) as tf.Scalar;
      }),
  };
}

/**
 * The importance-weighted bound (Burda et al. 2016) with K samples:
 * loss = −mean_b log (1/K) Σ_k w_k, w_k = p(x, z^k) / q(z^k | x). K = 1 is the ELBO with a
 * sampled instead of analytic KL; the bound tightens as K grows.
 * @param samples Number of importance samples K, a positive integer.
 */
export function iwaeObjective(samples: number): Objective {
  if (!Number.isInteger(samples) || samples < 1) throw new Error(`iwae: samples must be a positive integer, found ${samples}`);
  return {
    name: `iwae(${samples})`,
    loss: (model, x, options = {}) =>
      tf.tidy(() => {
        const w = model.logWeights(x, { ...options, samples });
        return tf.neg(tf.mean(tf.sub(tf.logSumExp(w, 0), Math.log(samples)))) as tf.Scalar;
      }),
  };
}

/**
 * Makes an objective from the optional number in its name.
 * @param arg The number in parentheses after the name (`'iwae(8)'` → 8), if any.
 */
export type ObjectiveFactory = (arg?: number) => Objective;

const REGISTRY = new Map<string, ObjectiveFactory>([
  ['elbo', () => elboObjective()],
  ['iwae', (k) => iwaeObjective(k ?? 5)],
  ['fivo', (n) => fivoObjective(n ?? 4)],
]);

/**
 * Adds an objective under a name, so `loss(x, { objective: 'name' })` or `'name(arg)'` finds it.
 * @param name The name: a letter, then letters, digits, `_` or `-`; an existing name is replaced.
 * @param factory Makes the objective from the optional integer argument of `'name(arg)'` (undefined without one).
 */
export function registerObjective(name: string, factory: ObjectiveFactory): void {
  if (!/^[a-z][a-z0-9_-]*$/i.test(name)) throw new Error(`registerObjective: invalid name '${name}'`);
  REGISTRY.set(name, factory);
}

/** The names of the registered objectives. */
export function objectiveNames(): string[] {
  return [...REGISTRY.keys()];
}

/**
 * Resolves `'elbo'`, `'iwae'`, `'iwae(8)'`, `'fivo'`, `'fivo(4)'` or an {@link Objective} object.
 * @param spec A registered name, optionally with an integer argument (`'iwae'` alone takes 5 samples, `'fivo'`
 *   4 particles), or an objective, returned as it is; default `'elbo'`.
 */
export function resolveObjective(spec: string | Objective = 'elbo'): Objective {
  if (typeof spec !== 'string') return spec;
  const m = /^([a-z][a-z0-9_-]*)(?:\((\d+)\))?$/i.exec(spec.trim());
  const factory = m ? REGISTRY.get(m[1]) : undefined;
  if (!m || !factory) {
    throw new Error(`Unknown objective '${spec}': expected one of ${objectiveNames().join(', ')} (optionally with an argument, e.g. 'iwae(8)')`);
  }
  return factory(m[2] === undefined ? undefined : Number(m[2]));
}

import * as tf from '@tensorflow/tfjs-core';

const NAME = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/**
 * The base of every layer: a tree of named parameters (`tf.Variable`) and child modules with
 * stable dotted names such as `encoder.layers.0.weight` (the order of registration is the order
 * of `namedParameters()`).
 *
 * @example
 * ```ts
 * class Affine extends Module {
 *   readonly w = this.registerParameter('weight', tf.zeros([3, 2]));
 * }
 * new Affine().namedParameters(); // [['weight', Variable]]
 * ```
 */
export abstract class Module {
  private readonly ownParameters = new Map<string, tf.Variable>();
  private readonly children = new Map<string, Module>();

  /**
   * Registers a float32 parameter initialised from `init` and returns its variable. The module
   * takes ownership of a plain tensor `init` (it is disposed; the variable keeps the values); a
   * `tf.Variable` passed as `init` is copied and left to the caller.
   * @param name Letters, digits and `_`, dot-separated; unique within this module.
   * @param init Initial values (cast to float32).
   * @param trainable Whether `trainableParameters()` includes it (default true).
   */
  registerParameter(name: string, init: tf.Tensor, trainable = true): tf.Variable {
    this.checkNewName(name, 'registerParameter');
    if (!(init instanceof tf.Tensor)) throw new Error(`registerParameter('${name}'): init must be a tf.Tensor`);
    // A Variable passed as init stays the caller's; a plain tensor is consumed.
    const owned = !(init instanceof tf.Variable);
    const value = init.dtype === 'float32' ? init : tf.cast(init, 'float32');
    const v = tf.variable(value, trainable);
    if (value !== init) value.dispose();
    if (owned) init.dispose();
    this.ownParameters.set(name, v);
    return v;
  }

  /**
   * Registers a child module; its parameters appear under `name.`. Returns the child.
   * @param name Letters, digits and `_`, dot-separated; unique within this module.
   * @param module The child module.
   */
  registerModule<M extends Module>(name: string, module: M): M {
    this.checkNewName(name, 'registerModule');
    if (!(module instanceof Module)) throw new Error(`registerModule('${name}'): expected a Module`);
    this.children.set(name, module);
    return module;
  }

  private checkNewName(name: string, fn: string): void {
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new Error(`${fn}: name must be letters, digits and _ separated by dots, found '${String(name)}'`);
    }
    if (this.ownParameters.has(name) || this.children.has(name)) {
      throw new Error(`${fn}: name '${name}' is already registered on ${this.constructor.name}`);
    }
  }

  /**
   * Every parameter of this module and its descendants, with its dotted name.
   * @param prefix Put before every name (default `''`).
   */
  namedParameters(prefix = ''): Array<[string, tf.Variable]> {
    const out: Array<[string, tf.Variable]> = [];
    for (const [n, v] of this.ownParameters) out.push([prefix + n, v]);
    for (const [n, m] of this.children) out.push(...m.namedParameters(`${prefix}${n}.`));
    return out;
  }

  /**
   * The direct and indirect child modules with their dotted names.
   * @param prefix Put before every name (default `''`).
   */
  namedModules(prefix = ''): Array<[string, Module]> {
    const out: Array<[string, Module]> = [];
    for (const [n, m] of this.children) {
      out.push([prefix + n, m]);
      out.push(...m.namedModules(`${prefix}${n}.`));
    }
    return out;
  }

  /** Every parameter variable (same order as `namedParameters()`). */
  parameters(): tf.Variable[] {
    return this.namedParameters().map(([, v]) => v);
  }

  /** The parameters whose `trainable` flag is set. */
  trainableParameters(): tf.Variable[] {
    return this.parameters().filter((v) => v.trainable);
  }

  /**
   * Sets the `trainable` flag of every parameter of this module and its descendants.
   * @param trainable The flag every parameter gets.
   */
  setTrainable(trainable: boolean): void {
    for (const v of this.parameters()) v.trainable = trainable;
  }

  /**
   * The parameter with the given dotted name; throws listing the known names if absent.
   * @param name A dotted name as `namedParameters()` lists it, e.g. `layers.0.weight`.
   */
  getParameter(name: string): tf.Variable {
    for (const [n, v] of this.namedParameters()) if (n === name) return v;
    const known = this.namedParameters().map(([n]) => n);
    throw new Error(`${this.constructor.name} has no parameter '${name}'; parameters are: ${known.join(', ') || '(none)'}`);
  }

  /** The total number of scalar parameters. */
  numParams(): number {
    return this.parameters().reduce((s, v) => s + v.size, 0);
  }

  /** Disposes every parameter variable of this module and its descendants. */
  dispose(): void {
    for (const v of this.parameters()) v.dispose();
  }
}

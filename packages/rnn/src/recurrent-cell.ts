import * as tf from '@tensorflow/tfjs-core';

/** A recurrent state: a tensor, or a list or record of states (e.g. `{ h, c }`, or one per layer). */
export type StateTree = tf.Tensor | readonly StateTree[] | { readonly [key: string]: StateTree };

/**
 * One recurrent step `(state, x) → [state', output]` over a batch, with time-major sequences
 * (`[T, B, D]`) handled by {@link scan}. The built-in cells are also nn `Module`s.
 *
 * Cells may split a step into an input projection that does not depend on the state
 * (`projectInputs`, applied to every time step at once before the loop) and the recurrent rest
 * (`stepProjected`); then `step(state, x)` equals `stepProjected(state, projectInputs(x))`.
 */
export interface RecurrentCell<S> {
  /** Width of the inputs `x`. */
  readonly inputSize: number;
  /** Width of the outputs `h`. */
  readonly hiddenSize: number;
  /**
   * The zero state for a batch of `batch` sequences.
   * @param batch Number of sequences B.
   */
  initialState(batch: number): S;
  /**
   * One step: `x` is `[B, inputSize]`; returns the new state and the output `h` `[B, hiddenSize]`.
   * @param state The state after the previous step (`initialState(B)` at the start).
   * @param x Inputs of this step `[B, inputSize]`.
   */
  step(state: S, x: tf.Tensor2D): [S, tf.Tensor2D];
  /**
   * The state-independent input projection of `xs` `[..., inputSize]` → `[..., projectedSize]`.
   * @param xs Inputs of every step `[..., inputSize]` (e.g. `[T, B, inputSize]`).
   */
  projectInputs?(xs: tf.Tensor): tf.Tensor;
  /**
   * One step from an already projected input `[B, projectedSize]`.
   * @param state The state after the previous step.
   * @param xp This step's rows of `projectInputs(xs)`, `[B, projectedSize]`.
   */
  stepProjected?(state: S, xp: tf.Tensor2D): [S, tf.Tensor2D];
}

/** Applies `fn` to corresponding tensors of two states of the same structure. */
export function zipState<S>(a: S, b: S, fn: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor, path = 'state'): S {
  if (a instanceof tf.Tensor) {
    if (!(b instanceof tf.Tensor)) throw new Error(`${path}: expected a tensor in both states`);
    return fn(a, b) as S;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || b.length !== a.length) throw new Error(`${path}: expected lists of length ${a.length}`);
    return a.map((x, i) => zipState(x, b[i], fn, `${path}[${i}]`)) as S;
  }
  if (a !== null && typeof a === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(a)) {
      const bk = (b as Record<string, unknown>)[k];
      if (bk === undefined) throw new Error(`${path}: field '${k}' missing`);
      out[k] = zipState((a as Record<string, unknown>)[k], bk, fn, `${path}.${k}`);
    }
    return out as S;
  }
  throw new Error(`${path}: expected a tensor, list or record, found ${typeof a}`);
}

/** Checks that `state` has tensors `fields` of shape `shape`, naming the field and both shapes. */
export function checkStateFields(state: unknown, fields: readonly string[], shape: number[], what: string): void {
  if (state === null || typeof state !== 'object') throw new Error(`${what}: expected a record with ${fields.join(', ')}`);
  for (const f of fields) {
    const t = (state as Record<string, unknown>)[f];
    if (!(t instanceof tf.Tensor)) throw new Error(`${what}.${f}: expected a tensor of shape [${shape}], found ${typeof t}`);
    if (t.rank !== shape.length || t.shape.some((d: number, i: number) => d !== shape[i])) {
      throw new Error(`${what}.${f}: expected shape [${shape}], found [${t.shape}]`);
    }
  }
}

/** Throws unless `x` is `[batch, width]` (batch unchecked when undefined). */
export function checkStepInput(x: tf.Tensor, width: number, what: string, batch?: number): void {
  if (!(x instanceof tf.Tensor) || x.rank !== 2 || x.shape[1] !== width || (batch !== undefined && x.shape[0] !== batch)) {
    const found = x instanceof tf.Tensor ? `[${x.shape}]` : typeof x;
    throw new Error(`${what}: expected shape [${batch ?? 'B'}, ${width}], found ${found}`);
  }
}

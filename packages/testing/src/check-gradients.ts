import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';

/** A function of tensors whose gradients are checked; its output may have any shape. */
export type TensorFunction = (...inputs: tf.Tensor[]) => tf.Tensor;

/** Options for {@link numericGradients} and {@link expectGradientsMatch}. */
export interface GradientCheckOptions {
  /** Finite-difference step, relative: element x is moved by ±h·max(1, |x|). Default 1e-3. */
  h?: number;
  /** Absolute tolerance. Default 2e-3. */
  atol?: number;
  /** Relative tolerance (to the numeric gradient). Default 2e-2. */
  rtol?: number;
}

/**
 * Fixed weights w (plain JS, independent of any seed) that turn a tensor-valued `f` into the scalar
 * Σ w·f, so every output element takes part in the check with a different weight.
 */
function weights(n: number): Float64Array {
  const w = new Float64Array(n);
  let s = 12345;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    w[i] = (0.5 + (s / 2 ** 32)) * (i % 2 === 0 ? 1 : -1);
  }
  return w;
}

async function weightedSum(y: tf.Tensor, w: Float64Array): Promise<number> {
  const d = await y.data();
  let s = 0;
  for (let i = 0; i < d.length; i++) s += w[i] * d[i];
  return s;
}

/**
 * Central finite differences of Σ w·f(inputs) with respect to every element of every input, evaluated
 * in float64 from f's float32 outputs. Returns one array per input (flattened). Reads values
 * asynchronously, so it runs on every backend (webgpu in Node included).
 */
export async function numericGradients(f: TensorFunction, inputs: tf.Tensor[], options: GradientCheckOptions = {}): Promise<number[][]> {
  const h = options.h ?? 1e-3;
  const n = tf.tidy(() => f(...inputs).size);
  const w = weights(n);
  const values = await Promise.all(inputs.map(async (x) => Float32Array.from(await x.data())));
  const result: number[][] = [];
  for (let i = 0; i < inputs.length; i++) {
    const out: number[] = [];
    for (let j = 0; j < inputs[i].size; j++) {
      const x0 = values[i][j];
      const step = h * Math.max(1, Math.abs(x0));
      const evalAt = async (v: number): Promise<[number, number]> => {
        const data = Float32Array.from(values[i]);
        data[j] = v;
        const actual = data[j];
        const y = tf.tidy(() => f(...inputs.map((t, k) => (k === i ? tf.tensor(data, t.shape, 'float32') : t))));
        try {
          return [actual, await weightedSum(y, w)];
        } finally {
          y.dispose();
        }
      };
      const [xp, fp] = await evalAt(x0 + step);
      const [xm, fm] = await evalAt(x0 - step);
      out.push((fp - fm) / (xp - xm));
    }
    result.push(out);
  }
  return result;
}

/** The gradients of Σ w·f(inputs) by `tf.grads` (the same weights as {@link numericGradients}). */
export async function analyticGradients(f: TensorFunction, inputs: tf.Tensor[]): Promise<number[][]> {
  const n = tf.tidy(() => f(...inputs).size);
  const w = weights(n);
  const grads = tf.tidy(() => {
    const wt = tf.tensor(Float32Array.from(w), [n], 'float32');
    return tf.grads((...xs: tf.Tensor[]) => tf.sum(tf.mul(tf.reshape(f(...xs), [n]), wt)))(inputs);
  });
  try {
    return await Promise.all(grads.map(async (t) => Array.from(await t.data())));
  } finally {
    tf.dispose(grads);
  }
}

/**
 * Asserts that `tf.grads` of f matches central finite differences for every element of every input:
 * |analytic − numeric| ≤ atol + rtol·|numeric|, reporting the worst element.
 */
export async function expectGradientsMatch(f: TensorFunction, inputs: tf.Tensor[], options: GradientCheckOptions = {}): Promise<void> {
  const atol = options.atol ?? 2e-3;
  const rtol = options.rtol ?? 2e-2;
  const analytic = await analyticGradients(f, inputs);
  const numeric = await numericGradients(f, inputs, options);
  for (let i = 0; i < inputs.length; i++) {
    expect(analytic[i].length, `gradient size of input ${i}`).toBe(inputs[i].size);
    for (let j = 0; j < numeric[i].length; j++) {
      const a = analytic[i][j];
      const nv = numeric[i][j];
      if (!(Math.abs(a - nv) <= atol + rtol * Math.abs(nv))) {
        expect.fail(`input ${i} element ${j}: analytic gradient ${a}, finite difference ${nv} (atol ${atol}, rtol ${rtol})`);
      }
    }
  }
}

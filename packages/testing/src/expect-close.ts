import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';

type Numeric = tf.Tensor | number | number[] | ArrayLike<number> | readonly unknown[];

function flatten(x: Numeric): number[] {
  if (x instanceof tf.Tensor) return Array.from(x.dataSync());
  if (typeof x === 'number') return [x];
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.push(v);
    else if (v && typeof (v as ArrayLike<unknown>).length === 'number') {
      for (const e of Array.from(v as ArrayLike<unknown>)) walk(e);
    }
  };
  walk(x);
  return out;
}

/** The largest absolute elementwise difference; throws if the sizes differ. */
export function maxAbsDiff(actual: Numeric, expected: Numeric): number {
  const a = flatten(actual);
  const e = flatten(expected);
  if (a.length !== e.length) throw new Error(`size mismatch: actual ${a.length}, expected ${e.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - e[i]);
    if (Number.isNaN(d)) return Number.NaN;
    if (d > m) m = d;
  }
  return m;
}

/** Asserts |actual − expected| ≤ atol + rtol·|expected| elementwise, reporting the worst element. */
export function expectClose(actual: Numeric, expected: Numeric, atol = 1e-5, rtol = 0): void {
  const a = flatten(actual);
  const e = flatten(expected);
  expect(a.length, 'number of elements').toBe(e.length);
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < a.length; i++) {
    const excess = Math.abs(a[i] - e[i]) - (atol + rtol * Math.abs(e[i]));
    if (!(excess <= 0) && (worst < 0 || excess > worstExcess || Number.isNaN(excess))) {
      worst = i;
      worstExcess = excess;
    }
  }
  if (worst >= 0) {
    expect.fail(
      `element ${worst}: actual ${a[worst]}, expected ${e[worst]} (atol ${atol}, rtol ${rtol}); max abs diff ${maxAbsDiff(a, e)}`,
    );
  }
}

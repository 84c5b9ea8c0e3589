import * as tf from '@tensorflow/tfjs-core';
import { expectClose } from './expect-close';

/**
 * The values of `x` as a plain array, read asynchronously: works on every backend, including webgpu
 * in Node, where `dataSync()` is impossible (tfjs-backend-webgpu reads synchronously through an
 * OffscreenCanvas, which Node lacks).
 */
export async function readValues(x: tf.Tensor): Promise<number[]> {
  return Array.from(await x.data());
}

/** {@link expectClose} for a tensor read asynchronously (usable on webgpu in Node). */
export async function expectCloseAsync(
  actual: tf.Tensor | number | ArrayLike<number> | readonly unknown[],
  expected: tf.Tensor | number | ArrayLike<number> | readonly unknown[],
  atol = 1e-5,
  rtol = 0,
): Promise<void> {
  const a = actual instanceof tf.Tensor ? await readValues(actual) : actual;
  const e = expected instanceof tf.Tensor ? await readValues(expected) : expected;
  expectClose(a, e, atol, rtol);
}

/**
 * Runs async `fn` inside a tfjs scope, like `tf.tidy` for code that awaits: every tensor created in
 * it is disposed at the end (tests run one at a time, so no other work shares the scope).
 */
export async function withScope(fn: () => Promise<void>): Promise<void> {
  tf.engine().startScope();
  try {
    await fn();
  } finally {
    tf.engine().endScope();
  }
}

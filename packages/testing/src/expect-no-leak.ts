import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';

/**
 * Runs `fn` once to warm up (lazily created constants), then `repeats` more times and asserts
 * that `tf.memory().numTensors` is unchanged. Tensors `fn` returns are disposed by the check.
 */
export async function expectNoLeak(fn: () => unknown, repeats = 3): Promise<void> {
  const run = async () => {
    const out = await fn();
    tf.dispose(out as tf.TensorContainer);
  };
  await run();
  const before = tf.memory().numTensors;
  for (let i = 0; i < repeats; i++) await run();
  expect(tf.memory().numTensors, 'tensor count after repeated calls').toBe(before);
}

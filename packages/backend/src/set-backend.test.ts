import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setBackend } from './set-backend';

describe('setBackend', () => {
  it('selects cpu and wasm by name', async () => {
    expect((await setBackend('cpu')).name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    const info = await setBackend('wasm');
    expect(info.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(info.simd).toBe(true);
  });

  it('registers gradients in Node', async () => {
    await setBackend('cpu');
    const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(tf.sub(x, 1), tf.sub(x, 1))))(tf.tensor1d([3, 0]));
    expect(Array.from(g.dataSync())).toEqual([4, -2]);
  });

  it('rejects unknown names with the alternatives', async () => {
    await expect(setBackend('gpu' as never)).rejects.toThrow(/cpu, wasm, webgpu, auto/);
  });
});

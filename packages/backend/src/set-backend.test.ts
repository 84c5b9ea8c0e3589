import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setBackend } from './set-backend';

describe('setBackend', () => {
  it('selects cpu and wasm by name', async () => {
    const cpu = await setBackend('cpu');
    expect(cpu).toEqual({ name: 'cpu', simd: false, threads: false, reason: 'cpu requested' });
    expect(tf.getBackend()).toBe('cpu');
    const info = await setBackend('wasm');
    expect(info.name).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    // Node: the SIMD binary is found inside the installed package without setWasmPaths, and never threads.
    expect(info.simd).toBe(true);
    expect(info.threads).toBe(false);
    expect(Array.from(await tf.matMul(tf.tensor2d([[1, 2]]), tf.tensor2d([[3], [4]])).data())).toEqual([11]);
  });

  it('registers gradients in Node', async () => {
    for (const name of ['cpu', 'wasm'] as const) {
      await setBackend(name);
      const g = tf.grad((x: tf.Tensor) => tf.sum(tf.mul(tf.sub(x, 1), tf.sub(x, 1))))(tf.tensor1d([3, 0]));
      expect(Array.from(g.dataSync())).toEqual([4, -2]);
    }
  });

  it('auto never settles on a software WebGPU adapter', async () => {
    const info = await setBackend('auto');
    expect(['webgpu', 'wasm']).toContain(info.name);
    expect(info.reason).toMatch(/^auto: /);
    if (info.name === 'webgpu') expect(info.adapterInfo?.software).toBe(false);
    else expect(info.reason).toMatch(/no WebGPU \(.+\), WASM available/);
    expect(tf.getBackend()).toBe(info.name);
  });

  it('rejects unknown names with the alternatives', async () => {
    await expect(setBackend('gpu' as never)).rejects.toThrow(
      "Unknown backend 'gpu': expected one of cpu, wasm, webgpu, auto.",
    );
  });
});

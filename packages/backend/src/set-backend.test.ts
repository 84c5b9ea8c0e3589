import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { getKernelEngine } from './kernel-engine';
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

  it("starts probseq's kernel engine on wasm (threads and FMA reported), and stops it on request", async () => {
    const on = await setBackend('wasm', { kernels: { threads: 2 } });
    expect(on.kernels).toEqual({ threads: 2, fma: true }); // Node 20 + x86: relaxed SIMD enabled by the engine
    expect(getKernelEngine()?.info.threads).toBe(2);
    const a = tf.randomNormal([33, 70], 0, 1, 'float32', 1);
    const b = tf.randomNormal([50, 70], 0, 1, 'float32', 2);
    const fast = tf.matMul(a, b, false, true); // through the engine's GEMM (B transposed)
    const off = await setBackend('wasm', { kernels: false });
    expect(off.kernels).toBeNull();
    expect(getKernelEngine()).toBeNull();
    const stock = tf.matMul(a, b, false, true); // tfjs-wasm's own kernel
    expect(tf.max(tf.abs(tf.sub(fast, stock))).dataSync()[0]).toBeLessThan(1e-4);
    await setBackend('cpu');
    expect(getKernelEngine()).toBeNull(); // the engine is the wasm backend's only
    tf.dispose([a, b, fast, stock]);
    await setBackend('wasm');
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

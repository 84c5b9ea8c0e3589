import { existsSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { setBackend } from './set-backend';

// WebGPU in Node runs on Dawn (the `webgpu` package) over a Vulkan driver; without a GPU that is Chromium's
// SwiftShader. The test command sets PROBSEQ_WEBGPU=1 where it found one, which makes these tests mandatory.
const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
if (!process.env.VK_ICD_FILENAMES && !process.env.VK_ADD_DRIVER_FILES && existsSync(SWIFTSHADER_ICD)) {
  process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
}
const run = process.env.PROBSEQ_WEBGPU === '1' || (process.env.PROBSEQ_WEBGPU !== '0' && existsSync(SWIFTSHADER_ICD));

function rand(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s / 2 ** 31) * 2 - 1;
  });
}

describe.skipIf(!run)('setBackend webgpu in Node (Dawn)', () => {
  it("selects the software adapter when 'webgpu' is asked for by name", async () => {
    const info = await setBackend('webgpu');
    expect(info.name).toBe('webgpu');
    expect(tf.getBackend()).toBe('webgpu');
    expect(info.adapterInfo).toBeDefined();
    expect(info.adapter).toMatch(/, (software|hardware)$/);
    if (!process.env.PROBSEQ_WEBGPU_HARDWARE) expect(info.adapterInfo?.software).toBe(true);
  });

  it('computes softplus(x·W) and its gradient like float64 JavaScript', async () => {
    await setBackend('webgpu');
    const [n, k, m] = [5, 7, 3];
    const x = rand(n * k, 1);
    const w = rand(k * m, 2);
    const softplus = (v: number) => Math.log1p(Math.exp(v));
    const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
    const z = Array.from({ length: n * m }, (_, idx) => {
      const [i, j] = [Math.floor(idx / m), idx % m];
      let s = 0;
      for (let q = 0; q < k; q++) s += x[i * k + q] * w[q * m + j];
      return s;
    });
    // d/dW Σ softplus(xW) = xᵀ · sigmoid(xW)
    const gradW = Array.from({ length: k * m }, (_, idx) => {
      const [q, j] = [Math.floor(idx / m), idx % m];
      let s = 0;
      for (let i = 0; i < n; i++) s += x[i * k + q] * sigmoid(z[i * m + j]);
      return s;
    });
    const xt = tf.tensor2d(x, [n, k]);
    const wt = tf.tensor2d(w, [k, m]);
    const y = tf.softplus(tf.matMul(xt, wt));
    const g = tf.grad((v: tf.Tensor) => tf.sum(tf.softplus(tf.matMul(xt, v as tf.Tensor2D))))(wt);
    const yv = await y.data();
    const gv = await g.data();
    z.forEach((v, i) => expect(yv[i]).toBeCloseTo(softplus(v), 5));
    gradW.forEach((v, i) => expect(gv[i]).toBeCloseTo(v, 4));
    tf.dispose([xt, wt, y, g]);
  });

  it('switches away and back to the same device without leaking tensors', async () => {
    await setBackend('webgpu');
    const before = tf.memory().numTensors;
    await setBackend('wasm');
    expect(tf.getBackend()).toBe('wasm');
    const info = await setBackend('webgpu');
    expect(info.name).toBe('webgpu');
    const t = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
    expect(await t.data()).toEqual(new Float32Array([3]));
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("'auto' passes over the software adapter and says so", async () => {
    const info = await setBackend('auto');
    if (process.env.PROBSEQ_WEBGPU_HARDWARE) return;
    expect(info.name).toBe('wasm');
    expect(info.reason).toMatch(
      /^auto: no WebGPU \(only a software WebGPU adapter is present \(.*swiftshader.*software\)\), WASM available$/i,
    );
  });
});

describe.skipIf(!run)('webgpu in Node: synchronous reads', () => {
  it('dataSync, arraySync and gradients work as in browsers', async () => {
    await setBackend('webgpu');
    const before = tf.memory().numTensors;
    const dataIdsBefore = tf.engine().backend.numDataIds();
    const out = tf.tidy(() => {
      const x = tf.tensor2d([
        [1, -2],
        [3, 0.5],
      ]);
      const y = tf.reshape(tf.matMul(x, x), [4]);
      const g = tf.grad((v: tf.Tensor) => tf.sum(tf.exp(v)))(tf.tensor1d([0, Math.log(2)]));
      return {
        y: Array.from(y.dataSync()),
        rows: tf.split(x, 2, 0).map((r) => r.arraySync()),
        g: Array.from(g.dataSync()),
      };
    });
    expect(out.y).toEqual([-5, -3, 4.5, -5.75]);
    // The worker frees what the main thread disposed.
    expect(tf.engine().backend.numDataIds()).toBe(dataIdsBefore);
    expect(out.rows).toEqual([[[1, -2]], [[3, 0.5]]]);
    out.g.forEach((v, i) => expect(v).toBeCloseTo([1, 2][i], 5));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('moves tensors between cpu and webgpu both ways', async () => {
    await setBackend('cpu');
    const a = tf.tensor1d([1, 2, 3]);
    await setBackend('webgpu');
    const b = tf.mul(a, 2);
    expect(Array.from(b.dataSync())).toEqual([2, 4, 6]);
    await setBackend('cpu');
    expect(Array.from(tf.add(b, 1).dataSync())).toEqual([3, 5, 7]);
    tf.dispose([a, b]);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBackend } from './set-backend';

// The wasm backend's kernels that probseq replaces (engine GEMM, sums, transposes; block-copy Tile) against
// the cpu backend's on the same inputs.
describe('wasm kernel overrides', () => {
  beforeAll(async () => {
    await setBackend('wasm');
  });
  afterAll(async () => {
    await setBackend('wasm');
  });

  /** `f` on wasm (overrides on) and on cpu, as plain arrays. */
  async function both(f: () => tf.Tensor): Promise<[number[], number[], number[], number[]]> {
    const w = f();
    const wv = Array.from(w.dataSync()), ws = w.shape;
    w.dispose();
    await setBackend('cpu');
    const c = f();
    const cv = Array.from(c.dataSync()), cs = c.shape;
    c.dispose();
    await setBackend('wasm');
    return [wv, ws, cv, cs];
  }

  const cases: Array<[number[], number[]]> = [
    [[5], [3]],
    [[2, 3], [1, 4]],
    [[3, 2, 4], [1, 5, 1]],
    [[3, 2, 4], [2, 1, 3]],
    [[2, 1, 3, 2], [2, 3, 1, 2]],
    [[4, 0, 2], [2, 2, 2]],
  ];
  for (const [shape, reps] of cases) {
    it(`Tile [${shape}] by [${reps}] equals the cpu backend's`, async () => {
      const n = shape.reduce((a, b) => a * b, 1);
      const [wv, ws, cv, cs] = await both(() => tf.tile(tf.tensor(Array.from({ length: n }, (_, i) => i * 0.5 - 3), shape), reps));
      expect(ws).toEqual(cs);
      expect(wv).toEqual(cv);
    });
  }

  it("Tile's gradient (a sum over the copies) is unchanged", async () => {
    const f = () => tf.grad((x: tf.Tensor) => tf.sum(tf.mul(tf.tile(x, [3, 2]), tf.range(0, 24).reshape([6, 4]))))(tf.tensor2d([[1, 2], [3, 4]]));
    const [wv, , cv] = await both(f);
    expect(wv).toEqual(cv);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, setBackend } from '@probseq/backend';
import { expect, it } from 'vitest';
import { aleaState } from './tfjs-random';

it('the kernel engine draws tf.randomNormal / tf.randomUniform streams bit for bit', async () => {
  await setBackend('wasm');
  const engine = getKernelEngine()!;
  const ex = engine.exports;
  const mark = engine.mark();
  for (const seed of [1, 7, 123456789, 4294967295, 0.5]) {
    for (const n of [1, 2, 9, 1000]) {
      const states = engine.alloc(8);
      const st = new Float64Array(engine.heap().buffer, states * 4, 4);
      const out = engine.alloc(n);
      st.set(aleaState(seed, true));
      ex.fill_normal(1, states * 4, n, out * 4);
      expect(Array.from(engine.get(out, n)), `normal seed ${seed}`).toEqual(Array.from(tf.randomNormal([n], 0, 1, 'float32', seed).dataSync()));
      st.set(aleaState(seed, false));
      ex.fill_uniform(1, states * 4, n, out * 4);
      expect(Array.from(engine.get(out, n)), `uniform seed ${seed}`).toEqual(Array.from(tf.randomUniform([n], 0, 1, 'float32', seed).dataSync()));
    }
  }
  engine.release(mark);
});

it("the engine's log equals V8's Math.log (the polar method depends on it)", async () => {
  await setBackend('wasm');
  const ex = getKernelEngine()!.exports;
  let x = 1e-300;
  while (x < 1e300) {
    for (const v of [x, x * 1.0000001, 1 - x / 1e300, 1 + x / 1e300]) expect(ex.log_f64(v), String(v)).toBe(Math.log(v));
    x *= 1.37;
  }
  for (let i = 1; i < 20000; i++) {
    const v = i / 20000;
    expect(ex.log_f64(v), String(v)).toBe(Math.log(v));
  }
  expect(ex.log_f64(0)).toBe(-Infinity);
  expect(ex.log_f64(5e-324)).toBe(Math.log(5e-324));
});

import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, setBackend } from '@probseq/backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VRNN } from './vrnn';

// The engine's loops share their work through claimed chunks, so the result must not depend on which
// thread runs what, nor on a helper the OS schedules late: equal, bit for bit, to the same run on one thread.
describe('VRNN on the kernel engine with late helper threads', () => {
  const options = {
    xDim: 20, hDim: 48, zDim: 8, phiXHidden: [40], phiZHidden: [24], priorHidden: [40], encoderHidden: [36],
    decoderHidden: [44], cell: 'lstm' as const, output: 'bernoulli' as const, seed: 5,
  };
  const [T, B] = [40, 24];
  let model: VRNN;
  let x: tf.Tensor3D;
  let mask: tf.Tensor2D;

  /** ELBO, every gradient, a sample, and FIVO(4) (the particle filter's gathers) with its gradients, as plain arrays. */
  const run = () => {
    const vars = model.trainableParameters();
    const g = tf.variableGrads(() => model.loss(x, { mask, seed: 9 }), vars);
    const f = tf.variableGrads(() => model.loss(x, { mask, seed: 9, objective: 'fivo(4)' }), vars);
    const out = {
      loss: g.value.dataSync()[0],
      grads: [...vars.map((v) => Array.from(g.grads[v.name].dataSync())), [f.value.dataSync()[0]], ...vars.map((v) => Array.from(f.grads[v.name].dataSync()))],
      sample: Array.from(model.sample({ steps: 30, batch: 24, seed: 3 }).dataSync()),
    };
    tf.dispose([g.value, ...Object.values(g.grads), f.value, ...Object.values(f.grads)]);
    return out;
  };

  beforeAll(async () => {
    await setBackend('wasm', { kernels: { threads: 1 } });
    model = new VRNN(options);
    x = tf.cast(tf.less(tf.randomUniform([T, B, 20], 0, 1, 'float32', 1), 0.3), 'float32') as tf.Tensor3D;
    mask = tf.cast(tf.less(tf.tile(tf.reshape(tf.range(0, T), [T, 1]), [1, B]), tf.add(tf.mod(tf.range(0, B), 13), 28)), 'float32') as tf.Tensor2D;
  });
  afterAll(async () => {
    tf.dispose([x, mask]);
    model.dispose();
    await setBackend('wasm');
  });

  it('a helper that joins each loop late (or never) changes no bit of the ELBO, FIVO, their gradients or a sample', async () => {
    const one = run();
    expect(getKernelEngine()!.info.threads).toBe(1);
    for (const joinDelayMs of [1, 5, 200]) {
      await setBackend('wasm', { kernels: { threads: 2, guard: false, slowHelper: { joinDelayMs } } });
      expect(getKernelEngine()!.info.threads).toBe(2);
      const late = run();
      expect(late.loss).toBe(one.loss);
      late.grads.forEach((g, i) => expect(g).toEqual(one.grads[i]));
      expect(late.sample).toEqual(one.sample);
    }
    await setBackend('wasm', { kernels: { threads: 2 } });
    const prompt = run();
    expect(prompt.loss).toBe(one.loss);
    prompt.grads.forEach((g, i) => expect(g).toEqual(one.grads[i]));
    expect(prompt.sample).toEqual(one.sample);
  });

  it('a helper that dawdles inside a chunk of every loop: same bits, and the guard drops to one thread', async () => {
    await setBackend('wasm', { kernels: { threads: 1 } });
    const one = run();
    await setBackend('wasm', { kernels: { threads: 2, slowHelper: { chunkDelayMs: 100 } } });
    const engine = getKernelEngine()!;
    // Until the guard has seen a whole window of work (a few runs), and once more on one thread after it.
    for (let i = 0; i < 10 && engine.info.threads === 2; i++) {
      const slow = run();
      expect(slow.loss).toBe(one.loss);
      slow.grads.forEach((g, j) => expect(g).toEqual(one.grads[j]));
      expect(slow.sample).toEqual(one.sample);
    }
    expect(run().loss).toBe(one.loss);
    // The caller slept through the helper's slow chunks: the guard noticed and said so.
    expect(engine.info.threads).toBe(1);
    expect(engine.info.reduced).toMatchObject({ from: 2 });
    expect(engine.info.reduced!.reason).toMatch(/slept \d+ % of a 250 ms window/);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose } from '@probseq/testing';
import { expect, it } from 'vitest';
import { benchInputs } from './bench-model';
import { CONFIGS, type BenchConfig } from './configs';
import { StandaloneVRNN } from './standalone-vrnn';

const configs: BenchConfig[] = [CONFIGS.tiny, { ...CONFIGS.tiny, name: 'tiny-bernoulli', output: 'bernoulli' }];

describeBackends('StandaloneVRNN fused recurrence', () => {
  for (const c of configs) {
    it(`hand-written BPTT equals autodiff through every op (${c.name})`, () => {
      const fused = new StandaloneVRNN(c, { seed: 3, recurrence: 'fused' });
      const tape = new StandaloneVRNN(c, { seed: 3, recurrence: 'tape' });
      const xs = benchInputs(c, 5);
      const eps = tf.randomNormal([c.steps, c.batch, c.zDim], 0, 1, 'float32', 9) as tf.Tensor3D;
      const a = tf.variableGrads(() => fused.loss(xs, eps), fused.variables());
      const b = tf.variableGrads(() => tape.loss(xs, eps), tape.variables());
      expectClose(a.value, b.value, 1e-4, 1e-5);
      expect(Object.keys(a.grads).length).toBe(fused.variables().length);
      for (const name of Object.keys(fused.params)) {
        const ga = a.grads[fused.params[name].name];
        const gb = b.grads[tape.params[name].name];
        expect(tf.max(tf.abs(gb)).dataSync()[0], `gradient ${name} is not trivially zero`).toBeGreaterThan(0);
        expectClose(ga, gb, 1e-4, 1e-3);
      }
      tf.dispose([a.value, b.value, xs, eps, Object.values(a.grads), Object.values(b.grads)]);
      fused.dispose();
      tape.dispose();
    });
  }
});

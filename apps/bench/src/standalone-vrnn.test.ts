import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose } from '@probseq/testing';
import { expect, it } from 'vitest';
import { benchInputs } from './bench-model';
import { CONFIGS, type BenchConfig } from './configs';
import { StandaloneVRNN } from './standalone-vrnn';

const configs: BenchConfig[] = [CONFIGS.tiny, { ...CONFIGS.tiny, name: 'tiny-bernoulli', output: 'bernoulli' }];

describeBackends('StandaloneVRNN fused recurrence', () => {
  for (const [c, masked] of [[configs[0], false], [configs[1], false], [configs[0], true]] as const) {
    it(`hand-written BPTT equals autodiff through every op (${c.name}${masked ? ', masked' : ''})`, () => {
      const fused = new StandaloneVRNN(c, { seed: 3, recurrence: 'fused' });
      const tape = new StandaloneVRNN(c, { seed: 3, recurrence: 'tape' });
      const xs = benchInputs(c, 5);
      const eps = tf.randomNormal([c.steps, c.batch, c.zDim], 0, 1, 'float32', 9) as tf.Tensor3D;
      // Sequence 1 ends after 3 steps, sequence 0 has a gap at step 1.
      const lengths = [[1, 0, 1, 1, 1], [1, 1, 1, 0, 0]];
      const mask = masked ? tf.tensor2d(Array.from({ length: c.steps }, (_, t) => lengths.map((l) => l[t])), [c.steps, 2]) : undefined;
      const a = tf.variableGrads(() => fused.loss(xs, eps, mask), fused.variables());
      const b = tf.variableGrads(() => tape.loss(xs, eps, mask), tape.variables());
      const unmasked = masked ? tf.variableGrads(() => tape.loss(xs, eps), tape.variables()) : null;
      if (unmasked) {
        expect(Math.abs(unmasked.value.dataSync()[0] - b.value.dataSync()[0]), 'the mask changes the loss').toBeGreaterThan(1e-3);
        tf.dispose([unmasked.value, Object.values(unmasked.grads), mask!]);
      }
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

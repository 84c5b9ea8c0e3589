import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose, maxAbsDiff } from '@probseq/testing';
import { expect, it } from 'vitest';
import { FIXTURES, modelFromFixture, readFixture } from './test-fixtures';

// Reference: a float64 PyTorch VRNN with the same weights and the same noise ε (scripts/make-fixtures.py).
describeBackends('VRNN matches PyTorch', () => {
  for (const name of FIXTURES) {
    it(`${name}: ELBO, per-step KL/NLL and every parameter gradient`, () => {
      const f = readFixture(name);
      const model = modelFromFixture(f);
      const x = tf.tensor3d(f.x);
      const noise = tf.tensor3d(f.noise);
      const mask = f.mask ? tf.tensor2d(f.mask) : undefined;
      try {
        const e = model.elbo(x, { noise, mask });
        const total = e.total.dataSync()[0];
        expect(Math.abs(total - f.expected.total) / Math.abs(f.expected.total)).toBeLessThan(1e-4);
        expectClose(e.perSequence, f.expected.perSequence, 1e-4, 1e-5);
        expectClose(e.kl, f.expected.kl, 1e-4, 1e-5);
        expectClose(e.nll, f.expected.nll, 1e-4, 1e-5);
        tf.dispose(e as unknown as tf.TensorContainer);

        const vars = model.namedParameters();
        const { value, grads } = tf.variableGrads(() => model.loss(x, { noise, mask }), vars.map(([, v]) => v));
        expect(Math.abs(value.dataSync()[0] + f.expected.total)).toBeLessThan(1e-4 * Math.abs(f.expected.total));
        let worst = 0;
        let worstName = '';
        for (const [n, v] of vars) {
          const d = maxAbsDiff(grads[v.name], f.grads[n]);
          if (!(d <= worst)) {
            worst = d;
            worstName = n;
          }
        }
        console.info(`parity ${name}: ELBO rel diff ${(Math.abs(total - f.expected.total) / Math.abs(f.expected.total)).toExponential(2)}, max grad diff ${worst.toExponential(2)} (${worstName})`);
        expect(worst, `largest gradient difference (${worstName})`).toBeLessThanOrEqual(1e-4);
        tf.dispose([value, ...Object.values(grads)]);
      } finally {
        tf.dispose([x, noise, ...(mask ? [mask] : [])]);
        model.dispose();
      }
    });
  }
});

describeBackends('VRNN importance weights match PyTorch', () => {
  it('log p(x, z) − log q(z | x) summed over steps, with the fixture noise', () => {
    for (const name of FIXTURES) {
      const f = readFixture(name);
      const model = modelFromFixture(f);
      const x = tf.tensor3d(f.x);
      const noise = tf.tensor3d(f.noise);
      const mask = f.mask ? tf.tensor2d(f.mask) : undefined;
      const w = model.logWeights(x, { samples: 1, noise, mask });
      expectClose(w, f.expected.logWeight, 1e-3, 1e-4);
      tf.dispose([w, x, noise, ...(mask ? [mask] : [])]);
      model.dispose();
    }
  });
});

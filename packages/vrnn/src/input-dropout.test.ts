import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { dropInputs } from './input-dropout';

describeBackends('dropInputs', () => {
  it('zeroes each feature with probability p and scales the rest by 1/(1 − p): E[x̃] = x (Monte Carlo)', () => {
    const [T, B, D] = [50, 40, 100]; // 200,000 features
    const x = tf.add(tf.randomUniform([T, B, D], 0, 1, 'float32', 1), 0.5) as tf.Tensor3D;
    for (const p of [0.1, 0.5]) {
      const xs = x.dataSync(), ds = tf.tidy(() => dropInputs('test', x, p, 7)!.dataSync());
      let zeros = 0, sum = 0, sumX = 0;
      for (let i = 0; i < xs.length; i++) {
        if (ds[i] === 0) zeros++;
        else expect(ds[i]).toBeCloseTo(xs[i] / (1 - p), 5);
        sum += ds[i];
        sumX += xs[i];
      }
      const n = xs.length, sd = Math.sqrt(p * (1 - p) / n);
      expect(Math.abs(zeros / n - p)).toBeLessThan(5 * sd);
      // The mean over 200,000 features is within a few standard errors of the clean mean.
      expect(Math.abs(sum / sumX - 1)).toBeLessThan(0.02);
    }
    tf.dispose(x);
  });

  it('draws the mask from the seed: the same seed drops the same features, another seed others', () => {
    const x = tf.ones([6, 5, 8]) as tf.Tensor3D;
    const draw = (seed: number) => tf.tidy(() => dropInputs('test', x, 0.4, seed)!.dataSync());
    const [a, b, c] = [draw(3), draw(3), draw(4)];
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    tf.dispose(x);
  });

  it('rate 0 or unset reads x itself; a rate outside [0, 1) is one clear error', async () => {
    const x = tf.ones([2, 2, 3]) as tf.Tensor3D;
    expect(dropInputs('VRNN.elbo', x, undefined, 1)).toBeNull();
    expect(dropInputs('VRNN.elbo', x, 0, 1)).toBeNull();
    for (const bad of [1, -0.1, Number.NaN, 2]) {
      expect(() => dropInputs('VRNN.elbo', x, bad, 1)).toThrow(`VRNN.elbo: inputDropout must be a number in [0, 1), found ${bad}`);
    }
    await expectNoLeak(() => tf.tidy(() => dropInputs('test', x, 0.5, 1)!));
    tf.dispose(x);
  });
});

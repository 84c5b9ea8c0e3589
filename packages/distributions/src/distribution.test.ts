import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope } from '@probseq/testing';
import { describe, expect, it } from 'vitest';
import { DiagGaussian } from './diag-gaussian';
import { Distribution } from './distribution';
import { Normal } from './normal';
import { deriveSeed } from './random';
import { getDefaultValidateArgs, setDefaultValidateArgs } from './validate';

/** A minimal subclass: a point mass, providing only what the base contract requires. */
class PointMass extends Distribution {
  readonly hasRsample = false;
  constructor(readonly at: tf.Tensor) {
    super(at.shape.slice(), [], true);
  }
  logProb(x: tf.Tensor): tf.Tensor {
    this.checkValue(x, 'logProb');
    return tf.tidy(() => tf.log(tf.cast(tf.equal(x, this.at), 'float32')));
  }
  protected sampleN(sampleShape: number[]): tf.Tensor {
    return tf.broadcastTo(this.at, [...sampleShape, ...this.batchShape]);
  }
  protected parameterTensors(): tf.Tensor[] {
    return [this.at];
  }
}

describeBackends('Distribution base contract', (backend) => {
  it('derives sample shapes, and names the class in "not defined" errors', async () => {
    await withScope(async () => {
      const d = new PointMass(tf.tensor1d([1, 2]));
      expect(d.sample([3], 1).shape).toEqual([3, 2]);
      expect(d.sample().shape).toEqual([2]);
      expect(new Normal(tf.zeros([2]), tf.ones([2])).sample([0]).shape).toEqual([0, 2]);
      await expectCloseAsync(d.logProb(tf.tensor1d([1, 2])), [0, 0], 0);
      expect(() => d.rsample()).toThrow('PointMass.rsample: this distribution has no reparameterised sampler');
      expect(() => d.entropy()).toThrow('PointMass.entropy is not defined in closed form.');
      expect(() => d.mean).toThrow('PointMass.mean is not defined.');
      expect(() => d.mode).toThrow('PointMass.mode is not defined in closed form.');
      expect(String(d)).toBe('PointMass(batchShape=[2], eventShape=[])');
      expect(String(new DiagGaussian(tf.zeros([4, 3]), tf.ones([4, 3])))).toBe('DiagGaussian(batchShape=[4], eventShape=[3])');
    });
  });

  it('seeds: the same seed repeats on a new distribution, different seeds and sample shapes differ', async () => {
    await withScope(async () => {
      const a = (await new Normal(tf.zeros([4]), tf.ones([4])).sample([2], 123).data());
      const b = (await new Normal(tf.zeros([4]), tf.ones([4])).sample([2], 123).data());
      expect(Array.from(a)).toEqual(Array.from(b));
      const c = (await new Normal(tf.zeros([4]), tf.ones([4])).sample([2], 124).data());
      expect(Array.from(a)).not.toEqual(Array.from(c));
      // Seed 0 is a seed like any other (tfjs alone would treat it as "no seed").
      const z1 = (await new Normal(tf.zeros([4]), tf.ones([4])).sample([], 0).data());
      const z2 = (await new Normal(tf.zeros([4]), tf.ones([4])).sample([], 0).data());
      expect(Array.from(z1)).toEqual(Array.from(z2));
    });
  });

  it('the global validateArgs default switches value checks off and on (skipped on webgpu)', async () => {
    const bad = (options?: { validateArgs: boolean }) => () =>
      tf.tidy(() => {
        new Normal(tf.zeros([1]), tf.tensor1d([-1]), options);
      });
    expect(getDefaultValidateArgs()).toBe(true);
    if (backend === 'webgpu') {
      // No synchronous reads on webgpu: value checks are skipped there, shape checks still run.
      expect(bad()).not.toThrow();
      expect(() => new Normal(tf.zeros([2]), tf.ones([3]))).toThrow('do not broadcast');
      return;
    }
    try {
      setDefaultValidateArgs(false);
      expect(bad()).not.toThrow();
      expect(new Normal(tf.zeros([1]), tf.ones([1])).validateArgs).toBe(false);
      expect(bad({ validateArgs: true })).toThrow('scale at index [0] is -1');
    } finally {
      setDefaultValidateArgs(true);
    }
    expect(bad()).toThrow('expected > 0');
    expect(() => setDefaultValidateArgs('no' as never)).toThrow('setDefaultValidateArgs: value must be a boolean, found no.');
  });

});

describe('deriveSeed', () => {
  it('is deterministic, never 0, and separates streams and nearby seeds', async () => {
    expect(deriveSeed(undefined, 0)).toBeUndefined();
    const seen = new Set<number>();
    for (let s = 0; s < 200; s++) {
      for (let k = 0; k < 3; k++) {
        const v = deriveSeed(s, k)!;
        expect(v).toBe(deriveSeed(s, k));
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(2 ** 32);
        seen.add(v);
      }
    }
    expect(seen.size).toBe(600);
    expect(deriveSeed(1.5, 0)).not.toBe(deriveSeed(1, 0));
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describeBackends } from '@probseq/testing';
import { expect, it } from 'vitest';
import { fillNormal, fillUniform } from './tfjs-random';

describeBackends('tfjs-random: the same streams as tf.randomNormal / tf.randomUniform', () => {
  it.each([1, 7, 123456789, 4294967295])('seed %d', (seed) => {
    for (const n of [1, 2, 9, 1000]) {
      const normal = new Float32Array(n + 3);
      fillNormal(normal, 3, n, seed);
      expect(Array.from(normal.subarray(3))).toEqual(Array.from(tf.randomNormal([n], 0, 1, 'float32', seed).dataSync()));
      const uniform = new Float32Array(n);
      fillUniform(uniform, 0, n, seed);
      expect(Array.from(uniform)).toEqual(Array.from(tf.randomUniform([n], 0, 1, 'float32', seed).dataSync()));
    }
  });
});

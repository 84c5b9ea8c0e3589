import * as tf from '@tensorflow/tfjs-core';
import { describeBackends } from '@probseq/testing';
import { expect, it } from 'vitest';
import { getConfig } from './configs';
import { vrnnModel } from './vrnn-model';

describeBackends('bench: tensor count over 1,000 training steps (tiny config)', () => {
  it.each([
    ['@probseq/vrnn', vrnnModel],
  ] as const)('the %s train step leaves the tensor count flat', (_name, make) => {
    const model = make(getConfig('tiny'));
    model.trainStep(); // Adam creates its moment slots on the first step
    const before = tf.memory().numTensors;
    let loss = Number.NaN;
    for (let i = 0; i < 1000; i++) loss = model.trainStep();
    expect(tf.memory().numTensors).toBe(before);
    expect(Number.isFinite(loss)).toBe(true);
    model.sampleStep();
    model.evalStep();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
}, { backends: ['cpu', 'wasm'] }); // 1,000 steps are minutes on WebGPU-on-SwiftShader

import * as tf from '@tensorflow/tfjs-core';
import { describeBackends } from '@probseq/testing';
import { expect, it } from 'vitest';
import { getConfig } from './configs';
import { getVariant, VARIANTS } from './variants';
import { vrnnModel } from './vrnn-model';

/** 1,000 steps of a variant's first mode (training where it has one), then one of each other mode: flat tensor count. */
function flatOver1000(name: string): void {
  const variant = getVariant(name);
  const model = vrnnModel(getConfig('tiny'), variant);
  const steps = { train: () => model.trainStep(), eval: () => model.evalStep(), sample: () => model.sampleStep() };
  const [main, ...rest] = variant.modes;
  steps[main](); // Adam creates its moment slots on the first step
  const before = tf.memory().numTensors;
  let loss = Number.NaN;
  const n = name === 'll100' ? 50 : 1000;
  for (let i = 0; i < n; i++) loss = steps[main]() as number;
  expect(tf.memory().numTensors).toBe(before);
  expect(Number.isFinite(loss)).toBe(true);
  for (const m of rest) steps[m]();
  expect(tf.memory().numTensors).toBe(before);
  model.dispose();
}

describeBackends('bench: tensor count over 1,000 training steps (tiny config)', () => {
  it('the @probseq/vrnn train step leaves the tensor count flat', () => flatOver1000('filtering'));
}, { backends: ['cpu'] }); // 1,000 steps are minutes on WebGPU-on-SwiftShader

describeBackends('bench: tensor count over 1,000 steps of every model variant on the kernel engine (tiny config)', () => {
  it.each(Object.keys(VARIANTS))('%s leaves the tensor count flat', (name) => flatOver1000(name));
}, { backends: ['wasm'] });

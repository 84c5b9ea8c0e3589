import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { availableBackends, describeBackends } from './describe-backends';

const withOptions: string[] = [];
const withoutOptions: string[] = [];

describeBackends('two-argument form', (backend) => {
  withoutOptions.push(backend);
  it('runs with the backend set', () => expect(tf.getBackend()).toBe(backend));
});

describeBackends(
  'restricted to cpu',
  (backend) => {
    withOptions.push(backend);
    it('runs with the backend set', () => expect(tf.getBackend()).toBe(backend));
  },
  { backends: ['cpu', 'webgpu'] },
);

describe('describeBackends', () => {
  it('runs a suite once per available backend, or on the allowed subset', () => {
    expect(withoutOptions).toEqual(availableBackends());
    expect(withOptions).toEqual(availableBackends().filter((b) => b === 'cpu' || b === 'webgpu'));
    expect(withoutOptions).toEqual(expect.arrayContaining(['cpu', 'wasm']));
  });

  it('adds webgpu only when PROBSEQ_WEBGPU=1', () => {
    expect(availableBackends().includes('webgpu')).toBe(
      process.env.PROBSEQ_WEBGPU === '1' && !process.env.PROBSEQ_BACKENDS,
    );
  });
});

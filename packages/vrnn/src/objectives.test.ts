import * as tf from '@tensorflow/tfjs-core';
import { describeBackends } from '@probseq/testing';
import { expect, it } from 'vitest';

// Slow on WebGPU's software adapter; the parity and step-by-step suites cover webgpu.
const CPU_WASM = { backends: ['cpu', 'wasm'] as Array<'cpu' | 'wasm'> };
import { importanceLogLikelihood } from './importance';
import { iwaeObjective, registerObjective, resolveObjective } from './objectives';
import type { SequenceModel } from './sequence-model';

/** A model whose log-weights are fixed numbers w[k][b], handed out in order across calls. */
function fakeModel(weights: number[][]): SequenceModel & { calls: number[] } {
  let next = 0;
  const calls: number[] = [];
  return {
    calls,
    elbo: () => {
      throw new Error('unused');
    },
    logWeights: (_x, { samples }) => {
      calls.push(samples);
      const rows = weights.slice(next, next + samples);
      next += samples;
      return tf.tensor2d(rows);
    },
  };
}

function logMeanExp(a: number[]): number {
  const m = Math.max(...a);
  return m + Math.log(a.reduce((s, v) => s + Math.exp(v - m), 0) / a.length);
}

describeBackends('objectives and importance sampling', () => {
  const K = 11;
  const weights = Array.from({ length: K }, (_, k) => [-50 - 3 * Math.sin(k), -2000 + 40 * Math.cos(3 * k)]);
  const x = { shape: [2, 2, 1] } as unknown as tf.Tensor3D;

  it('chunked log-mean-exp equals the float64 log-mean-exp of all K weights', () => {
    for (const chunkSize of [1, 4, 11, 64]) {
      const model = fakeModel(weights);
      const ll = importanceLogLikelihood(model, x, { samples: K, chunkSize });
      const expected = [0, 1].map((b) => logMeanExp(weights.map((w) => w[b])));
      const got = Array.from(ll.dataSync());
      expect(Math.abs(got[0] - expected[0])).toBeLessThan(1e-4);
      expect(Math.abs(got[1] - expected[1])).toBeLessThan(1e-3);
      expect(model.calls.reduce((a, b) => a + b, 0)).toBe(K);
      expect(Math.max(...model.calls)).toBeLessThanOrEqual(chunkSize);
      ll.dispose();
    }
  });

  it('iwae(K) loss = −mean_b log-mean-exp_k w', () => {
    const model = fakeModel(weights);
    const loss = iwaeObjective(K).loss(model, x);
    const expected = -(logMeanExp(weights.map((w) => w[0])) + logMeanExp(weights.map((w) => w[1]))) / 2;
    expect(Math.abs(loss.dataSync()[0] - expected)).toBeLessThan(1e-3);
    loss.dispose();
  });

  it('resolves names, arguments and registered objectives', () => {
    expect(resolveObjective().name).toBe('elbo');
    expect(resolveObjective('iwae(8)').name).toBe('iwae(8)');
    expect(resolveObjective('iwae').name).toBe('iwae(5)');
    registerObjective('half-elbo', () => ({
      name: 'half-elbo',
      loss: (m, xs, o) => tf.tidy(() => tf.mul(tf.neg(m.elbo(xs, o).total), 0.5) as tf.Scalar),
    }));
    expect(resolveObjective('half-elbo').name).toBe('half-elbo');
    expect(() => resolveObjective('iwae(x)')).toThrow(/Unknown objective 'iwae\(x\)'/);
    expect(() => iwaeObjective(0)).toThrow(/samples must be a positive integer, found 0/);
  });
}, CPU_WASM);

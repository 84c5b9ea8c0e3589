import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, startKernelEngine, stopKernelEngine } from '@probseq/backend';
import { describeBackends, expectNoLeak } from '@probseq/testing';
import { afterAll, expect, it } from 'vitest';
import { VRNN, type SampleOptions } from './vrnn';
import type { VRNNOptions } from './config';

// Odd sizes exercise the GEMM edges; the wide one is big enough for the engine's helper threads.
const odd = {
  hDim: 12,
  zDim: 3,
  phiXHidden: [10],
  phiZHidden: [7],
  priorHidden: [9],
  encoderHidden: [6],
  decoderHidden: [11],
};
const wide = {
  hDim: 64,
  zDim: 16,
  phiXHidden: [48],
  phiZHidden: [40],
  priorHidden: [56],
  encoderHidden: [8],
  decoderHidden: [72],
};

/** `model.sample` on tfjs kernels (the kernel engine stopped for the call). */
async function tfjsSample(model: VRNN, options: SampleOptions): Promise<Float32Array> {
  stopKernelEngine();
  try {
    const x = model.sample(options);
    const v = x.dataSync() as Float32Array;
    x.dispose();
    return v;
  } finally {
    await startKernelEngine();
  }
}

function engineValues(model: VRNN, options: SampleOptions): Float32Array {
  expect(getKernelEngine()).not.toBeNull();
  const x = model.sample(options);
  expect(x.shape).toEqual([options.steps, options.batch ?? 1, model.config.xDim]);
  const v = x.dataSync() as Float32Array;
  x.dispose();
  return v;
}

const maxAbsDiff = (a: Float32Array, b: Float32Array) => {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

describeBackends(
  'VRNN.sample on the kernel engine',
  () => {
    afterAll(async () => {
      // Leave the engine running for later suites in this worker.
      await startKernelEngine();
    });

    const cases: Array<[string, Partial<VRNNOptions>, number]> = [
      ['odd sizes', { xDim: 5, ...odd }, 3],
      ['wide (threaded GEMMs)', { xDim: 20, ...wide }, 16],
      ['gru, two-layer MLPs, tanh-free', { xDim: 7, ...odd, cell: 'gru', phiXHidden: [10, 6], priorHidden: [9, 5], decoderHidden: [11, 8], phiZHidden: [7, 4] }, 5],
      ['no hidden layers in prior and decoder', { xDim: 6, ...odd, priorHidden: [], decoderHidden: [] }, 4],
    ];

    for (const [name, sizes, batch] of cases) {
      for (const output of ['gaussian', 'gmm'] as const) {
        it(`${output} mean: matches the tfjs path (${name})`, async () => {
          const model = new VRNN({ ...sizes, seed: 3, output, mixtureComponents: 3 } as VRNNOptions);
          const opts = { steps: 10, batch, seed: 7, mean: true };
          const got = engineValues(model, opts);
          const want = await tfjsSample(model, opts);
          expect(maxAbsDiff(got, want)).toBeLessThanOrEqual(1e-4);
          model.dispose();
        });

        it(`${output} sampled with a seed: matches the tfjs path (${name})`, async () => {
          const model = new VRNN({ ...sizes, seed: 4, output, mixtureComponents: 3 } as VRNNOptions);
          const opts = { steps: 10, batch, seed: 11 };
          const got = engineValues(model, opts);
          const want = await tfjsSample(model, opts);
          expect(maxAbsDiff(got, want)).toBeLessThanOrEqual(2e-4);
          model.dispose();
        });
      }

      it(`Bernoulli with a seed: binary and the same draws as the tfjs path (${name})`, async () => {
        const model = new VRNN({ ...sizes, seed: 5, output: 'bernoulli' } as VRNNOptions);
        const opts = { steps: 10, batch, seed: 13 };
        const got = engineValues(model, opts);
        const want = await tfjsSample(model, opts);
        expect(got.every((v) => v === 0 || v === 1)).toBe(true);
        let ones = 0;
        let flips = 0;
        for (let i = 0; i < got.length; i++) {
          ones += got[i];
          if (got[i] !== want[i]) flips++;
        }
        // Not degenerate, and equal up to rare sigmoid-rounding flips.
        expect(ones).toBeGreaterThan(0);
        expect(ones).toBeLessThan(got.length);
        expect(flips / got.length).toBeLessThanOrEqual(0.005);
        model.dispose();
      });

      it(`Bernoulli mean: probabilities match the tfjs path (${name})`, async () => {
        const model = new VRNN({ ...sizes, seed: 6, output: 'bernoulli' } as VRNNOptions);
        const opts = { steps: 10, batch, seed: 17, mean: true };
        const got = engineValues(model, opts);
        const want = await tfjsSample(model, opts);
        expect(maxAbsDiff(got, want)).toBeLessThanOrEqual(1e-4);
        model.dispose();
      });
    }

    it('the same seed gives the same samples; another seed or no seed, others', () => {
      for (const output of ['gaussian', 'bernoulli', 'gmm'] as const) {
        const model = new VRNN({ xDim: 6, ...odd, seed: 8, output });
        const a = engineValues(model, { steps: 8, batch: 4, seed: 21 });
        const b = engineValues(model, { steps: 8, batch: 4, seed: 21 });
        const c = engineValues(model, { steps: 8, batch: 4, seed: 22 });
        const d = engineValues(model, { steps: 8, batch: 4 });
        const e = engineValues(model, { steps: 8, batch: 4 });
        expect(Array.from(a)).toEqual(Array.from(b));
        expect(Array.from(a)).not.toEqual(Array.from(c));
        expect(Array.from(d)).not.toEqual(Array.from(e));
        model.dispose();
      }
    });

    it('leaks no tensors', async () => {
      for (const output of ['gaussian', 'bernoulli', 'gmm'] as const) {
        const model = new VRNN({ xDim: 5, ...odd, seed: 9, output });
        await expectNoLeak(() => model.sample({ steps: 6, batch: 3, seed: 1 }));
        await expectNoLeak(() => model.sample({ steps: 6, batch: 3 }));
        await expectNoLeak(() => model.sample({ steps: 6, batch: 3, mean: true }));
        model.dispose();
      }
    });

  },
  { backends: ['wasm'] },
);

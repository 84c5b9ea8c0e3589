import { resolveVRNNConfig } from '@probseq/vrnn';
import { describe, expect, it } from 'vitest';
import { getConfig, type BenchConfig } from './configs';
import { flopsPerStep, forwardFlopsPerTimestep, sampleFlopsPerTimestep } from './flops';
import { getVariant } from './variants';
import { benchVRNNConfig, vrnnOptions } from './vrnn-model';

/** The closed form of the one-layer LSTM / filtering model that `configs.ts` used before variants, verbatim. */
function oneLayerForward(c: BenchConfig): number {
  const { xDim: x, hDim: h, zDim: z, mlp: m } = c;
  const out = c.output === 'bernoulli' ? x : 2 * x;
  const macs =
    x * m + // φx
    z * m + // φz
    (h * m + m * 2 * z) + // prior
    ((m + h) * m + m * 2 * z) + // encoder
    ((m + h) * m + m * out) + // decoder
    (2 * m + h) * 4 * h; // LSTM gates
  return 2 * macs;
}

function oneLayerSample(c: BenchConfig): number {
  const { hDim: h, zDim: z, mlp: m } = c;
  return oneLayerForward(c) - 2 * ((m + h) * m + m * 2 * z);
}

const small = getConfig('small'); // x 88 (Bernoulli), h 128, z 32, m 128, batch 16, T 64
const forwardOf = (variant: string) => forwardFlopsPerTimestep(benchVRNNConfig(small, getVariant(variant)));
const sampleOf = (variant: string) => sampleFlopsPerTimestep(benchVRNNConfig(small, getVariant(variant)));

describe('FLOP counter', () => {
  it.each(['small', 'medium', 'tiny'])('filtering on %s equals the one-layer closed form', (name) => {
    const c = getConfig(name);
    expect(forwardFlopsPerTimestep(benchVRNNConfig(c))).toBe(oneLayerForward(c));
    expect(sampleFlopsPerTimestep(benchVRNNConfig(c))).toBe(oneLayerSample(c));
  });

  // Hand sums on small, module by module: φx, φz, prior (h → m → 2z), encoder ([φx, h] → m → 2z),
  // decoder ([φz, h] → m → head), cell ([φx, φz, h] · [·, G·h]).
  it('small, filtering: 643,072 forward, 561,152 sampling', () => {
    expect(forwardOf('filtering')).toBe(
      2 * (88 * 128 + 32 * 128 + (128 * 128 + 128 * 64) + (256 * 128 + 128 * 64) + (256 * 128 + 128 * 88) + 384 * 512),
    );
    expect(forwardOf('filtering')).toBe(643_072);
    expect(sampleOf('filtering')).toBe(643_072 - 2 * (256 * 128 + 128 * 64));
  });

  it('small, gru: three gate blocks instead of four', () => {
    const expected =
      2 * (88 * 128 + 32 * 128 + (128 * 128 + 128 * 64) + (256 * 128 + 128 * 64) + (256 * 128 + 128 * 88) + 384 * 384);
    expect(expected).toBe(544_768);
    expect(forwardOf('gru')).toBe(expected);
  });

  it('small, mlp2: one more 128 × 128 layer in each of the five MLPs', () => {
    const expected =
      2 *
      (88 * 128 +
        128 * 128 +
        (32 * 128 + 128 * 128) +
        (128 * 128 + 128 * 128 + 128 * 64) +
        (256 * 128 + 128 * 128 + 128 * 64) +
        (256 * 128 + 128 * 128 + 128 * 88) +
        384 * 512);
    expect(expected).toBe(806_912);
    expect(forwardOf('mlp2')).toBe(expected);
    expect(sampleOf('mlp2')).toBe(expected - 2 * (256 * 128 + 128 * 128 + 128 * 64));
  });

  it('small, gmm: a decoder head of 5 · (2 · 88 + 1) = 885 outputs', () => {
    const expected =
      2 * (88 * 128 + 32 * 128 + (128 * 128 + 128 * 64) + (256 * 128 + 128 * 64) + (256 * 128 + 128 * 885) + 384 * 512);
    expect(expected).toBe(847_104);
    expect(forwardOf('gmm')).toBe(expected);
  });

  it('small, gru + mlp2 + gmm together', () => {
    const c = resolveVRNNConfig({
      ...vrnnOptions(small),
      cell: 'gru',
      output: 'gmm',
      mixtureComponents: 5,
      ...Object.fromEntries(
        ['phiXHidden', 'phiZHidden', 'priorHidden', 'encoderHidden', 'decoderHidden'].map((f) => [f, [128, 128]]),
      ),
    });
    const macs =
      147_456 + // GRU: 384·384
      (11_264 + 16_384) + // φx: 88·128 + 128·128
      (4_096 + 16_384) + // φz
      (16_384 + 16_384 + 8_192) + // prior
      (32_768 + 16_384 + 8_192) + // encoder
      (32_768 + 16_384 + 113_280); // decoder, head 128·885
    expect(macs).toBe(456_320);
    expect(forwardFlopsPerTimestep(c)).toBe(2 * macs);
  });

  it('small, smoothing: a backward LSTM over φx (state 128) and the encoder reading [φx, a, h]', () => {
    const backward = (128 + 128) * 4 * 128;
    const widerEncoder = 128 * 128;
    expect(forwardOf('smoothing')).toBe(643_072 + 2 * (backward + widerEncoder));
    expect(forwardOf('smoothing')).toBe(937_984);
    expect(sampleOf('smoothing')).toBe(sampleOf('filtering'));
  });

  it('importance samples multiply train and eval, not sampling; training is 3 × forward', () => {
    const ts = small.batch * small.steps;
    const cfg = benchVRNNConfig(small);
    const filtering = getVariant('filtering');
    expect(flopsPerStep(cfg, filtering, 'train', ts)).toBe(3 * 643_072 * 1024);
    expect(flopsPerStep(cfg, filtering, 'eval', ts)).toBe(643_072 * 1024);
    expect(flopsPerStep(cfg, getVariant('iwae4'), 'train', ts)).toBe(4 * 3 * 643_072 * 1024);
    expect(flopsPerStep(cfg, getVariant('iwae4'), 'eval', ts)).toBe(4 * 643_072 * 1024);
    expect(flopsPerStep(cfg, getVariant('iwae4'), 'sample', ts)).toBe(561_152 * 1024);
    expect(flopsPerStep(cfg, getVariant('ll100'), 'eval', ts)).toBe(100 * 643_072 * 1024);
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';

// Slow on WebGPU's software adapter; the parity and step-by-step suites cover webgpu.
const CPU_WASM = { backends: ['cpu', 'wasm'] as Array<'cpu' | 'wasm'> };
import type { GaussianHead } from './gaussian-head';
import { VAE } from './vae';

const softplus = (v: number) => (v > 20 ? v : Math.log1p(Math.exp(v)));

function affineJS(x: number[], w: number[][], b: number[]): number[] {
  return b.map((bj, j) => x.reduce((s, xi, i) => s + xi * w[i][j], bj));
}

describeBackends('VAE', () => {
  it('ELBO with fixed noise equals a float64 recomputation (linear encoder and decoder)', () => {
    const vae = new VAE({ xDim: 3, zDim: 2, encoderHidden: [], decoderHidden: [], seed: 1 });
    const x = tf.randomNormal([5, 3], 0, 1, 'float32', 1);
    const eps = tf.randomNormal([5, 2], 0, 1, 'float32', 2);
    const e = vae.elbo(x, { noise: eps });
    const We = vae.encoder.head.linear.weight.arraySync() as number[][];
    const be = vae.encoder.head.linear.bias!.arraySync() as number[];
    const Wd = (vae.decoder.head as GaussianHead).linear.weight.arraySync() as number[][];
    const bd = (vae.decoder.head as GaussianHead).linear.bias!.arraySync() as number[];
    const ev = eps.arraySync() as number[][];
    const per = (x.arraySync() as number[][]).map((row, i) => {
      const q = affineJS(row, We, be);
      let klv = 0;
      const z: number[] = [];
      for (let d = 0; d < 2; d++) {
        const m = q[d];
        const s = softplus(q[2 + d]) + 1e-4;
        klv += 0.5 * (s * s + m * m - 1) - Math.log(s);
        z.push(m + s * ev[i][d]);
      }
      const o = affineJS(z, Wd, bd);
      let ll = 0;
      for (let d = 0; d < 3; d++) {
        const s = softplus(o[3 + d]) + 1e-4;
        ll += -0.5 * ((row[d] - o[d]) / s) ** 2 - Math.log(s) - 0.5 * Math.log(2 * Math.PI);
      }
      return ll - klv;
    });
    expectClose(e.perExample, per, 1e-4, 1e-5);
    expectClose(e.total, per.reduce((a, b) => a + b, 0) / per.length, 1e-4, 1e-5);
    tf.dispose([x, eps, e.total, e.perExample, e.kl, e.nll]);
    vae.dispose();
  });

  it('training raises the ELBO of a two-cluster data set by more than 8 nats per example', async () => {
    // 4-D data on two well-separated clusters along a random direction (seeded).
    const n = 128;
    const data = tf.tidy(() => {
      const sign = tf.sub(tf.mul(tf.cast(tf.less(tf.randomUniform([n, 1], 0, 1, 'float32', 3), 0.5), 'float32'), 2), 1);
      const dir = tf.tensor2d([[1.5, -1, 0.5, 2]]);
      return tf.add(tf.mul(sign, dir), tf.randomNormal([n, 4], 0, 0.2, 'float32', 4));
    });
    const vae = new VAE({ xDim: 4, zDim: 2, encoderHidden: [32], decoderHidden: [32], seed: 2 });
    const evalElbo = () => tf.tidy(() => vae.elbo(data, { seed: 99 }).total.dataSync()[0]);
    const before = evalElbo();
    const opt = tf.train.adam(0.01);
    for (let i = 0; i < 300; i++) opt.minimize(() => vae.loss(data, { seed: i }), true)?.dispose();
    const after = evalElbo();
    console.log(`VAE two-cluster ELBO: ${before.toFixed(3)} -> ${after.toFixed(3)} nats/example`);
    expect(after - before).toBeGreaterThan(8);
    // The two clusters come back in samples.
    const s = vae.sample(200, { seed: 5, mean: true });
    const proj = tf.tidy(() => tf.matMul(s, tf.tensor2d([[1.5], [-1], [0.5], [2]])).dataSync());
    const pos = Array.from(proj).filter((v) => v > 3).length;
    const neg = Array.from(proj).filter((v) => v < -3).length;
    expect(pos).toBeGreaterThan(40);
    expect(neg).toBeGreaterThan(40);
    const rec = vae.reconstruct(data);
    expect(tf.tidy(() => tf.mean(tf.square(tf.sub(rec, data))).dataSync()[0])).toBeLessThan(0.5);
    tf.dispose([data, s, rec]);
    opt.dispose();
    vae.dispose();
  });

  it('has no tensor leaks and names bad input', async () => {
    const vae = new VAE({ xDim: 3, zDim: 2, seed: 1 });
    const x = tf.ones([4, 3]);
    await expectNoLeak(() => vae.elbo(x, { seed: 1 }));
    await expectNoLeak(() => vae.loss(x));
    await expectNoLeak(() => vae.sample(3, { seed: 1 }));
    await expectNoLeak(() => vae.reconstruct(x));
    expect(() => vae.elbo(tf.ones([4, 5]))).toThrow(/x must have shape \[batch, 3\], found \[4, 5\]/);
    expect(() => vae.elbo(x, { noise: tf.ones([4, 3]) })).toThrow(/noise must have shape \[4, 2\], found \[4, 3\]/);
    tf.dispose(x);
    vae.dispose();
  });
}, CPU_WASM);

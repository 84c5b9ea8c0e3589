import * as tf from '@tensorflow/tfjs-core';
import { describeBackends } from '@probseq/testing';
import { it } from 'vitest';
import { Bernoulli, DiagGaussian, DiagGaussianMixture, kl } from '../src/index';

// Per-time-step sizes of a VRNN: batch 16, latent 32, data 88 (piano roll), 5 mixture components.
const B = 16;
const Z = 32;
const X = 88;
const K = 5;
const noValidate = { validateArgs: false };

/** Median wall time (µs) of `fn` over `reps` timed calls after `warmup` calls. */
function time(fn: () => void, reps = 300, warmup = 30): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(reps / 2)] * 1000;
}

describeBackends('distributions per-step cost', (backend) => {
  it('times the calls a VRNN step makes', () => {
    const r = (shape: number[], seed: number) => tf.randomNormal(shape, 0, 1, 'float32', seed);
    const [muQ, rawQ, muP, rawP, x, muX, rawX] = [[B, Z], [B, Z], [B, Z], [B, Z], [B, X], [B, X], [B, X]].map((s, i) => r(s, i + 1));
    const mixLogits = r([B, K], 8);
    const mixLoc = r([B, K, X], 9);
    const mixRaw = r([B, K, X], 10);
    const bits = tf.tidy(() => tf.cast(tf.greater(r([B, X], 11), 0), 'float32'));
    const rows: Array<[string, number]> = [];
    const run = (name: string, f: () => tf.TensorContainer) => rows.push([name, time(() => tf.dispose(tf.tidy(f)))]);

    run('DiagGaussian.fromRaw + logProb [16,88], validateArgs on', () => DiagGaussian.fromRaw(muX, rawX).logProb(x));
    run('DiagGaussian.fromRaw + logProb [16,88], validateArgs off', () => DiagGaussian.fromRaw(muX, rawX, 1e-4, noValidate).logProb(x));
    run('kl(DiagGaussian ‖ DiagGaussian) [16,32], validateArgs off', () =>
      kl(DiagGaussian.fromRaw(muQ, rawQ, 1e-4, noValidate), DiagGaussian.fromRaw(muP, rawP, 1e-4, noValidate)),
    );
    run('DiagGaussian.rsample [16,32]', () => DiagGaussian.fromRaw(muQ, rawQ, 1e-4, noValidate).rsample());
    run('Bernoulli logProb [16,88], validateArgs on', () => new Bernoulli({ logits: muX }).logProb(bits));
    run('Bernoulli logProb [16,88], validateArgs off', () => new Bernoulli({ logits: muX }, noValidate).logProb(bits));
    run('DiagGaussianMixture.fromRaw + logProb K=5 [16,88], off', () => DiagGaussianMixture.fromRaw(mixLogits, mixLoc, mixRaw, 1e-4, noValidate).logProb(x));
    run('grads of kl − logProb w.r.t. 6 tensors, off', () =>
      tf.grads((a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, d: tf.Tensor, e: tf.Tensor, f: tf.Tensor) =>
        tf.mean(
          tf.sub(
            kl(DiagGaussian.fromRaw(a, b, 1e-4, noValidate), DiagGaussian.fromRaw(c, d, 1e-4, noValidate)),
            DiagGaussian.fromRaw(e, f, 1e-4, noValidate).logProb(x),
          ),
        ),
      )([muQ, rawQ, muP, rawP, muX, rawX]),
    );
    console.log(`\n[${backend}] median µs per call\n` + rows.map(([n, us]) => `${us.toFixed(1).padStart(9)}  ${n}`).join('\n'));
    tf.dispose([muQ, rawQ, muP, rawP, x, muX, rawX, mixLogits, mixLoc, mixRaw, bits]);
  });
});

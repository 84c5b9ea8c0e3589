import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope } from '@probseq/testing';
import { expect, it } from 'vitest';
import { Bernoulli } from './bernoulli';
import { Categorical } from './categorical';
import { DiagGaussian } from './diag-gaussian';
import { DiagGaussianMixture } from './diag-gaussian-mixture';
import fixtures from './fixtures/torch-distributions.json';
import { kl } from './kl';
import { Normal } from './normal';

// Values and gradients from torch.distributions in float64 (scripts/make-torch-fixtures.py).
const { diag, bernoulli, categorical, mixture } = fixtures.cases;

type Nested = number | Nested[];
const t = (v: Nested, dtype: 'float32' | 'int32' = 'float32') => tf.tensor(v as number[], undefined, dtype);

/** Gradients of Σ w·f(params) with the fixture's weights w. */
function weightedGrads(f: (...p: tf.Tensor[]) => tf.Tensor, params: tf.Tensor[], w: number[]): tf.Tensor[] {
  return tf.grads((...p: tf.Tensor[]) => tf.sum(tf.mul(tf.reshape(f(...p), [-1]), tf.tensor1d(w))))(params);
}

async function expectAllClose(actual: tf.Tensor[], expected: Nested[], atol: number, rtol: number): Promise<void> {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) await expectCloseAsync(actual[i], expected[i] as number[], atol, rtol);
}

describeBackends('agreement with torch.distributions (float64 fixtures)', () => {
  it('Normal and DiagGaussian: logProb, entropy, KL and their gradients', async () => {
    await withScope(async () => {
      const [loc, scale, loc2, scale2, x] = [diag.loc, diag.scale, diag.loc2, diag.scale2, diag.x].map((v) => t(v));
      const n = new Normal(loc, scale);
      await expectCloseAsync(n.logProb(x), diag.normalLogProb, 1e-5, 1e-5);
      await expectCloseAsync(n.entropy(), diag.normalEntropy, 1e-6, 1e-5);
      const d = new DiagGaussian(loc, scale);
      await expectCloseAsync(d.logProb(x), diag.logProb, 1e-5, 1e-5);
      await expectCloseAsync(d.entropy(), diag.entropy, 1e-5, 1e-5);
      await expectCloseAsync(kl(d, new DiagGaussian(loc2, scale2)), diag.kl, 1e-5, 1e-5);
      await expectAllClose(weightedGrads((l, s) => new DiagGaussian(l, s).logProb(x), [loc, scale], diag.logProbWeights), diag.logProbGrad, 1e-4, 1e-4);
      await expectAllClose(
        weightedGrads((a, b, c, e) => kl(new DiagGaussian(a, b), new DiagGaussian(c, e)), [loc, scale, loc2, scale2], diag.klWeights),
        diag.klGrad,
        1e-4,
        1e-4,
      );
    });
  });

  it('Bernoulli: logProb, entropy, KL and their gradients', async () => {
    await withScope(async () => {
      const [logits, logits2, x] = [bernoulli.logits, bernoulli.logits2, bernoulli.x].map((v) => t(v));
      const b = new Bernoulli({ logits });
      await expectCloseAsync(b.logProb(x), bernoulli.logProb, 1e-5, 1e-5);
      await expectCloseAsync(b.entropy(), bernoulli.entropy, 1e-6, 1e-4);
      await expectCloseAsync(kl(b, new Bernoulli({ logits: logits2 })), bernoulli.kl, 1e-5, 1e-5);
      await expectAllClose(weightedGrads((l) => new Bernoulli({ logits: l }).logProb(x), [logits], bernoulli.logProbWeights), bernoulli.logProbGrad, 1e-5, 1e-4);
      await expectAllClose(
        weightedGrads((a, c) => kl(new Bernoulli({ logits: a }), new Bernoulli({ logits: c })), [logits, logits2], bernoulli.klWeights),
        bernoulli.klGrad,
        1e-5,
        1e-4,
      );
    });
  });

  it('Categorical: logProb, entropy, KL and their gradients', async () => {
    await withScope(async () => {
      const logits = t(categorical.logits);
      const logits2 = t(categorical.logits2);
      const x = t(categorical.x, 'int32');
      const c = new Categorical({ logits });
      await expectCloseAsync(c.logProb(x), categorical.logProb, 1e-5, 1e-5);
      await expectCloseAsync(c.entropy(), categorical.entropy, 1e-5, 1e-5);
      await expectCloseAsync(kl(c, new Categorical({ logits: logits2 })), categorical.kl, 1e-5, 1e-5);
      await expectAllClose(weightedGrads((l) => new Categorical({ logits: l }).logProb(x), [logits], categorical.logProbWeights), categorical.logProbGrad, 1e-5, 1e-4);
      await expectAllClose(
        weightedGrads((a, e) => kl(new Categorical({ logits: a }), new Categorical({ logits: e })), [logits, logits2], categorical.klWeights),
        categorical.klGrad,
        1e-5,
        1e-4,
      );
    });
  });

  it('DiagGaussianMixture (MixtureSameFamily): logProb, mean and logProb gradients', async () => {
    await withScope(async () => {
      const [logits, loc, scale, x] = [mixture.logits, mixture.loc, mixture.scale, mixture.x].map((v) => t(v));
      const m = new DiagGaussianMixture(logits, loc, scale);
      await expectCloseAsync(m.logProb(x), mixture.logProb, 1e-5, 1e-5);
      await expectCloseAsync(m.mean, mixture.mean, 1e-5, 1e-5);
      await expectAllClose(
        weightedGrads((l, mu, s) => new DiagGaussianMixture(l, mu, s).logProb(x), [logits, loc, scale], mixture.logProbWeights),
        mixture.logProbGrad,
        1e-4,
        1e-4,
      );
    });
  });
});

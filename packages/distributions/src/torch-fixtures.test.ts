import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose } from '@probseq/testing';
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

function expectAllClose(actual: tf.Tensor[], expected: Nested[], atol: number, rtol: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expectClose(a, expected[i] as number[], atol, rtol));
}

describeBackends('agreement with torch.distributions (float64 fixtures)', () => {
  it('Normal and DiagGaussian: logProb, entropy, KL and their gradients', () => {
    tf.tidy(() => {
      const [loc, scale, loc2, scale2, x] = [diag.loc, diag.scale, diag.loc2, diag.scale2, diag.x].map((v) => t(v));
      const n = new Normal(loc, scale);
      expectClose(n.logProb(x), diag.normalLogProb, 1e-5, 1e-5);
      expectClose(n.entropy(), diag.normalEntropy, 1e-6, 1e-5);
      const d = new DiagGaussian(loc, scale);
      expectClose(d.logProb(x), diag.logProb, 1e-5, 1e-5);
      expectClose(d.entropy(), diag.entropy, 1e-5, 1e-5);
      expectClose(kl(d, new DiagGaussian(loc2, scale2)), diag.kl, 1e-5, 1e-5);
      expectAllClose(weightedGrads((l, s) => new DiagGaussian(l, s).logProb(x), [loc, scale], diag.logProbWeights), diag.logProbGrad, 1e-4, 1e-4);
      expectAllClose(
        weightedGrads((a, b, c, e) => kl(new DiagGaussian(a, b), new DiagGaussian(c, e)), [loc, scale, loc2, scale2], diag.klWeights),
        diag.klGrad,
        1e-4,
        1e-4,
      );
    });
  });

  it('Bernoulli: logProb, entropy, KL and their gradients', () => {
    tf.tidy(() => {
      const [logits, logits2, x] = [bernoulli.logits, bernoulli.logits2, bernoulli.x].map((v) => t(v));
      const b = new Bernoulli({ logits });
      expectClose(b.logProb(x), bernoulli.logProb, 1e-5, 1e-5);
      expectClose(b.entropy(), bernoulli.entropy, 1e-6, 1e-4);
      expectClose(kl(b, new Bernoulli({ logits: logits2 })), bernoulli.kl, 1e-5, 1e-5);
      expectAllClose(weightedGrads((l) => new Bernoulli({ logits: l }).logProb(x), [logits], bernoulli.logProbWeights), bernoulli.logProbGrad, 1e-5, 1e-4);
      expectAllClose(
        weightedGrads((a, c) => kl(new Bernoulli({ logits: a }), new Bernoulli({ logits: c })), [logits, logits2], bernoulli.klWeights),
        bernoulli.klGrad,
        1e-5,
        1e-4,
      );
    });
  });

  it('Categorical: logProb, entropy, KL and their gradients', () => {
    tf.tidy(() => {
      const logits = t(categorical.logits);
      const logits2 = t(categorical.logits2);
      const x = t(categorical.x, 'int32');
      const c = new Categorical({ logits });
      expectClose(c.logProb(x), categorical.logProb, 1e-5, 1e-5);
      expectClose(c.entropy(), categorical.entropy, 1e-5, 1e-5);
      expectClose(kl(c, new Categorical({ logits: logits2 })), categorical.kl, 1e-5, 1e-5);
      expectAllClose(weightedGrads((l) => new Categorical({ logits: l }).logProb(x), [logits], categorical.logProbWeights), categorical.logProbGrad, 1e-5, 1e-4);
      expectAllClose(
        weightedGrads((a, e) => kl(new Categorical({ logits: a }), new Categorical({ logits: e })), [logits, logits2], categorical.klWeights),
        categorical.klGrad,
        1e-5,
        1e-4,
      );
    });
  });

  it('DiagGaussianMixture (MixtureSameFamily): logProb, mean and logProb gradients', () => {
    tf.tidy(() => {
      const [logits, loc, scale, x] = [mixture.logits, mixture.loc, mixture.scale, mixture.x].map((v) => t(v));
      const m = new DiagGaussianMixture(logits, loc, scale);
      expectClose(m.logProb(x), mixture.logProb, 1e-5, 1e-5);
      expectClose(m.mean, mixture.mean, 1e-5, 1e-5);
      expectAllClose(
        weightedGrads((l, mu, s) => new DiagGaussianMixture(l, mu, s).logProb(x), [logits, loc, scale], mixture.logProbWeights),
        mixture.logProbGrad,
        1e-4,
        1e-4,
      );
    });
  });
});

import * as tf from '@tensorflow/tfjs-core';
import { clipByGlobalNorm, deriveSeed } from '@probseq/nn';
import { createRng, padBatch, randomTransposition } from '@probseq/data';
import type { TrainingRun } from './training-run';

/** What one step measured: loss, gradient norm, KL and reconstruction (NaN for IWAE), summed over steps, mean over the batch. */
export interface StepReadout {
  loss: number;
  norm: number;
  kl: number;
  nll: number;
  finite: boolean;
}

/**
 * One optimisation step on the batch `idx` (each piano roll transposed at random with `transpose`): the loss (−ELBO with the KL weight of the annealing schedule,
 * or the IWAE bound) and its gradients, clipped to the global norm; Adam is updated only when loss and
 * gradient norm are finite. `poison` makes the loss NaN (fault injection for tests).
 */
export async function trainStep(run: TrainingRun, step: number, idx: number[], poison: boolean): Promise<StepReadout> {
  const { cfg, model, params } = run;
  const transpose = cfg.transpose > 0 ? createRng(deriveSeed(cfg.seed, 'transpose', step)) : null;
  const { x, mask } = padBatch(
    idx.map((i) => (transpose ? randomTransposition(run.train[i], cfg.transpose, transpose) : run.train[i])),
    run.file.data.dims,
  );
  const B = idx.length;
  const klWeight = cfg.klAnneal > 0 ? Math.min(1, (step + 1) / cfg.klAnneal) : 1;
  const seed = deriveSeed(cfg.seed, 'step', step);
  let klSum: tf.Scalar | null = null;
  let nllSum: tf.Scalar | null = null;
  const { value, grads } = tf.variableGrads(
    () => {
      let loss: tf.Scalar;
      if (cfg.objective === 'elbo') {
        const e = model.elbo(x, { mask, seed, inputDropout: cfg.inputDropout });
        klSum = tf.keep(tf.div(tf.sum(e.kl), B) as tf.Scalar);
        nllSum = tf.keep(tf.div(tf.sum(e.nll), B) as tf.Scalar);
        loss = tf.add(nllSum, tf.mul(klSum, klWeight)) as tf.Scalar;
      } else {
        const objective = cfg.objective === 'fivo' ? `fivo(${cfg.particles})` : `iwae(${cfg.iwaeSamples})`;
        loss = model.loss(x, { mask, seed, objective, inputDropout: cfg.inputDropout });
      }
      return poison ? (tf.mul(loss, Number.NaN) as tf.Scalar) : loss;
    },
    params.map(([, v]) => v),
  );
  const ordered = params.map(([, v]) => grads[v.name]);
  const clipped =
    cfg.clip > 0
      ? clipByGlobalNorm(ordered, cfg.clip)
      : {
          grads: ordered,
          globalNorm: tf.tidy(
            () => tf.sqrt(ordered.map((g) => tf.sum(tf.square(g))).reduce((a, b) => tf.add(a, b))) as tf.Scalar,
          ),
        };
  // One read-back per step: loss, gradient norm, KL and reconstruction together.
  const readout = tf.tidy(() =>
    tf.stack([value, clipped.globalNorm, klSum ?? tf.scalar(Number.NaN), nllSum ?? tf.scalar(Number.NaN)]),
  );
  const [loss, norm, kl, nll] = await readout.data();
  readout.dispose();
  const finite = Number.isFinite(loss) && Number.isFinite(norm);
  if (finite) run.adam.step(clipped.grads);
  tf.dispose([
    value,
    x,
    mask,
    clipped.globalNorm,
    ...Object.values(grads),
    ...(clipped.grads === ordered ? [] : clipped.grads),
    ...(klSum ? [klSum] : []),
    ...(nllSum ? [nllSum] : []),
  ]);
  return { loss, norm, kl, nll, finite };
}

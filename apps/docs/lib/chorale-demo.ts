import { createRng, padBatch, parseJsonDataset, type SequenceDataset } from '@probseq/data';
import { VRNN } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';
import { klWeight, vrnnStep } from './train';

/** Settings of the in-page chorale run: a small VRNN with Bernoulli outputs over the 88 piano keys. */
export interface ChoraleSettings {
  steps: number;
  /** Chorales per step. */
  batch: number;
  /** Each step trains on a random window of this many quarter notes of each chorale. */
  window: number;
  hDim: number;
  zDim: number;
  learningRate: number;
  /** Steps over which the KL weight rises from 0 to 1. */
  klWarmup: number;
  /** Free bits: nats of KL per quarter note the objective does not charge for. */
  freeBits: number;
  /** Length of the sample drawn after training, in quarter notes. */
  sampleSteps: number;
  seed: number;
}

export const CHORALE_DEFAULTS: ChoraleSettings = {
  steps: 300,
  batch: 8,
  window: 32,
  hDim: 32,
  zDim: 8,
  learningRate: 0.01,
  klWarmup: 100,
  freeBits: 0.1,
  sampleSteps: 32,
  seed: 1,
};

/** One step: the −ELBO and its KL part, nats per quarter note (mean over the batch and the window). */
export interface ChoraleStep {
  step: number;
  loss: number;
  kl: number;
  ms: number;
}

/** A finished run: its curve, a sample as the keys it presses per quarter note, and one training window for comparison. */
export interface ChoraleResult {
  history: ChoraleStep[];
  sample: number[][];
  data: number[][];
}

/**
 * Reads a piano-roll data set (the `jsb-chorales.json` format: `dims` and lists of active keys per step)
 * from a file's text, and checks it has 88 keys and training chorales.
 */
export function readChorales(text: string, source: string): SequenceDataset {
  const data = parseJsonDataset(text, source);
  if (data.kind !== 'binary' || data.dims !== 88) {
    throw new Error(
      `${source}: expected a piano roll of 88 keys (the jsb-chorales.json format), found ${data.kind} with ${data.dims} features per step`,
    );
  }
  if (data.splits.train.length === 0) throw new Error(`${source}: the train split holds no chorales`);
  return data;
}

/** The keys (0–87) pressed at each step of a dense 0/1 roll. */
export function activeKeys(roll: number[][]): number[][] {
  return roll.map((step) => step.flatMap((v, k) => (v > 0.5 ? [k] : [])));
}

/** A random window of `length` steps (the whole chorale when shorter). */
function window(seq: number[][], length: number, pick: number): number[][] {
  if (seq.length <= length) return seq;
  return seq.slice(pick % (seq.length - length + 1), (pick % (seq.length - length + 1)) + length);
}

/**
 * Trains a small VRNN (LSTM state, Bernoulli output over the 88 keys) on random windows of the training
 * chorales with KL annealing, calling `onStep` after every step, then draws one chorale from it. Everything
 * it allocates is disposed before it resolves.
 */
export async function trainChorales(
  data: SequenceDataset,
  settings: ChoraleSettings,
  onStep: (s: ChoraleStep) => void,
  signal?: AbortSignal,
): Promise<ChoraleResult> {
  const { steps, batch, hDim, zDim, learningRate, klWarmup, freeBits, sampleSteps, seed } = settings;
  const train = data.splits.train;
  const rng = createRng(seed + 1);
  const hidden = [hDim];
  const model = new VRNN({
    xDim: 88,
    hDim,
    zDim,
    cell: 'lstm',
    output: 'bernoulli',
    seed,
    phiXHidden: hidden,
    phiZHidden: hidden,
    priorHidden: hidden,
    encoderHidden: hidden,
    decoderHidden: hidden,
  });
  const optimizer = tf.train.adam(learningRate);
  const history: ChoraleStep[] = [];
  try {
    for (let step = 1; step <= steps && !signal?.aborted; step++) {
      const t0 = performance.now();
      const rows = Array.from({ length: batch }, () =>
        window(train[rng.int(train.length)], settings.window, rng.int(1 << 30)),
      );
      const { x, mask, lengths } = padBatch(rows, 88);
      const v = vrnnStep(model, optimizer, x, mask, {
        beta: klWeight(step, klWarmup),
        freeBits,
        seed: seed * 100_003 + step,
      });
      const [loss, kl] = await Promise.all([v.loss.data(), v.kl.data()]);
      tf.dispose([x, mask, v.loss, v.kl]);
      // Per sequence → per quarter note: the batch's mean length.
      const perStep = lengths.reduce((s, n) => s + n, 0) / lengths.length;
      const s = { step, loss: loss[0] / perStep, kl: kl[0] / perStep, ms: performance.now() - t0 };
      history.push(s);
      onStep(s);
      await new Promise<void>((r) => setTimeout(r, 0));
    }
    const drawn = model.sample({ steps: sampleSteps, batch: 1, seed: seed + 7 });
    const roll = (await drawn.array()).map((row) => row[0]); // [T, 1, 88] → [T][88]
    drawn.dispose();
    return { history, sample: activeKeys(roll), data: activeKeys(window(train[0], sampleSteps, 0)) };
  } finally {
    optimizer.dispose();
    model.dispose();
  }
}

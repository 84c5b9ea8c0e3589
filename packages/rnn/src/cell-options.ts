import * as tf from '@tensorflow/tfjs-core';
import { deriveSeed, glorotUniform, orthogonal, randomSeed, torchUniform } from '@probseq/nn';

/** Options shared by the recurrent cells. */
export interface CellOptions {
  /** Seed of the plain-JS generator; the same seed gives the same weights on every backend. */
  seed?: number;
  /**
   * `'torch'` (default): every weight and bias U(±1/√hiddenSize), as PyTorch's RNN cells.
   * `'orthogonal'`: Glorot-uniform input weights, orthogonal recurrent weights, zero biases.
   */
  init?: 'torch' | 'orthogonal';
}

/** The four fused parameters of a cell with `gates` gates, initialised by `options`. */
export function initCellWeights(
  inputSize: number,
  hiddenSize: number,
  gates: number,
  options: CellOptions,
  cellName: string,
): { weightIH: tf.Tensor; weightHH: tf.Tensor; biasIH: tf.Tensor; biasHH: tf.Tensor } {
  for (const [k, v] of [['inputSize', inputSize], ['hiddenSize', hiddenSize]] as const) {
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${cellName}: ${k} must be a positive integer, found ${v}`);
  }
  const init = options.init ?? 'torch';
  if (init !== 'torch' && init !== 'orthogonal') {
    throw new Error(`${cellName}: init must be 'torch' or 'orthogonal', found '${String(init)}'`);
  }
  const seed = options.seed ?? randomSeed();
  const g = gates * hiddenSize;
  if (init === 'torch') {
    return {
      weightIH: torchUniform([inputSize, g], deriveSeed(seed, 'weightIH'), hiddenSize),
      weightHH: torchUniform([hiddenSize, g], deriveSeed(seed, 'weightHH'), hiddenSize),
      biasIH: torchUniform([g], deriveSeed(seed, 'biasIH'), hiddenSize),
      biasHH: torchUniform([g], deriveSeed(seed, 'biasHH'), hiddenSize),
    };
  }
  // One orthogonal [H, H] block per gate, so each gate's recurrence is norm-preserving.
  const blocks = Array.from({ length: gates }, (_, i) => orthogonal([hiddenSize, hiddenSize], deriveSeed(seed, 'weightHH', i)));
  const weightHH = tf.concat(blocks, 1);
  tf.dispose(blocks);
  return {
    weightIH: glorotUniform([inputSize, g], deriveSeed(seed, 'weightIH')),
    weightHH,
    biasIH: tf.zeros([g]),
    biasHH: tf.zeros([g]),
  };
}

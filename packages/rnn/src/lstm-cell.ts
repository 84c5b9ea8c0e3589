import * as tf from '@tensorflow/tfjs-core';
import { Module, affine } from '@probseq/nn';
import { initCellWeights, type CellOptions } from './cell-options';
import { checkStateFields, checkStepInput, type RecurrentCell } from './recurrent-cell';

/** The state of an {@link LSTMCell}: hidden `h` and cell `c`, both `[B, H]`. */
export type LSTMState = {
  h: tf.Tensor2D;
  c: tf.Tensor2D;
};

/**
 * Long short-term memory cell, equal to `torch.nn.LSTMCell`:
 *
 *   [i, f, g, o] = x·W_ih + b_ih + h·W_hh + b_hh   (gate order i, f, g, o)
 *   c' = σ(f) ⊙ c + σ(i) ⊙ tanh(g),   h' = σ(o) ⊙ tanh(c')
 *
 * Parameters `weightIH` `[in, 4H]`, `weightHH` `[H, 4H]`, `biasIH` `[4H]`, `biasHH` `[4H]`
 * (PyTorch's `weight_ih`/`weight_hh` transposed). One matMul per step on the state; the input
 * projection of a whole sequence is one matMul in {@link scan}.
 *
 * @example
 * ```ts
 * const cell = new LSTMCell(8, 32, { seed: 0 });
 * const { outputs, finalState } = scan(cell, xs); // xs [T, B, 8] → outputs [T, B, 32]
 * ```
 */
export class LSTMCell extends Module implements RecurrentCell<LSTMState> {
  /** Input width. */
  readonly inputSize: number;
  /** Hidden width H. */
  readonly hiddenSize: number;
  /** `[in, 4H]` input weights (gates i, f, g, o). */
  readonly weightIH: tf.Variable;
  /** `[H, 4H]` recurrent weights. */
  readonly weightHH: tf.Variable;
  /** `[4H]` input bias. */
  readonly biasIH: tf.Variable;
  /** `[4H]` recurrent bias. */
  readonly biasHH: tf.Variable;

  constructor(inputSize: number, hiddenSize: number, options: CellOptions = {}) {
    super();
    const w = initCellWeights(inputSize, hiddenSize, 4, options, 'LSTMCell');
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.weightIH = this.registerParameter('weightIH', w.weightIH);
    this.weightHH = this.registerParameter('weightHH', w.weightHH);
    this.biasIH = this.registerParameter('biasIH', w.biasIH);
    this.biasHH = this.registerParameter('biasHH', w.biasHH);
  }

  /** Zero `h` and `c`. */
  initialState(batch: number): LSTMState {
    if (!Number.isInteger(batch) || batch <= 0) throw new Error(`LSTMCell.initialState: batch must be a positive integer, found ${batch}`);
    return { h: tf.zeros([batch, this.hiddenSize]), c: tf.zeros([batch, this.hiddenSize]) };
  }

  /** `x·W_ih + b_ih + b_hh` for `xs` `[..., in]` → `[..., 4H]`. */
  projectInputs(xs: tf.Tensor): tf.Tensor {
    return tf.tidy(() => affine(xs, this.weightIH, tf.add(this.biasIH, this.biasHH)));
  }

  /** One step from a projected input `xp` `[B, 4H]`. */
  stepProjected(state: LSTMState, xp: tf.Tensor2D): [LSTMState, tf.Tensor2D] {
    return tf.tidy(() => {
      const gates = affine(state.h, this.weightHH, xp);
      const [i, f, g, o] = tf.split(gates, 4, 1);
      const c = tf.add(tf.mul(tf.sigmoid(f), state.c), tf.mul(tf.sigmoid(i), tf.tanh(g))) as tf.Tensor2D;
      const h = tf.mul(tf.sigmoid(o), tf.tanh(c)) as tf.Tensor2D;
      return [{ h, c }, h] as [LSTMState, tf.Tensor2D];
    });
  }

  /** One step: `x` `[B, in]`, state `{ h, c }` `[B, H]`; returns `[{ h', c' }, h']`. */
  step(state: LSTMState, x: tf.Tensor2D): [LSTMState, tf.Tensor2D] {
    checkStepInput(x, this.inputSize, 'LSTMCell.step: x');
    const b = x.shape[0];
    checkStateFields(state, ['h', 'c'], [b, this.hiddenSize], 'LSTMCell.step: state');
    return tf.tidy(() => {
      const xp = this.projectInputs(x) as tf.Tensor2D;
      return this.stepProjected(state, xp);
    });
  }
}

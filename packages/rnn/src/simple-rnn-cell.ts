import * as tf from '@tensorflow/tfjs-core';
import { Module, affine } from '@probseq/nn';
import { initCellWeights, type CellOptions } from './cell-options';
import type { HiddenState } from './gru-cell';
import { checkStateFields, checkStepInput, type RecurrentCell } from './recurrent-cell';

/** Options of {@link SimpleRNNCell}. */
export interface SimpleRNNCellOptions extends CellOptions {
  /** `'tanh'` (default) or `'relu'`, as `torch.nn.RNNCell`'s `nonlinearity`. */
  nonlinearity?: 'tanh' | 'relu';
}

/**
 * Elman RNN cell, equal to `torch.nn.RNNCell`: h' = tanh(x·W_ih + b_ih + h·W_hh + b_hh).
 * Parameters `weightIH` `[in, H]`, `weightHH` `[H, H]`, `biasIH` `[H]`, `biasHH` `[H]`.
 *
 * @example
 * ```ts
 * const cell = new SimpleRNNCell(3, 16, { seed: 0 });
 * const { outputs } = scan(cell, tf.zeros([10, 2, 3])); // [10, 2, 16]
 * ```
 */
export class SimpleRNNCell extends Module implements RecurrentCell<HiddenState> {
  /** Input width. */
  readonly inputSize: number;
  /** Hidden width H. */
  readonly hiddenSize: number;
  /** The nonlinearity. */
  readonly nonlinearity: 'tanh' | 'relu';
  /** `[in, H]` input weights. */
  readonly weightIH: tf.Variable;
  /** `[H, H]` recurrent weights. */
  readonly weightHH: tf.Variable;
  /** `[H]` input bias. */
  readonly biasIH: tf.Variable;
  /** `[H]` recurrent bias. */
  readonly biasHH: tf.Variable;

  constructor(inputSize: number, hiddenSize: number, options: SimpleRNNCellOptions = {}) {
    super();
    const nl = options.nonlinearity ?? 'tanh';
    if (nl !== 'tanh' && nl !== 'relu') throw new Error(`SimpleRNNCell: nonlinearity must be 'tanh' or 'relu', found '${String(nl)}'`);
    const w = initCellWeights(inputSize, hiddenSize, 1, options, 'SimpleRNNCell');
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.nonlinearity = nl;
    this.weightIH = this.registerParameter('weightIH', w.weightIH);
    this.weightHH = this.registerParameter('weightHH', w.weightHH);
    this.biasIH = this.registerParameter('biasIH', w.biasIH);
    this.biasHH = this.registerParameter('biasHH', w.biasHH);
  }

  /** Zero `h`. */
  initialState(batch: number): HiddenState {
    if (!Number.isInteger(batch) || batch <= 0) throw new Error(`SimpleRNNCell.initialState: batch must be a positive integer, found ${batch}`);
    return { h: tf.zeros([batch, this.hiddenSize]) };
  }

  /** `x·W_ih + b_ih + b_hh` for `xs` `[..., in]` → `[..., H]`. */
  projectInputs(xs: tf.Tensor): tf.Tensor {
    return tf.tidy(() => affine(xs, this.weightIH, tf.add(this.biasIH, this.biasHH)));
  }

  /** One step from a projected input `xp` `[B, H]`. */
  stepProjected(state: HiddenState, xp: tf.Tensor2D): [HiddenState, tf.Tensor2D] {
    return tf.tidy(() => {
      const pre = affine(state.h, this.weightHH, xp);
      const h = (this.nonlinearity === 'tanh' ? tf.tanh(pre) : tf.relu(pre)) as tf.Tensor2D;
      return [{ h }, h] as [HiddenState, tf.Tensor2D];
    });
  }

  /** One step: `x` `[B, in]`, state `{ h }` `[B, H]`; returns `[{ h' }, h']`. */
  step(state: HiddenState, x: tf.Tensor2D): [HiddenState, tf.Tensor2D] {
    checkStepInput(x, this.inputSize, 'SimpleRNNCell.step: x');
    checkStateFields(state, ['h'], [x.shape[0], this.hiddenSize], 'SimpleRNNCell.step: state');
    return tf.tidy(() => this.stepProjected(state, this.projectInputs(x) as tf.Tensor2D));
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { Module, affine } from '@probseq/nn';
import { initCellWeights, type CellOptions } from './cell-options';
import { checkStateFields, checkStepInput, type RecurrentCell } from './recurrent-cell';

/** The state of a {@link GRUCell} or {@link SimpleRNNCell}: hidden `h` `[B, H]`. */
export type HiddenState = {
  h: tf.Tensor2D;
};

/**
 * Gated recurrent unit, equal to `torch.nn.GRUCell` (gate order r, z, n):
 *
 *   r = σ(x·W_ir + b_ir + h·W_hr + b_hr),   z = σ(x·W_iz + b_iz + h·W_hz + b_hz)
 *   n = tanh(x·W_in + b_in + r ⊙ (h·W_hn + b_hn)),   h' = (1 − z) ⊙ n + z ⊙ h
 *
 * Parameters `weightIH` `[in, 3H]`, `weightHH` `[H, 3H]`, `biasIH` `[3H]`, `biasHH` `[3H]`
 * (PyTorch's `weight_ih`/`weight_hh` transposed). `b_hn` stays inside `r ⊙ (…)` as in PyTorch.
 *
 * @example
 * ```ts
 * const cell = new GRUCell(8, 32, { seed: 0 });
 * const [state, h] = cell.step(cell.initialState(4), tf.zeros([4, 8]));
 * ```
 */
export class GRUCell extends Module implements RecurrentCell<HiddenState> {
  /** Input width. */
  readonly inputSize: number;
  /** Hidden width H. */
  readonly hiddenSize: number;
  /** `[in, 3H]` input weights (gates r, z, n). */
  readonly weightIH: tf.Variable;
  /** `[H, 3H]` recurrent weights. */
  readonly weightHH: tf.Variable;
  /** `[3H]` input bias. */
  readonly biasIH: tf.Variable;
  /** `[3H]` recurrent bias. */
  readonly biasHH: tf.Variable;

  constructor(inputSize: number, hiddenSize: number, options: CellOptions = {}) {
    super();
    const w = initCellWeights(inputSize, hiddenSize, 3, options, 'GRUCell');
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.weightIH = this.registerParameter('weightIH', w.weightIH);
    this.weightHH = this.registerParameter('weightHH', w.weightHH);
    this.biasIH = this.registerParameter('biasIH', w.biasIH);
    this.biasHH = this.registerParameter('biasHH', w.biasHH);
  }

  /** Zero `h`. */
  initialState(batch: number): HiddenState {
    if (!Number.isInteger(batch) || batch <= 0) throw new Error(`GRUCell.initialState: batch must be a positive integer, found ${batch}`);
    return { h: tf.zeros([batch, this.hiddenSize]) };
  }

  /** `x·W_ih + b_ih` for `xs` `[..., in]` → `[..., 3H]`. */
  projectInputs(xs: tf.Tensor): tf.Tensor {
    return affine(xs, this.weightIH, this.biasIH);
  }

  /** One step from a projected input `xp` `[B, 3H]`. */
  stepProjected(state: HiddenState, xp: tf.Tensor2D): [HiddenState, tf.Tensor2D] {
    return tf.tidy(() => {
      const H = this.hiddenSize;
      const hp = affine(state.h, this.weightHH, this.biasHH);
      const [xrz, xn] = tf.split(xp, [2 * H, H], 1);
      const [hrz, hn] = tf.split(hp, [2 * H, H], 1);
      const [r, z] = tf.split(tf.sigmoid(tf.add(xrz, hrz)), 2, 1);
      const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
      // (1 − z)·n + z·h = n + z·(h − n)
      const h = tf.add(n, tf.mul(z, tf.sub(state.h, n))) as tf.Tensor2D;
      return [{ h }, h] as [HiddenState, tf.Tensor2D];
    });
  }

  /** One step: `x` `[B, in]`, state `{ h }` `[B, H]`; returns `[{ h' }, h']`. */
  step(state: HiddenState, x: tf.Tensor2D): [HiddenState, tf.Tensor2D] {
    checkStepInput(x, this.inputSize, 'GRUCell.step: x');
    checkStateFields(state, ['h'], [x.shape[0], this.hiddenSize], 'GRUCell.step: state');
    return tf.tidy(() => this.stepProjected(state, this.projectInputs(x) as tf.Tensor2D));
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { Module } from '@probseq/nn';
import { checkStepInput, type RecurrentCell } from './recurrent-cell';

/**
 * Layers of recurrent cells run as one cell: at each step layer k reads layer k−1's output
 * (like `torch.nn.LSTM(num_layers=…)` without dropout). The state is the list of the layers'
 * states; the output is the last layer's. Layers are registered as `layers.0`, `layers.1`, ….
 *
 * @example
 * ```ts
 * const cell = new StackedCell([new LSTMCell(8, 32, { seed: 0 }), new LSTMCell(32, 32, { seed: 1 })]);
 * const { outputs } = scan(cell, xs);
 * ```
 */
export class StackedCell<S = unknown> extends Module implements RecurrentCell<S[]> {
  /** Input width of the first layer. */
  readonly inputSize: number;
  /** Output width of the last layer. */
  readonly hiddenSize: number;
  /** The layers, first to last. */
  readonly cells: ReadonlyArray<RecurrentCell<S> & Module>;

  constructor(cells: Array<RecurrentCell<S> & Module>) {
    super();
    if (!Array.isArray(cells) || cells.length === 0) throw new Error('StackedCell: cells must be a non-empty list');
    cells.forEach((c, i) => {
      if (!(c instanceof Module)) throw new Error(`StackedCell: cells[${i}] must be a Module`);
      if (i > 0 && c.inputSize !== cells[i - 1].hiddenSize) {
        throw new Error(
          `StackedCell: cells[${i}].inputSize must equal cells[${i - 1}].hiddenSize (${cells[i - 1].hiddenSize}), found ${c.inputSize}`,
        );
      }
      this.registerModule(`layers.${i}`, c);
    });
    this.cells = [...cells];
    this.inputSize = cells[0].inputSize;
    this.hiddenSize = cells[cells.length - 1].hiddenSize;
  }

  /** Each layer's initial state. */
  initialState(batch: number): S[] {
    return this.cells.map((c) => c.initialState(batch));
  }

  /** The first layer's input projection (the identity when it has none). */
  projectInputs(xs: tf.Tensor): tf.Tensor {
    const first = this.cells[0];
    return first.projectInputs && first.stepProjected ? first.projectInputs(xs) : xs;
  }

  /** One step from the first layer's projected input. */
  stepProjected(state: S[], xp: tf.Tensor2D): [S[], tf.Tensor2D] {
    this.checkState(state);
    const first = this.cells[0];
    const next: S[] = [];
    let out: tf.Tensor2D;
    let s: S;
    if (first.projectInputs && first.stepProjected) [s, out] = first.stepProjected(state[0], xp);
    else [s, out] = first.step(state[0], xp);
    next.push(s);
    for (let k = 1; k < this.cells.length; k++) {
      [s, out] = this.cells[k].step(state[k], out);
      next.push(s);
    }
    return [next, out];
  }

  /** One step through every layer. */
  step(state: S[], x: tf.Tensor2D): [S[], tf.Tensor2D] {
    checkStepInput(x, this.inputSize, 'StackedCell.step: x');
    return tf.tidy(
      () => this.stepProjected(state, this.projectInputs(x) as tf.Tensor2D) as unknown as tf.TensorContainer,
    ) as unknown as [S[], tf.Tensor2D];
  }

  private checkState(state: S[]): void {
    if (!Array.isArray(state) || state.length !== this.cells.length) {
      const found = Array.isArray(state) ? `a list of ${state.length}` : typeof state;
      throw new Error(`StackedCell.step: state must be a list of ${this.cells.length} layer states, found ${found}`);
    }
  }
}

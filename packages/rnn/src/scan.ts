import * as tf from '@tensorflow/tfjs-core';
import { unstackRows } from '@probseq/backend';
import { zipState, type RecurrentCell } from './recurrent-cell';

/** Options of {@link scan}. */
export interface ScanOptions<S> {
  /** Run from t = T−1 down to 0. Outputs stay aligned with the inputs' time index. */
  reverse?: boolean;
  /** `[T, B]`, 1 for a real step and 0 for padding: at padding the state is held and the output is 0. */
  mask?: tf.Tensor;
  /** The state before the first processed step (the cell's zero state by default). Not disposed. */
  initialState?: S;
}

/** What {@link scan} returns. */
export interface ScanResult<S> {
  /** `[T, B, H]`: the output of step t at index t (0 at padding). */
  outputs: tf.Tensor3D;
  /** The state after the last processed step (t = T−1, or t = 0 when reversed). */
  finalState: S;
}

/**
 * Runs `cell` over a time-major sequence `xs` `[T, B, D]`. When the cell can project inputs, the
 * input projection of all T steps is one matMul before the loop, and only the recurrent part runs
 * per step. With a mask, a sequence's state is held through its padded steps, so with right-padding
 * the final state is each sequence's state at its last real step, and a reversed scan starts each
 * sequence at its last real step from the initial state.
 *
 * @example
 * ```ts
 * const cell = new GRUCell(4, 16, { seed: 0 });
 * const { outputs, finalState } = scan(cell, xs, { mask }); // xs [T, B, 4], mask [T, B]
 * ```
 * @param cell The cell run at every step.
 * @param xs Time-major inputs `[T, B, D]`, D the cell's `inputSize`.
 */
export function scan<S>(cell: RecurrentCell<S>, xs: tf.Tensor, options: ScanOptions<S> = {}): ScanResult<S> {
  if (!(xs instanceof tf.Tensor) || xs.rank !== 3 || xs.shape[2] !== cell.inputSize) {
    const found = xs instanceof tf.Tensor ? `[${xs.shape}]` : typeof xs;
    throw new Error(`scan: xs must have shape [T, B, ${cell.inputSize}] (time-major), found ${found}`);
  }
  const [T, B] = xs.shape as [number, number, number];
  const { mask, reverse = false } = options;
  if (mask !== undefined && (!(mask instanceof tf.Tensor) || mask.rank !== 2 || mask.shape[0] !== T || mask.shape[1] !== B)) {
    const found = mask instanceof tf.Tensor ? `[${mask.shape}]` : typeof mask;
    throw new Error(`scan: mask must have shape [${T}, ${B}] (time-major, like xs [${xs.shape}]), found ${found}`);
  }
  return tf.tidy(() => {
    let state = options.initialState ?? cell.initialState(B);
    const projected = Boolean(cell.projectInputs && cell.stepProjected);
    // unstackRows copies each step once (tfjs-wasm's own unstack copies the whole input per step).
    const inputs = unstackRows(projected ? cell.projectInputs!(xs) : xs) as tf.Tensor2D[];
    let keep: tf.Tensor[] = [];
    let hold: tf.Tensor[] = [];
    if (mask) {
      const m = tf.reshape(tf.cast(mask, 'float32'), [T, B, 1]);
      keep = unstackRows(m);
      hold = unstackRows(tf.sub(1, m));
    }
    const outputs: tf.Tensor2D[] = new Array(T);
    for (let k = 0; k < T; k++) {
      const t = reverse ? T - 1 - k : k;
      const [next, out] = projected ? cell.stepProjected!(state, inputs[t]) : cell.step(state, inputs[t]);
      if (mask) {
        // new·m + old·(1 − m) is exact for m ∈ {0, 1}.
        state = zipState(next, state, (n, o) => tf.add(tf.mul(n, keep[t]), tf.mul(o, hold[t])));
        outputs[t] = tf.mul(out, keep[t]) as tf.Tensor2D;
      } else {
        state = next;
        outputs[t] = out;
      }
    }
    return { outputs: tf.stack(outputs) as tf.Tensor3D, finalState: state as unknown as tf.TensorContainer };
  }) as unknown as ScanResult<S>;
}

import * as tf from '@tensorflow/tfjs-core';
import { unstackRows } from '@probseq/backend';
import { affine } from '@probseq/nn';
import type { CellKind } from './config';

/** The fused gate parameters of an LSTM or GRU cell (PyTorch gate order, weights `[in, G·H]`). */
export interface GateWeights {
  weightIH: tf.Tensor;
  weightHH: tf.Tensor;
  biasIH: tf.Tensor;
  biasHH: tf.Tensor;
}

/** Recurrent state of the split-input step: h, and c for an LSTM. */
export interface SplitState {
  h: tf.Tensor2D;
  c?: tf.Tensor2D;
}

/**
 * An LSTM/GRU step whose input is [u_t, v_t] with u known for every step in advance (φx(x_t)) and
 * v computed in the loop (φz(z_t)). Since W_ih·[u; v] = W_u·u + W_v·v, the u part and the input
 * biases are one batched matMul over all T·B rows before the loop; each step adds W_v·v_t and W_hh·h.
 * Same maths as the cell's own step on the concatenated input.
 */
export class SplitInputCell {
  private readonly wu: tf.Tensor;
  private readonly wv: tf.Tensor;

  /**
   * @param kind The cell, `'lstm'` or `'gru'`.
   * @param w The cell's fused gate parameters; the first `uSize` rows of `weightIH` read u, the rest v.
   * @param uSize Width of the precomputed input u.
   */
  constructor(
    private readonly kind: CellKind,
    private readonly w: GateWeights,
    private readonly uSize: number,
  ) {
    const [rows, cols] = w.weightIH.shape;
    this.wu = tf.slice(w.weightIH, [0, 0], [uSize, cols]);
    this.wv = tf.slice(w.weightIH, [uSize, 0], [rows - uSize, cols]);
  }

  /**
   * The u part of the gate pre-activations for u `[T, B, uSize]`, one `[B, G·H]` tensor per step.
   * @param u The input known in advance for every step, `[T, B, uSize]`.
   */
  precompute(u: tf.Tensor): tf.Tensor2D[] {
    const [T, B] = u.shape;
    const bias = this.kind === 'lstm' ? tf.add(this.w.biasIH, this.w.biasHH) : this.w.biasIH;
    const pre = affine(tf.reshape(u, [T * B, this.uSize]), this.wu, bias);
    return unstackRows(tf.reshape(pre, [T, B, -1])) as tf.Tensor2D[];
  }

  /**
   * One step: the new state from the previous one, the precomputed u part and v_t `[B, vSize]`.
   * @param state The state after the previous step: h `[B, H]`, and c `[B, H]` for an LSTM.
   * @param pre This step's u part from {@link SplitInputCell.precompute}, `[B, G·H]`.
   * @param v The input computed in the loop, v_t `[B, vSize]`.
   */
  step(state: SplitState, pre: tf.Tensor2D, v: tf.Tensor2D): SplitState {
    if (this.kind === 'lstm') {
      const gates = affine(v, this.wv, affine(state.h, this.w.weightHH, pre));
      const [i, f, g, o] = tf.split(gates, 4, 1);
      const c = tf.add(tf.mul(tf.sigmoid(f), state.c as tf.Tensor2D), tf.mul(tf.sigmoid(i), tf.tanh(g))) as tf.Tensor2D;
      return { h: tf.mul(tf.sigmoid(o), tf.tanh(c)) as tf.Tensor2D, c };
    }
    const gi = affine(v, this.wv, pre);
    const gh = affine(state.h, this.w.weightHH, this.w.biasHH);
    const [ir, iz, inn] = tf.split(gi, 3, 1);
    const [hr, hz, hn] = tf.split(gh, 3, 1);
    const r = tf.sigmoid(tf.add(ir, hr));
    const z = tf.sigmoid(tf.add(iz, hz));
    const n = tf.tanh(tf.add(inn, tf.mul(r, hn)));
    return { h: tf.add(n, tf.mul(z, tf.sub(state.h, n))) as tf.Tensor2D };
  }
}

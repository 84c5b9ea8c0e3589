import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectNoLeak, maxAbsDiff } from '@probseq/testing';
import { GRUCell } from './gru-cell';
import { LSTMCell, type LSTMState } from './lstm-cell';
import type { RecurrentCell } from './recurrent-cell';
import { scan } from './scan';
import { SimpleRNNCell } from './simple-rnn-cell';
import { StackedCell } from './stacked-cell';

const T = 6;
const B = 3;
const D = 4;
const H = 5;
// Right-padded lengths 6, 4, 1.
const MASK = [
  [1, 1, 1], [1, 1, 0], [1, 1, 0], [1, 1, 0], [1, 0, 0], [1, 0, 0],
];

/**
 * The reference: `cell.step` on one step at a time with per-sequence bookkeeping in plain JS.
 * Masked sequences are handled by slicing: a sequence's state only changes at its real steps.
 */
function loopReference(cell: RecurrentCell<unknown>, xs: tf.Tensor3D, reverse: boolean, mask?: number[][], init?: unknown) {
  const xsArr = xs.arraySync();
  const outputs = Array.from({ length: T }, () => Array.from({ length: B }, () => new Array<number>(H).fill(0)));
  const finals: number[][][] = [];
  for (let b = 0; b < B; b++) {
    // Each sequence alone, batch of 1.
    let state = init
      ? sliceState(init, b)
      : cell.initialState(1);
    for (let k = 0; k < T; k++) {
      const t = reverse ? T - 1 - k : k;
      if (mask && mask[t][b] === 0) continue;
      const [next, out] = cell.step(state, tf.tensor2d([xsArr[t][b]]));
      state = next;
      outputs[t][b] = Array.from(out.dataSync());
    }
    finals.push(flattenState(state));
  }
  return { outputs, finals };
}

function sliceState(s: unknown, b: number): unknown {
  if (s instanceof tf.Tensor) return tf.slice(s, [b, 0], [1, -1]);
  if (Array.isArray(s)) return s.map((x) => sliceState(x, b));
  return Object.fromEntries(Object.entries(s as object).map(([k, v]) => [k, sliceState(v, b)]));
}

function flattenState(s: unknown): number[][] {
  if (s instanceof tf.Tensor) return [Array.from(s.dataSync())];
  if (Array.isArray(s)) return s.flatMap(flattenState);
  return Object.keys(s as object).sort().flatMap((k) => flattenState((s as Record<string, unknown>)[k]));
}

function flattenBatchState(s: unknown, b: number): number[][] {
  if (s instanceof tf.Tensor) return [(s.arraySync() as number[][])[b]];
  if (Array.isArray(s)) return s.flatMap((x) => flattenBatchState(x, b));
  return Object.keys(s as object).sort().flatMap((k) => flattenBatchState((s as Record<string, unknown>)[k], b));
}

const makers: Array<[string, () => RecurrentCell<unknown> & { dispose(): void }]> = [
  ['LSTMCell', () => new LSTMCell(D, H, { seed: 1 }) as never],
  ['GRUCell', () => new GRUCell(D, H, { seed: 2 }) as never],
  ['SimpleRNNCell', () => new SimpleRNNCell(D, H, { seed: 3 }) as never],
  ['SimpleRNNCell relu', () => new SimpleRNNCell(D, H, { seed: 3, nonlinearity: 'relu', init: 'orthogonal' }) as never],
  ['StackedCell(LSTM, GRU)', () => new StackedCell<unknown>([new LSTMCell(D, 6, { seed: 4 }) as never, new GRUCell(6, H, { seed: 5 }) as never]) as never],
];

describeBackends('scan equals a hand-written step loop', () => {
  for (const [name, make] of makers) {
    for (const reverse of [false, true]) {
      for (const masked of [false, true]) {
        it(`${name}, ${reverse ? 'reversed' : 'forwards'}, ${masked ? 'with' : 'without'} mask`, () => {
          const cell = make();
          const xs = tf.randomNormal([T, B, D], 0, 1, 'float32', 7) as tf.Tensor3D;
          const mask = masked ? tf.tensor2d(MASK) : undefined;
          const init = tf.tidy(() => {
            const s = cell.initialState(B);
            const bump = (v: unknown): unknown =>
              v instanceof tf.Tensor ? tf.add(v, tf.randomUniform(v.shape, -0.5, 0.5, 'float32', 3))
                : Array.isArray(v) ? v.map(bump) : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, bump(x)]));
            return bump(s) as tf.TensorContainer;
          });
          const { outputs, finalState } = scan(cell, xs, { reverse, mask, initialState: init });
          expect(outputs.shape).toEqual([T, B, H]);
          const ref = tf.tidy(() => loopReference(cell, xs, reverse, masked ? MASK : undefined, init));
          expect(maxAbsDiff(outputs, ref.outputs)).toBeLessThan(1e-6);
          for (let b = 0; b < B; b++) expect(maxAbsDiff(flattenBatchState(finalState, b), ref.finals[b])).toBeLessThan(1e-6);
          tf.dispose([xs, outputs, finalState as tf.TensorContainer, init]);
          if (mask) mask.dispose();
          cell.dispose();
        });
      }
    }
  }

  it('gradients through a masked scan are zero for padded inputs', () => {
    const cell = new LSTMCell(D, H, { seed: 1 });
    const xs = tf.randomNormal([T, B, D], 0, 1, 'float32', 1);
    const mask = tf.tensor2d(MASK);
    const g = tf.grad((x: tf.Tensor) => tf.sum(scan(cell, x, { mask }).outputs))(xs);
    const ga = g.arraySync() as number[][][];
    for (let t = 0; t < T; t++) {
      for (let b = 0; b < B; b++) {
        const norm = Math.max(...ga[t][b].map(Math.abs));
        if (MASK[t][b] === 0) expect(norm).toBe(0);
        else expect(norm).toBeGreaterThan(0);
      }
    }
    tf.dispose([xs, mask, g]);
    cell.dispose();
  });

  it('does not leak, forwards or with gradients, and step is leak-free', async () => {
    const cell = new LSTMCell(D, H, { seed: 1 });
    const xs = tf.randomNormal([T, B, D], 0, 1, 'float32', 1);
    const mask = tf.tensor2d(MASK);
    await expectNoLeak(() => scan(cell, xs, { mask, reverse: true }) as unknown as tf.TensorContainer);
    await expectNoLeak(() => tf.variableGrads(() => tf.sum(scan(cell, xs, { mask }).outputs) as tf.Scalar));
    const x0 = tf.ones([B, D]) as tf.Tensor2D;
    // Repeated steps: only the returned state and output may remain.
    let state: LSTMState = cell.initialState(B);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) {
      const [next, out] = cell.step(state, x0);
      tf.dispose([state.h, state.c]);
      expect(out).toBe(next.h);
      state = next;
    }
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([xs, mask, x0, state.h, state.c]);
    cell.dispose();
  });

  it('rejects bad shapes with the expected and found shapes', () => {
    const cell = new GRUCell(D, H, { seed: 1 });
    const xs = tf.zeros([T, B, D + 1]);
    expect(() => scan(cell, xs)).toThrow(`scan: xs must have shape [T, B, ${D}] (time-major), found [${T},${B},${D + 1}]`);
    const ok = tf.zeros([T, B, D]);
    const badMask = tf.ones([B, T]);
    expect(() => scan(cell, ok, { mask: badMask })).toThrow(`scan: mask must have shape [${T}, ${B}] (time-major, like xs [${T},${B},${D}]), found [${B},${T}]`);
    const s = cell.initialState(2);
    expect(() => cell.step(s, tf.zeros([B, D]) as tf.Tensor2D)).toThrow(`GRUCell.step: state.h: expected shape [${B},${H}], found [2,${H}]`);
    expect(() => cell.step(s, tf.zeros([2, 3]) as tf.Tensor2D)).toThrow(`GRUCell.step: x: expected shape [B, ${D}], found [2,3]`);
    expect(() => new StackedCell([new LSTMCell(D, 6) as never, new GRUCell(5, H) as never])).toThrow(
      'StackedCell: cells[1].inputSize must equal cells[0].hiddenSize (6), found 5',
    );
    tf.dispose([xs, ok, badMask, s.h]);
    cell.dispose();
  });
});

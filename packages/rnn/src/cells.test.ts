import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { GRUCell } from './gru-cell';
import { LSTMCell } from './lstm-cell';
import { SimpleRNNCell } from './simple-rnn-cell';
import { StackedCell } from './stacked-cell';

const IN = 4;
const H = 6;
const snapshot = new Map<string, number[]>();

describeBackends('recurrent cells', () => {
  it('have PyTorch parameter names, shapes and counts', async () => {
    const lstm = new LSTMCell(IN, H, { seed: 1 });
    const gru = new GRUCell(IN, H, { seed: 1 });
    const rnn = new SimpleRNNCell(IN, H, { seed: 1 });
    for (const [cell, g] of [[lstm, 4], [gru, 3], [rnn, 1]] as const) {
      expect(cell.namedParameters().map(([n, v]) => [n, v.shape])).toEqual([
        ['weightIH', [IN, g * H]], ['weightHH', [H, g * H]], ['biasIH', [g * H]], ['biasHH', [g * H]],
      ]);
      // torch: G·H·(in + H) weights and 2·G·H biases.
      expect(cell.numParams()).toBe(g * H * (IN + H) + 2 * g * H);
    }
    const stacked = new StackedCell([lstm, new LSTMCell(H, H, { seed: 2 })]);
    expect(stacked.namedParameters().map(([n]) => n).slice(0, 5)).toEqual([
      'layers.0.weightIH', 'layers.0.weightHH', 'layers.0.biasIH', 'layers.0.biasHH', 'layers.1.weightIH',
    ]);
    [stacked, gru, rnn].forEach((m) => m.dispose());
  });

  it('initialise from the seed identically on every backend, within PyTorch bounds', async () => {
    const cell = new LSTMCell(IN, H, { seed: 9 });
    const all = (await Promise.all(cell.parameters().map((v) => v.data()))).flatMap((d) => Array.from(d));
    const prev = snapshot.get('lstm');
    if (prev) expect(all).toEqual(prev);
    else snapshot.set('lstm', all);
    expect(Math.max(...all.map(Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(H));
    const same = new LSTMCell(IN, H, { seed: 9 });
    expect((await Promise.all(same.parameters().map((v) => v.data()))).flatMap((d) => Array.from(d))).toEqual(all);
    const orth = new GRUCell(IN, H, { seed: 9, init: 'orthogonal' });
    const whh = (await orth.weightHH.array()) as number[][];
    // Each gate's [H, H] block is orthogonal: block·blockᵀ = I.
    for (let g = 0; g < 3; g++) {
      for (let i = 0; i < H; i++) {
        for (let j = 0; j < H; j++) {
          let dot = 0;
          for (let k = 0; k < H; k++) dot += whh[i][g * H + k] * whh[j][g * H + k];
          expect(Math.abs(dot - (i === j ? 1 : 0))).toBeLessThan(1e-5);
        }
      }
    }
    expect(Array.from((await orth.biasIH.data())).every((v) => v === 0)).toBe(true);
    [cell, same, orth].forEach((m) => m.dispose());
    expect(() => new LSTMCell(IN, H, { init: 'xavier' as never })).toThrow("LSTMCell: init must be 'torch' or 'orthogonal', found 'xavier'");
    expect(() => new GRUCell(0, H)).toThrow('GRUCell: inputSize must be a positive integer, found 0');
  });

  it('step equals stepProjected(projectInputs(x)); projectInputs handles [T, B, D]', async () => {
    for (const cell of [new LSTMCell(IN, H, { seed: 3 }), new GRUCell(IN, H, { seed: 3 }), new SimpleRNNCell(IN, H, { seed: 3 })]) {
      const xs = tf.randomNormal([2, 3, IN], 0, 1, 'float32', 5);
      const proj = cell.projectInputs(xs);
      expect(proj.shape).toEqual([2, 3, cell.weightIH.shape[1]]);
      const x1 = tf.squeeze(tf.slice(xs, [1, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
      const p1 = tf.squeeze(tf.slice(proj, [1, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
      const s0 = cell.initialState(3);
      const [, a] = cell.step(s0 as never, x1);
      const [, b] = cell.stepProjected(s0 as never, p1);
      expectClose(await a.data(), b, 1e-6);
      cell.dispose();
    }
  });

  it('SimpleRNNCell relu matches a float64 reference step', async () => {
    const cell = new SimpleRNNCell(2, 3, { seed: 4, nonlinearity: 'relu' });
    const [wi, wh] = [(await cell.weightIH.array()) as number[][], (await cell.weightHH.array()) as number[][]];
    const [bi, bh] = [Array.from((await cell.biasIH.data())), Array.from((await cell.biasHH.data()))];
    const x = [[1, -2]];
    const h0 = [[0.5, -0.5, 2]];
    const ref = [0, 1, 2].map((j) => Math.max(0, x[0][0] * wi[0][j] + x[0][1] * wi[1][j] + bi[j] + bh[j] + h0[0].reduce((s, h, k) => s + h * wh[k][j], 0)));
    const [state, out] = cell.step({ h: tf.tensor2d(h0) }, tf.tensor2d(x));
    expectClose(await out.data(), [ref], 1e-6);
    expect(state.h).toBe(out);
    expect(() => new SimpleRNNCell(2, 3, { nonlinearity: 'gelu' as never })).toThrow("nonlinearity must be 'tanh' or 'relu', found 'gelu'");
    cell.dispose();
  });

  it('steps do not leak', async () => {
    const cells = [new LSTMCell(IN, H, { seed: 1 }), new GRUCell(IN, H, { seed: 1 }), new StackedCell([new GRUCell(IN, H), new SimpleRNNCell(H, H)])];
    const x = tf.ones([2, IN]) as tf.Tensor2D;
    for (const cell of cells) {
      const s = cell.initialState(2);
      await expectNoLeak(() => cell.step(s as never, x) as unknown as tf.TensorContainer);
      await expectNoLeak(() => tf.variableGrads(() => tf.sum(cell.step(s as never, x)[1]) as tf.Scalar));
      tf.dispose(s as unknown as tf.TensorContainer);
      cell.dispose();
    }
    x.dispose();
  });
});

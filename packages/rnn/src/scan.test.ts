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
 * Masked sequences are handled by skipping: a sequence's state only changes at its real steps.
 */
async function loopReference(cell: RecurrentCell<unknown>, xs: tf.Tensor3D, reverse: boolean, mask?: number[][], init?: unknown) {
  const xsArr = await xs.array();
  const outputs = Array.from({ length: T }, () => Array.from({ length: B }, () => new Array<number>(H).fill(0)));
  const finals: number[][][] = [];
  const created: tf.Tensor[] = [];
  for (let b = 0; b < B; b++) {
    // Each sequence alone, batch of 1.
    let state = init ? sliceState(init, b) : cell.initialState(1);
    created.push(...tensorsOf(state));
    for (let k = 0; k < T; k++) {
      const t = reverse ? T - 1 - k : k;
      if (mask && mask[t][b] === 0) continue;
      const x = tf.tensor2d([xsArr[t][b]]);
      const [next, out] = cell.step(state, x);
      created.push(x, ...tensorsOf(next), out);
      state = next;
      outputs[t][b] = Array.from(await out.data());
    }
    finals.push(flatten(await readTree(state)));
  }
  tf.dispose(created);
  return { outputs, finals };
}

function tensorsOf(s: unknown): tf.Tensor[] {
  if (s instanceof tf.Tensor) return [s];
  if (Array.isArray(s)) return s.flatMap(tensorsOf);
  return Object.values(s as object).flatMap(tensorsOf);
}

function sliceState(s: unknown, b: number): unknown {
  if (s instanceof tf.Tensor) return tf.slice(s, [b, 0], [1, -1]);
  if (Array.isArray(s)) return s.map((x) => sliceState(x, b));
  return Object.fromEntries(Object.entries(s as object).map(([k, v]) => [k, sliceState(v, b)]));
}

type Tree = number[][] | Tree[] | { [k: string]: Tree };

/** The state's tensors read (asynchronously: WebGPU has no dataSync in Node) into nested arrays. */
async function readTree(s: unknown): Promise<Tree> {
  if (s instanceof tf.Tensor) return (await s.array()) as number[][];
  if (Array.isArray(s)) return Promise.all(s.map(readTree));
  const keys = Object.keys(s as object).sort();
  const vals = await Promise.all(keys.map((k) => readTree((s as Record<string, unknown>)[k])));
  return Object.fromEntries(keys.map((k, i) => [k, vals[i]]));
}

/** Row `b` of every tensor of a read state, in a fixed order (batch of 1: b = 0). */
function flatten(t: Tree, b = 0): number[][] {
  if (Array.isArray(t) && (t.length === 0 || typeof (t as number[][])[0]?.[0] === 'number')) return [(t as number[][])[b]];
  if (Array.isArray(t)) return (t as Tree[]).flatMap((x) => flatten(x, b));
  return Object.keys(t).sort().flatMap((k) => flatten((t as Record<string, Tree>)[k], b));
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
        it(`${name}, ${reverse ? 'reversed' : 'forwards'}, ${masked ? 'with' : 'without'} mask`, async () => {
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
          const ref = await loopReference(cell, xs, reverse, masked ? MASK : undefined, init);
          expect(maxAbsDiff(await outputs.data(), ref.outputs)).toBeLessThan(1e-6);
          const final = await readTree(finalState);
          for (let b = 0; b < B; b++) expect(maxAbsDiff(flatten(final, b), ref.finals[b])).toBeLessThan(1e-6);
          tf.dispose([xs, outputs, finalState as tf.TensorContainer, init]);
          if (mask) mask.dispose();
          cell.dispose();
        });
      }
    }
  }

  // The full matrix is slow on WebGPU-on-SwiftShader; the PyTorch parity suite covers scan there
  // (forwards, reversed and masked), and the tests below run on every backend.
}, { backends: ['cpu', 'wasm'] });

describeBackends('scan', () => {
  it('equals the step loop for a masked, reversed, stacked cell', async () => {
    const cell = makers[4][1]();
    const xs = tf.randomNormal([T, B, D], 0, 1, 'float32', 7) as tf.Tensor3D;
    const mask = tf.tensor2d(MASK);
    const { outputs, finalState } = scan(cell, xs, { reverse: true, mask });
    const ref = await loopReference(cell, xs, true, MASK);
    expect(maxAbsDiff(await outputs.data(), ref.outputs)).toBeLessThan(1e-6);
    const final = await readTree(finalState);
    for (let b = 0; b < B; b++) expect(maxAbsDiff(flatten(final, b), ref.finals[b])).toBeLessThan(1e-6);
    tf.dispose([xs, mask, outputs, finalState as tf.TensorContainer]);
    cell.dispose();
  });

  it('gradients through a masked scan are zero for padded inputs', async () => {
    const cell = new LSTMCell(D, H, { seed: 1 });
    const xs = tf.randomNormal([T, B, D], 0, 1, 'float32', 1);
    const mask = tf.tensor2d(MASK);
    const g = tf.grad((x: tf.Tensor) => tf.sum(scan(cell, x, { mask }).outputs))(xs);
    const ga = (await g.array()) as number[][][];
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

  it('rejects bad shapes with the expected and found shapes', async () => {
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

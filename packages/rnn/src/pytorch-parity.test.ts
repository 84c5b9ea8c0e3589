import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, expect, it } from 'vitest';
import { importTorchStateDict, mapTorchStateDict, type Module } from '@probseq/nn';
import { describeBackends, maxAbsDiff } from '@probseq/testing';
import { GRUCell, type HiddenState } from './gru-cell';
import { LSTMCell } from './lstm-cell';
import type { RecurrentCell } from './recurrent-cell';
import { scan } from './scan';
import { SimpleRNNCell } from './simple-rnn-cell';
import { StackedCell } from './stacked-cell';

interface Entry {
  shape: number[];
  values: number[];
}
interface Fixture {
  description: string;
  kind: 'lstm' | 'gru' | 'rnn';
  layers?: number;
  T: number;
  B: number;
  inputSize: number;
  hiddenSize: number;
  reverse?: boolean;
  parameters: Record<string, Entry>;
  xs: Entry;
  initialState?: Record<string, Entry>;
  mask?: Entry | null;
  rOutputs: Entry;
  rState?: Record<string, Entry>;
  outputs: Entry;
  finalState?: Record<string, Entry>;
  gradients: Record<string, Entry>;
}

const TOL = 1e-5;
const load = (name: string): Fixture =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}.json`, import.meta.url), 'utf8')) as Fixture;
const tensor = (e: Entry) => tf.tensor(e.values, e.shape, 'float32');
const variable = (e: Entry) => {
  const t = tensor(e);
  const v = tf.variable(t, true);
  t.dispose();
  return v;
};
const report: string[] = [];
afterAll(() => {
  if (process.env.PROBSEQ_REPORT === '1') console.info(report.join('\n'));
});

type AnyCell = RecurrentCell<unknown> & Module;

function makeCell(kind: Fixture['kind'], inputSize: number, hiddenSize: number, seed: number): AnyCell {
  if (kind === 'lstm') return new LSTMCell(inputSize, hiddenSize, { seed }) as unknown as AnyCell;
  if (kind === 'gru') return new GRUCell(inputSize, hiddenSize, { seed }) as unknown as AnyCell;
  return new SimpleRNNCell(inputSize, hiddenSize, { seed }) as unknown as AnyCell;
}

async function checkFixture(name: string, backend: string): Promise<void> {
  const fx = load(name);
  const start = tf.memory().numTensors;
  const cell: AnyCell = fx.layers
    ? (new StackedCell(
        Array.from({ length: fx.layers }, (_, k) => makeCell(fx.kind, k === 0 ? fx.inputSize : fx.hiddenSize, fx.hiddenSize, k)),
      ) as unknown as AnyCell)
    : makeCell(fx.kind, fx.inputSize, fx.hiddenSize, 0);
  const stateDict = Object.fromEntries(Object.entries(fx.parameters).map(([k, e]) => [k, tensor(e)]));
  importTorchStateDict(cell, stateDict);
  tf.dispose(Object.values(stateDict));

  const xs = variable(fx.xs);
  const stateNames = fx.initialState ? Object.keys(fx.initialState) : [];
  const state0 = Object.fromEntries(stateNames.map((s) => [s, variable(fx.initialState![s])]));
  const mask = fx.mask ? tensor(fx.mask) : undefined;
  const rOut = tensor(fx.rOutputs);
  const rState = Object.fromEntries(stateNames.map((s) => [s, tensor(fx.rState![s])]));
  const before = tf.memory().numTensors;

  let outputs: tf.Tensor | null = null;
  let finalState: Record<string, tf.Tensor> = {};
  const lossFn = () => {
    const res = scan(cell, xs, {
      reverse: fx.reverse ?? false,
      mask,
      initialState: fx.initialState ? (state0 as unknown as HiddenState) : undefined,
    });
    outputs = tf.keep(res.outputs);
    finalState = fx.initialState ? (res.finalState as Record<string, tf.Tensor>) : {};
    Object.values(finalState).forEach((t) => tf.keep(t));
    let loss = tf.sum(tf.mul(res.outputs, rOut));
    for (const s of stateNames) loss = tf.add(loss, tf.sum(tf.mul(finalState[s], rState[s])));
    return loss as tf.Scalar;
  };
  const params = cell.namedParameters();
  const { grads, value } = tf.variableGrads(lossFn, [...params.map(([, v]) => v), xs, ...Object.values(state0)]);

  const diffs: Record<string, number> = {};
  diffs.outputs = maxAbsDiff(await outputs!.data(), fx.outputs.values);
  for (const s of stateNames) diffs[`finalState.${s}`] = maxAbsDiff(await finalState[s].data(), fx.finalState![s].values);
  const torchGrads = Object.fromEntries(
    Object.entries(fx.gradients)
      .filter(([k]) => k in fx.parameters)
      .map(([k, e]) => [k, tensor(e)]),
  );
  const expectedGrads = mapTorchStateDict(torchGrads);
  for (const [pname, v] of params) {
    expect(grads[v.name].shape, `gradient shape of ${pname}`).toEqual(expectedGrads[pname].shape);
    diffs[`grad ${pname}`] = maxAbsDiff(await grads[v.name].data(), await expectedGrads[pname].data());
  }
  diffs['grad xs'] = maxAbsDiff(await grads[xs.name].data(), fx.gradients.xs.values);
  for (const s of stateNames) diffs[`grad initialState.${s}`] = maxAbsDiff(await grads[state0[s].name].data(), fx.gradients[`initialState.${s}`].values);
  const worst = Math.max(...Object.values(diffs));
  report.push(`${name} [${backend}] max abs diff ${worst.toExponential(2)} (${Object.keys(diffs).length} tensors)`);
  for (const [k, d] of Object.entries(diffs)) expect(d, `${name}: ${k}`).toBeLessThanOrEqual(TOL);

  tf.dispose([outputs!, ...Object.values(finalState), value, ...Object.values(grads)]);
  tf.dispose([...Object.values(torchGrads), ...Object.values(expectedGrads)]);
  expect(tf.memory().numTensors, 'tensors left by scan + gradients').toBe(before);
  tf.dispose([xs, ...Object.values(state0), rOut, ...Object.values(rState)]);
  if (mask) mask.dispose();
  cell.dispose();
  expect(tf.memory().numTensors, 'tensors left by the whole check').toBe(start);
}

const FIXTURES = [
  'lstm-cell',
  'gru-cell',
  'simple-rnn-cell',
  'lstm-cell-masked-reverse',
  'gru-cell-masked',
  'lstm-stacked',
  'gru-stacked',
];

describeBackends('PyTorch parity (outputs, final state, gradients of every weight, the inputs and h0)', (backend) => {
  for (const name of FIXTURES) {
    it(`${name}: ${load(name).description}`, async () => checkFixture(name, backend));
  }
});

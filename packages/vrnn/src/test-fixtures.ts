import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import type { VRNNOptions } from './config';
import { VRNN } from './vrnn';

/** A PyTorch parity fixture written by scripts/make-fixtures.py. */
export interface Fixture {
  name: string;
  config: VRNNOptions;
  x: number[][][];
  mask: number[][] | null;
  noise: number[][][];
  params: Record<string, number[] | number[][]>;
  expected: { total: number; perSequence: number[]; kl: number[][]; nll: number[][]; logWeight: number[] };
  grads: Record<string, number[] | number[][]>;
}

/** The fixture names in src/fixtures. */
export const FIXTURES = [
  'lstm-gaussian-filtering',
  'gru-bernoulli-filtering-masked',
  'lstm-gmm-smoothing-masked',
  'gru-gaussian-smoothing',
] as const;

/** Reads a fixture (test helper, not exported from the package). */
export function readFixture(name: string): Fixture {
  const path = fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Fixture;
}

/** A VRNN with the fixture's configuration and weights. */
export function modelFromFixture(f: Fixture): VRNN {
  const model = new VRNN(f.config);
  const names = model.namedParameters().map(([n]) => n).sort();
  const expected = Object.keys(f.params).sort();
  if (names.join() !== expected.join()) {
    throw new Error(`fixture ${f.name}: parameter names differ.\nmodel:   ${names.join(', ')}\nfixture: ${expected.join(', ')}`);
  }
  for (const [name, v] of model.namedParameters()) {
    const value = tf.tensor(f.params[name]);
    if (value.shape.join() !== v.shape.join()) {
      throw new Error(`fixture ${f.name}: ${name} has shape [${value.shape}] in the fixture, [${v.shape}] in the model`);
    }
    v.assign(value);
    value.dispose();
  }
  return model;
}

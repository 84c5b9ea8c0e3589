import { readdirSync, readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectClose } from '@probseq/testing';
import { Linear } from './linear';
import { importTorchStateDict, mapTorchStateDict, torchParameterName } from './torch-state-dict';

describeBackends('PyTorch state_dict mapping', () => {
  it('maps names as documented', async () => {
    expect(torchParameterName('rnn.weight_ih')).toBe('rnn.weightIH');
    expect(torchParameterName('bias_hh')).toBe('biasHH');
    expect(torchParameterName('encoder.lstm.weight_hh_l1')).toBe('encoder.lstm.layers.1.weightHH');
    expect(torchParameterName('bias_ih_l0')).toBe('layers.0.biasIH');
    expect(torchParameterName('phi_x.layers.0.weight')).toBe('phi_x.layers.0.weight');
    expect(() => torchParameterName('lstm.weight_ih_l0_reverse')).toThrow(/bidirectional/);
  });

  it('transposes 2-D weights, honours rename and skip, and rejects collisions', async () => {
    const sd = { '0.weight': tf.tensor2d([[1, 2, 3], [4, 5, 6]]), '0.bias': tf.tensor1d([7, 8]), 'extra': tf.scalar(1) };
    const mapped = mapTorchStateDict(sd, { rename: (n) => (n === 'extra' ? null : n.replace(/^0\./, '')) });
    expect(Object.keys(mapped)).toEqual(['weight', 'bias']);
    expectClose(await mapped.weight.data(), [[1, 4], [2, 5], [3, 6]], 0);
    expect(mapped.weight.shape).toEqual([3, 2]);
    expect(() => mapTorchStateDict(sd, { rename: () => 'same' })).toThrow("torch parameters '0.weight' and '0.bias' both map to 'same'");
    const lin = new Linear(3, 2, { seed: 0 });
    const before = tf.memory().numTensors;
    importTorchStateDict(lin, { weight: sd['0.weight'], bias: sd['0.bias'] });
    expect(tf.memory().numTensors).toBe(before);
    expectClose(await (lin.apply(tf.tensor2d([[1, 0, -1]]))).data(), [1 - 3 + 7, 4 - 6 + 8], 1e-6);
    expect(() => importTorchStateDict(lin, { weight: tf.zeros([3, 2]), bias: sd['0.bias'] })).toThrow(
      "parameter 'weight': expected shape [3, 2], found [2, 3] in the PyTorch state_dict",
    );
    tf.dispose([...Object.values(sd), ...Object.values(mapped)]);
    lin.dispose();
  });
});

it('keeps node:fs out of the browser paths (no static node: imports outside tests)', async () => {
  const dir = new URL('./', import.meta.url);
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    const src = readFileSync(new URL(f, dir), 'utf8');
    expect(src, f).not.toMatch(/^\s*import\s[^;]*from\s+['"](node:)?(fs|path|fs\/promises)['"]/m);
    expect(src, f).not.toMatch(/(?<!typeof )import\(\s*['"]node:/);
  }
});

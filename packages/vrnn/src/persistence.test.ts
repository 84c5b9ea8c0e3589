import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose } from '@probseq/testing';
import { afterAll, expect, it } from 'vitest';

// Slow on WebGPU's software adapter; the parity and step-by-step suites cover webgpu.
const CPU_WASM = { backends: ['cpu', 'wasm'] as Array<'cpu' | 'wasm'> };
import { RNNBaseline } from './rnn-baseline';
import { VRNN } from './vrnn';

describeBackends('save and load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'probseq-vrnn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('VRNN.load rebuilds the model from the stored config; same ELBO from a folder, from bytes and over HTTP', async () => {
    const model = new VRNN({ xDim: 3, hDim: 7, zDim: 2, phiXHidden: [5], phiZHidden: [4], output: 'gmm', mixtureComponents: 2, posterior: 'smoothing', cell: 'gru', seed: 11 });
    // Move away from the seeded initialisation so that loading must really copy weights.
    for (const v of model.parameters()) v.assign(tf.tidy(() => tf.add(v, tf.randomNormal(v.shape, 0, 0.1, 'float32', 1))));
    const x = tf.randomNormal([5, 2, 3], 0, 1, 'float32', 2);
    const noise = tf.randomNormal([5, 2, 2], 0, 1, 'float32', 3);
    const before = model.elbo(x, { noise });
    const path = join(dir, 'vrnn');
    await model.save(path);
    const json = JSON.parse(readFileSync(join(path, 'model.json'), 'utf8'));
    expect(json.userDefinedMetadata.config).toMatchObject({ kind: 'vrnn', xDim: 3, hDim: 7, posterior: 'smoothing', output: 'gmm' });

    const fromDisk = await VRNN.load(path);
    expect(fromDisk.config).toEqual(model.config);
    const bytes = await VRNN.load({ modelJson: readFileSync(join(path, 'model.json')), weights: readFileSync(join(path, 'weights.bin')) });
    for (const m of [fromDisk, bytes]) {
      const after = m.elbo(x, { noise });
      expectClose(after.perSequence, before.perSequence, 0, 0);
      tf.dispose(after as never);
      m.dispose();
    }
    // The browser path: the same files fetched over HTTP (tf.io.http).
    const server = createServer((req, res) => {
      try {
        res.end(readFileSync(join(path, (req.url ?? '/').slice(1))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/model.json`;
      const overHttp = await VRNN.load(url);
      const after = overHttp.elbo(x, { noise });
      expectClose(after.perSequence, before.perSequence, 0, 0);
      tf.dispose(after as never);
      overHttp.dispose();
    } finally {
      server.close();
    }
    await expect(RNNBaseline.load(path)).rejects.toThrow(/holds a 'vrnn' model, expected 'rnn'/);
    tf.dispose([x, noise, before as never]);
    model.dispose();
  });

  it('RNNBaseline round trip, and a mismatched file names the parameter and shapes', async () => {
    const rnn = new RNNBaseline({ xDim: 2, hDim: 5, output: 'bernoulli', seed: 3 });
    const path = join(dir, 'rnn');
    await rnn.save(path);
    const back = await RNNBaseline.load(path);
    const x = tf.cast(tf.less(tf.randomUniform([4, 3, 2], 0, 1, 'float32', 1), 0.5), 'float32');
    expectClose(back.logLikelihood(x), rnn.logLikelihood(x), 0, 0);
    // Same kind, different sizes: the stored config rebuilds the right model, so tamper with the config.
    const json = JSON.parse(readFileSync(join(path, 'model.json'), 'utf8'));
    json.userDefinedMetadata.config.hDim = 6;
    await expect(RNNBaseline.load({ modelJson: json, weights: readFileSync(join(path, 'weights.bin')) })).rejects.toThrow(
      /parameter 'cell.weightHH': expected shape \[6, 24\], found \[5, 20\]/,
    );
    tf.dispose(x);
    rnn.dispose();
    back.dispose();
  });
}, CPU_WASM);

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBackends, expectClose } from '@probseq/testing';
import { Linear } from './linear';
import { loadParameters, loadTorchStateDict, readParameters } from './load-parameters';
import { MLP } from './mlp';
import { Module } from './module';
import { encodeParameters } from './parameter-artifacts';
import { saveParameters } from './save-parameters';

class Net extends Module {
  readonly encoder = this.registerModule('encoder', new MLP(3, [4], { seed: 1, outFeatures: 2 }));
  readonly head = this.registerModule('head', new Linear(2, 5, { seed: 2 }));
  readonly logScale = this.registerParameter('logScale', tf.tensor1d([0.5, -0.25]));
}

const values = async (m: Module) => Promise.all(m.namedParameters().map(async ([n, v]) => [n, Array.from(await v.data())] as const));
const fixtureDir = new URL('../test/fixtures/torch-mlp/', import.meta.url);
let dir = '';
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'probseq-nn-'));
  server = createServer((req, res) => {
    try {
      const body = readFileSync(join(dir, decodeURIComponent((req.url ?? '/').slice(1))));
      res.writeHead(200, { 'content-type': req.url?.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describeBackends('saveParameters / loadParameters', (backend) => {
  it('round-trips through model.json + weights.bin with the config, atomically', async () => {
    const a = new Net();
    const target = join(dir, backend, 'run1');
    const config = { hDim: 4, cell: 'lstm', nested: { list: [1, 2] } };
    await saveParameters(a, target, { config });
    expect(readdirSync(target).sort()).toEqual(['model.json', 'weights.bin']);
    const json = JSON.parse(readFileSync(join(target, 'model.json'), 'utf8'));
    expect(json.format).toBe('probseq-parameters');
    expect(json.userDefinedMetadata).toEqual({ config });
    expect(json.weightsManifest[0].paths).toEqual(['weights.bin']);
    expect(json.weightsManifest[0].weights.map((w: { name: string }) => w.name)).toEqual(a.namedParameters().map(([n]) => n));
    expect(readFileSync(join(target, 'weights.bin')).byteLength).toBe(a.numParams() * 4);

    // Overwrite in place: no temporary files are left.
    await saveParameters(a, join(target, 'model.json'), { config });
    expect(readdirSync(target).sort()).toEqual(['model.json', 'weights.bin']);

    const b = new Net();
    b.getParameter('logScale').assign(tf.zeros([2]));
    expect((await values(b))).not.toEqual((await values(a)));
    const before = tf.memory().numTensors;
    const { config: loaded } = await loadParameters(b, target);
    expect(tf.memory().numTensors).toBe(before);
    expect(loaded).toEqual(config);
    expect((await values(b))).toEqual((await values(a)));
    a.dispose();
    b.dispose();
  });

  it('loads from ArrayBuffers and from a URL (the browser paths)', async () => {
    const a = new Net();
    const { modelJson, weights } = await encodeParameters(a, { config: { k: 1 } });
    const b = new Net();
    const text = new TextEncoder().encode(JSON.stringify(modelJson));
    expect((await loadParameters(b, { modelJson: text, weights })).config).toEqual({ k: 1 });
    expect((await values(b))).toEqual((await values(a)));

    await saveParameters(a, join(dir, `${backend}-http`), { config: { k: 2 } });
    const c = new Net();
    const res = await loadParameters(c, `${baseUrl}/${backend}-http/model.json`);
    expect(res.config).toEqual({ k: 2 });
    expect((await values(c))).toEqual((await values(a)));
    [a, b, c].forEach((m) => m.dispose());
  });

  it('reports mismatched names and shapes with the expected and found shapes, and assigns nothing', async () => {
    const a = new Net();
    const target = join(dir, backend, 'mismatch');
    await saveParameters(a, target);
    class Wider extends Module {
      readonly encoder = this.registerModule('encoder', new MLP(3, [4], { seed: 1, outFeatures: 2 }));
      readonly head = this.registerModule('head', new Linear(2, 6, { seed: 2 }));
      readonly logScale = this.registerParameter('logScale', tf.tensor1d([0.5, -0.25]));
    }
    const w = new Wider();
    const snapshot = await values(w);
    await expect(loadParameters(w, target)).rejects.toThrow(
      `parameter 'head.weight': expected shape [2, 6], found [2, 5] in ${join(target, 'model.json')}`,
    );
    expect((await values(w))).toEqual(snapshot);
    class Renamed extends Module {
      readonly enc = this.registerModule('enc', new MLP(3, [4], { seed: 1, outFeatures: 2 }));
    }
    const r = new Renamed();
    const err = await loadParameters(r, target).catch((e: Error) => e.message);
    expect(err).toContain("missing parameter 'enc.layers.0.weight' (expected shape [3, 4])");
    expect(err).toContain("unexpected tensor 'head.bias' (shape [5])");
    // Non-strict loading assigns what matches and ignores the rest.
    const partial = new Net();
    partial.registerModule('extra', new Linear(1, 1, { seed: 0 }));
    await loadParameters(partial, target, { strict: false });
    expect((await values(partial)).slice(0, -2)).toEqual((await values(a)));
    [a, w, r, partial].forEach((m) => m.dispose());
  });

  it('rejects broken files with the file name', async () => {
    const a = new Net();
    const target = join(dir, backend, 'broken');
    await saveParameters(a, target);
    writeFileSync(join(target, 'weights.bin'), new Uint8Array(12));
    await expect(loadParameters(a, target)).rejects.toThrow(
      `${join(target, 'model.json')}: the manifest describes ${a.numParams() * 4} bytes of weights, found 12`,
    );
    await expect(loadParameters(a, join(dir, 'nope'))).rejects.toThrow(`no such file or folder '${join(dir, 'nope')}'`);
    await expect(loadParameters(a, { modelJson: '{}', weights: new ArrayBuffer(0) })).rejects.toThrow(
      "modelJson: expected a tfjs model.json with a 'weightsManifest' list",
    );
    await expect(loadParameters(a, fileURLPath(fixtureDir))).rejects.toThrow(/holds a PyTorch state_dict; use loadTorchStateDict/);
    a.dispose();
  });

  it('imports a PyTorch state_dict exported by scripts/export-state-dict.py', async () => {
    const expected = JSON.parse(readFileSync(new URL('expected.json', fixtureDir), 'utf8')) as { x: number[][]; y: number[][] };
    const read = await readParameters(fileURLPath(fixtureDir));
    const cfg = read.config as { inFeatures: number; hiddenSizes: number[]; activation: ['tanh', 'relu']; outFeatures: number };
    tf.dispose(Object.values(read.tensors));
    const mlp = new MLP(cfg.inFeatures, cfg.hiddenSizes, { activation: cfg.activation, outFeatures: cfg.outFeatures, seed: 0 });
    const rename = { '0.weight': 'layers.0.weight', '0.bias': 'layers.0.bias', '2.weight': 'layers.1.weight', '2.bias': 'layers.1.bias', '4.weight': 'layers.2.weight', '4.bias': 'layers.2.bias' };
    await expect(loadTorchStateDict(mlp, fileURLPath(fixtureDir))).rejects.toThrow(/missing parameter 'layers.0.weight' \(expected shape \[3, 6\]\)/);
    const { config } = await loadTorchStateDict(mlp, fileURLPath(fixtureDir), { rename });
    expect(config).toEqual(cfg);
    const x = tf.tensor2d(expected.x);
    expectClose(await (mlp.apply(x)).data(), expected.y, 1e-5);
    x.dispose();
    mlp.dispose();
  });
});

function fileURLPath(u: URL): string {
  return decodeURIComponent(u.pathname);
}

/**
 * Measurements for the VRNN README: VRNN vs RNN-Gauss (and RNN-GMM) on the multimodal synthetic data,
 * and the filtering vs smoothing posterior on the synthetic data and on JSB Chorales.
 *
 *   cd packages/vrnn
 *   pnpm --filter @probseq/backend build        # once: the backend bundle registers tfjs gradients
 *   npx tsx --tsconfig scripts/tsconfig.json scripts/compare.ts [--only synthetic|jsb] [--quick]
 *
 * Writes results/compare.json (compare-<only>.json with --only, compare-quick.json with --quick) and the .svg
 * beside it. Runs on the WASM backend (1 thread in Node).
 * Test figures are nats per time step: the importance-sampled log-likelihood estimate (log-mean-exp of
 * K importance weights) and the ELBO, each summed over all test steps and divided by their number.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { setBackend } from '@probseq/backend';
import { batchOrder, generateSynthetic, padBatch, parsePianoRoll } from '@probseq/data';
import { clipByGlobalNorm } from '@probseq/nn';
import { RNNBaseline, VRNN, type RNNOptions, type VRNNOptions } from '@probseq/vrnn';

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, '..', 'results');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : 'all';
const quick = args.includes('--quick');

type Model = VRNN | RNNBaseline;
type Seqs = number[][][];

interface Run {
  id: string;
  dataset: string;
  model: 'VRNN' | 'RNN';
  posterior: 'filtering' | 'smoothing' | null;
  output: string;
  params: number;
  trainSteps: number;
  batchSize: number;
  trainSeconds: number;
  /** [update, training objective per step (nats, batch estimate, smoothed; β-weighted KL during warm-up)] */
  curve: Array<[number, number]>;
  test: { sequences: number; steps: number; samples: number; elboPerStep: number; llPerStep: number };
  note?: string;
}

const log = (s: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

function steps(seqs: Seqs): number {
  return seqs.reduce((s, q) => s + q.length, 0);
}

/** Adam with gradient clipping at global norm 10, bucketed batches; returns the ELBO curve. */
function train(
  model: Model,
  data: Seqs,
  dims: number,
  opts: { updates: number; batchSize: number; lr: number; seed: number; vars?: tf.Variable[]; maxSteps?: number; klWarmup?: number },
): { curve: Array<[number, number]>; seconds: number } {
  model.checkFinite = false;
  const opt = tf.train.adam(opts.lr);
  const vars = opts.vars ?? model.trainableParameters();
  const lengths = data.map((s) => s.length);
  let order: number[][] = [];
  let epoch = 0;
  const curve: Array<[number, number]> = [];
  let ema: number | null = null;
  const t0 = performance.now();
  for (let u = 1; u <= opts.updates; u++) {
    if (order.length === 0) order = batchOrder(lengths, { batchSize: opts.batchSize, seed: opts.seed * 1000 + epoch++ });
    const idx = order.shift() as number[];
    const batch = padBatch(idx.map((i) => data[i]), dims, opts.maxSteps);
    const realSteps = batch.lengths.reduce((a, b) => a + b, 0);
    // KL warm-up: the KL terms are weighted by β rising linearly from 0.2 to 1 over the first
    // `klWarmup` updates (a common guard against an unused latent early on); β = 1 afterwards.
    const beta = opts.klWarmup ? Math.min(1, 0.2 + (0.8 * u) / opts.klWarmup) : 1;
    const seed = opts.seed * 7 + u;
    const objective = (): tf.Scalar => {
      if (beta >= 1 || !(model instanceof VRNN)) return model.loss(batch.x, { mask: batch.mask, seed });
      const e = model.elbo(batch.x, { mask: batch.mask, seed });
      return tf.div(tf.sum(tf.add(tf.mul(e.kl, beta), e.nll)), idx.length) as tf.Scalar;
    };
    const lossValue = tf.tidy(() => {
      const { value, grads } = tf.variableGrads(objective, vars);
      const clipped = clipByGlobalNorm(grads, 10);
      opt.applyGradients(clipped.grads as tf.NamedTensorMap as never);
      return value;
    });
    const perStep = -(lossValue.dataSync()[0] * idx.length) / realSteps;
    lossValue.dispose();
    tf.dispose([batch.x, batch.mask]);
    ema = ema === null ? perStep : 0.9 * ema + 0.1 * perStep;
    if (u % 10 === 0 || u === opts.updates) curve.push([u, Number(ema.toFixed(4))]);
    if (u % 50 === 0) log(`  update ${u}/${opts.updates}: train ELBO ${ema.toFixed(3)} nats/step`);
  }
  opt.dispose();
  return { curve, seconds: (performance.now() - t0) / 1000 };
}

/** Test ELBO and importance-sampled log-likelihood, nats per step, over all sequences in batches. */
function evaluate(model: Model, data: Seqs, dims: number, samples: number, batchSize: number): Run['test'] {
  let elbo = 0;
  let ll = 0;
  for (let i = 0; i < data.length; i += batchSize) {
    const batch = padBatch(data.slice(i, i + batchSize), dims);
    const e = model.elbo(batch.x, { mask: batch.mask, seed: 1000 + i });
    elbo += tf.tidy(() => tf.sum(e.perSequence).dataSync()[0]);
    tf.dispose(e as unknown as tf.TensorContainer);
    const l = model.logLikelihood(batch.x, { mask: batch.mask, samples, seed: 2000 + i });
    ll += tf.tidy(() => tf.sum(l).dataSync()[0]);
    tf.dispose([l, batch.x, batch.mask]);
  }
  const n = steps(data);
  return { sequences: data.length, steps: n, samples, elboPerStep: elbo / n, llPerStep: ll / n };
}

function runOne(
  id: string,
  dataset: string,
  build: () => Model,
  trainData: Seqs,
  testData: Seqs,
  dims: number,
  t: { updates: number; batchSize: number; lr: number; samples: number; evalBatch: number; maxSteps?: number; klWarmup?: number },
  keep?: (m: Model) => void,
): Run {
  const model = build();
  log(`${id}: ${model.numParams()} parameters, ${t.updates} updates`);
  const { curve, seconds } = train(model, trainData, dims, { ...t, seed: 1 });
  const test = evaluate(model, testData, dims, t.samples, t.evalBatch);
  log(`${id}: test LL ${test.llPerStep.toFixed(3)}, ELBO ${test.elboPerStep.toFixed(3)} nats/step (${seconds.toFixed(0)} s training)`);
  const isV = model instanceof VRNN;
  const run: Run = {
    id,
    dataset,
    model: isV ? 'VRNN' : 'RNN',
    posterior: isV ? model.config.posterior : null,
    output: model.config.output,
    params: model.numParams(),
    trainSteps: t.updates,
    batchSize: t.batchSize,
    trainSeconds: Number(seconds.toFixed(1)),
    curve,
    test,
  };
  if (keep) keep(model);
  else model.dispose();
  return run;
}

/**
 * Same generative model, two posterior families: the trained filtering VRNN's generative weights are
 * copied into a smoothing VRNN, and then only the encoder (and the backward RNN) is trained, for both
 * the filtering and the smoothing copy, for the same number of updates. The ELBO difference is then
 * the difference of the variational gaps KL(q ‖ p(z|x)) alone.
 */
function posteriorOnly(
  dataset: string,
  filt: VRNN,
  trainData: Seqs,
  testData: Seqs,
  dims: number,
  t: { updates: number; refit: number; batchSize: number; lr: number; samples: number; evalBatch: number; maxSteps?: number },
): Run[] {
  const base = filt.config;
  const smooth = new VRNN({ ...base, posterior: 'smoothing' });
  const generative = (name: string) => !name.startsWith('encoder.') && !name.startsWith('backward.');
  const fp = new Map(filt.namedParameters());
  for (const [name, v] of smooth.namedParameters()) {
    if (generative(name)) v.assign(fp.get(name) as tf.Variable);
    else if (name.startsWith('encoder.') && name !== 'encoder.layers.0.weight') v.assign(fp.get(name) as tf.Variable);
  }
  // Warm start: the smoothing encoder's first layer reads [φx, a, h]; copy the filtering rows for φx and h
  // and zero the rows for a, so the smoothing q starts equal to the trained filtering q.
  const w0 = fp.get('encoder.layers.0.weight') as tf.Variable;
  const mx = filt.phiX.outFeatures;
  const A = base.smoothingHidden;
  tf.tidy(() => {
    const E = w0.shape[1] as number;
    smooth.getParameter('encoder.layers.0.weight').assign(
      tf.concat([tf.slice(w0, [0, 0], [mx, E]), tf.zeros([A, E]), tf.slice(w0, [mx, 0], [base.hDim, E])], 0),
    );
  });
  const out: Run[] = [];
  for (const [label, model] of [['filtering', filt], ['smoothing', smooth]] as const) {
    const vars = model.namedParameters().filter(([n]) => !generative(n)).map(([, v]) => v);
    log(`${dataset}/fixed-p: refitting the ${label} encoder only (${t.refit} updates)`);
    const { curve, seconds } = train(model, trainData, dims, { ...t, updates: t.refit, vars, seed: 3, klWarmup: 0 });
    const test = evaluate(model, testData, dims, t.samples, t.evalBatch);
    log(`${dataset}/fixed-p ${label}: test LL ${test.llPerStep.toFixed(3)}, ELBO ${test.elboPerStep.toFixed(3)} nats/step`);
    out.push({
      id: `${dataset}/fixed-p/vrnn-${label}`,
      dataset,
      model: 'VRNN',
      posterior: label,
      output: model.config.output,
      params: model.numParams(),
      trainSteps: t.updates + t.refit,
      batchSize: t.batchSize,
      trainSeconds: Number(seconds.toFixed(1)),
      curve,
      test,
      note: `generative model of the filtering VRNN after ${t.updates} updates, frozen; only q refitted for ${t.refit} updates (the smoothing q warm-started from the filtering q, its a_t weights at 0)`,
    });
  }
  filt.dispose();
  smooth.dispose();
  return out;
}

function synthetic(): Run[] {
  const S = quick ? 0.1 : 1;
  const data = generateSynthetic('multimodal', { sequences: 640, steps: 32, seed: 1 });
  const trainData = data.sequences.slice(0, 512);
  const testData = data.sequences.slice(512);
  const t = { updates: Math.round(400 * S), batchSize: 32, lr: 3e-3, samples: quick ? 10 : 100, evalBatch: 64, klWarmup: Math.round(150 * S) };
  const vcfg: VRNNOptions = {
    xDim: 2, hDim: 64, zDim: 4, phiXHidden: [32], phiZHidden: [32], priorHidden: [64], encoderHidden: [64], decoderHidden: [64], seed: 1,
  };
  const rcfg: RNNOptions = { xDim: 2, hDim: 64, phiXHidden: [32], decoderHidden: [64], seed: 1 };
  let filtering: VRNN | null = null;
  const runs = [
    runOne('synthetic/vrnn-filtering', 'multimodal', () => new VRNN({ ...vcfg, posterior: 'filtering' }), trainData, testData, 2, t, (m) => {
      filtering = m as VRNN;
    }),
    runOne('synthetic/vrnn-smoothing', 'multimodal', () => new VRNN({ ...vcfg, posterior: 'smoothing' }), trainData, testData, 2, t),
    runOne('synthetic/rnn-gauss', 'multimodal', () => new RNNBaseline({ ...rcfg, output: 'gaussian' }), trainData, testData, 2, t),
    runOne('synthetic/rnn-gmm', 'multimodal', () => new RNNBaseline({ ...rcfg, output: 'gmm', mixtureComponents: 4 }), trainData, testData, 2, t),
  ];
  const filt = filtering as unknown as VRNN;
  runs.push(...posteriorOnly('multimodal', filt, trainData, testData, 2, { ...t, refit: Math.round(150 * S) }));
  filt.dispose();
  return runs;
}

function jsb(): Run[] {
  const S = quick ? 0.1 : 1;
  const path = join(here, '..', '..', '..', '..', 'shared', 'data', 'jsb-chorales.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    log(`JSB Chorales not found at ${path}; skipping`);
    return [];
  }
  const ds = parsePianoRoll(JSON.parse(text), path);
  const t = { updates: Math.round(250 * S), batchSize: 16, lr: 3e-3, samples: quick ? 4 : 20, evalBatch: 16, maxSteps: 64, klWarmup: Math.round(80 * S) };
  const cfg: VRNNOptions = {
    xDim: ds.dims, hDim: 64, zDim: 16, phiXHidden: [64], phiZHidden: [64], priorHidden: [64], encoderHidden: [64], decoderHidden: [64],
    output: 'bernoulli', seed: 1,
  };
  let filtering: VRNN | null = null;
  const runs = [
    runOne('jsb/vrnn-filtering', 'jsb-chorales', () => new VRNN({ ...cfg, posterior: 'filtering' }), ds.splits.train, ds.splits.test, ds.dims, t, (m) => {
      filtering = m as VRNN;
    }),
    runOne('jsb/vrnn-smoothing', 'jsb-chorales', () => new VRNN({ ...cfg, posterior: 'smoothing' }), ds.splits.train, ds.splits.test, ds.dims, t),
    runOne('jsb/rnn-bernoulli', 'jsb-chorales', () => new RNNBaseline({ xDim: ds.dims, hDim: 64, phiXHidden: [64], decoderHidden: [64], output: 'bernoulli', seed: 1 }), ds.splits.train, ds.splits.test, ds.dims, t),
  ];
  const filt = filtering as unknown as VRNN;
  runs.push(...posteriorOnly('jsb-chorales', filt, ds.splits.train, ds.splits.test, ds.dims, { ...t, refit: Math.round(100 * S) }));
  filt.dispose();
  return runs;
}

// ---------------------------------------------------------------------------------------------- SVG

function svgPlot(runs: Run[]): string {
  const groups = [...new Set(runs.map((r) => r.dataset + (r.id.includes('fixed-p') ? ' (fixed p, q refitted)' : '')))];
  const W = 760;
  const rowH = 34;
  const pad = 12;
  const colors = { ll: '#2b6cb0', elbo: '#dd6b20' };
  let y = 40;
  const parts: string[] = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  parts.push(`<text x="${pad}" y="22" font-size="15" font-weight="bold">Test nats per step (higher is better): importance-sampled log-likelihood and ELBO</text>`);
  for (const g of groups) {
    const rs = runs.filter((r) => r.dataset + (r.id.includes('fixed-p') ? ' (fixed p, q refitted)' : '') === g);
    const vals = rs.flatMap((r) => [r.test.llPerStep, r.test.elboPerStep]);
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    const span = hi - lo || 1;
    const x0 = 230;
    const x1 = W - 90;
    const scale = (v: number) => x0 + ((v - (lo - 0.15 * span)) / (1.15 * span + 1e-9)) * (x1 - x0);
    parts.push(`<text x="${pad}" y="${y + 14}" font-size="13" font-weight="bold">${esc(g)}</text>`);
    y += 22;
    for (const r of rs) {
      const name = r.id.split('/').pop() as string;
      parts.push(`<text x="${pad}" y="${y + 13}" font-size="12">${esc(name)}</text>`);
      for (const [k, v, dy] of [['ll', r.test.llPerStep, 0], ['elbo', r.test.elboPerStep, 13]] as const) {
        const w = Math.max(1, scale(v) - x0);
        parts.push(`<rect x="${x0}" y="${y + dy}" width="${w.toFixed(1)}" height="11" fill="${colors[k]}"/>`);
        parts.push(`<text x="${(x0 + w + 4).toFixed(1)}" y="${y + dy + 10}" font-size="11">${v.toFixed(3)}</text>`);
      }
      y += rowH;
    }
    y += 10;
  }
  parts.push(`<rect x="${pad}" y="${y}" width="11" height="11" fill="${colors.ll}"/><text x="${pad + 16}" y="${y + 10}" font-size="12">log-likelihood (IWAE estimate)</text>`);
  parts.push(`<rect x="${pad + 230}" y="${y}" width="11" height="11" fill="${colors.elbo}"/><text x="${pad + 246}" y="${y + 10}" font-size="12">ELBO</text>`);
  parts.push(`<text x="${pad + 330}" y="${y + 10}" font-size="11" fill="#555">bars start at an axis offset per group; values are printed</text>`);
  y += 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`;
}

// --------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const info = await setBackend('wasm');
  log(`backend ${info.name} (simd ${info.simd}, threads ${info.threads})${quick ? ', QUICK run' : ''}`);
  const t0 = performance.now();
  const runs: Run[] = [];
  if (only === 'all' || only === 'synthetic') runs.push(...synthetic());
  if (only === 'all' || only === 'jsb') runs.push(...jsb());
  const by = (id: string) => runs.find((r) => r.id === id)?.test;
  const diff = (a: string, b: string) => {
    const x = by(a);
    const y = by(b);
    return x && y ? { llPerStep: x.llPerStep - y.llPerStep, elboPerStep: x.elboPerStep - y.elboPerStep } : null;
  };
  const outFile = join(resultsDir, quick ? 'compare-quick.json' : only === 'all' ? 'compare.json' : `compare-${only}.json`);
  const results = {
    generatedAt: new Date().toISOString(),
    command: `npx tsx --tsconfig scripts/tsconfig.json scripts/compare.ts${args.length ? ` ${args.join(' ')}` : ''}`,
    backend: 'wasm (SIMD, 1 thread, Node)',
    node: process.version,
    totalSeconds: Number(((performance.now() - t0) / 1000).toFixed(0)),
    units: 'nats per time step on the test split (sum over all test steps / number of steps); higher is better',
    comparisons: {
      syntheticVrnnMinusRnnGauss: diff('synthetic/vrnn-filtering', 'synthetic/rnn-gauss'),
      syntheticSmoothingMinusFiltering: diff('synthetic/vrnn-smoothing', 'synthetic/vrnn-filtering'),
      syntheticFixedPSmoothingMinusFiltering: diff('multimodal/fixed-p/vrnn-smoothing', 'multimodal/fixed-p/vrnn-filtering'),
      jsbSmoothingMinusFiltering: diff('jsb/vrnn-smoothing', 'jsb/vrnn-filtering'),
      jsbVrnnMinusRnn: diff('jsb/vrnn-filtering', 'jsb/rnn-bernoulli'),
      jsbFixedPSmoothingMinusFiltering: diff('jsb-chorales/fixed-p/vrnn-smoothing', 'jsb-chorales/fixed-p/vrnn-filtering'),
    },
    runs,
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(outFile.replace(/\.json$/, '.svg'), svgPlot(runs));
  log(`wrote ${outFile} and the .svg beside it`);
  for (const r of runs) log(`${r.id.padEnd(36)} LL ${r.test.llPerStep.toFixed(3)}  ELBO ${r.test.elboPerStep.toFixed(3)}`);
  log(JSON.stringify(results.comparisons));
}

await main();

// Trains the small model the sampling example ships (public/models/strokes/): a VRNN with a
// mixture output on the 'strokes' synthetic data of @probseq/data, saved with VRNN.save in the tfjs
// weights-manifest format (summary in models/strokes-training.json). Run: pnpm --filter @probseq/docs run train-pretrained
import { mkdirSync, writeFileSync } from 'node:fs';
import { setBackend } from '@probseq/backend';
import { createRng, generateSynthetic, padBatch } from '@probseq/data';
import { clipByGlobalNorm } from '@probseq/nn';
import { VRNN, type VRNNOptions } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';

const STEPS = Number(process.env.STEPS ?? 600);
const BATCH = 32;
const SEQ_LEN = 48;
const out = new URL('../public/models/strokes/', import.meta.url);

const backend = await setBackend('wasm');
const train = generateSynthetic('strokes', { sequences: 2048, steps: SEQ_LEN, seed: 0 });
const heldOut = generateSynthetic('strokes', { sequences: 128, steps: SEQ_LEN, seed: 1 });
const config: VRNNOptions = {
  xDim: train.dims,
  hDim: 64,
  zDim: 8,
  phiXHidden: [64],
  phiZHidden: [64],
  priorHidden: [64],
  encoderHidden: [64],
  decoderHidden: [64],
  cell: 'lstm',
  output: 'gmm',
  mixtureComponents: 3,
  posterior: 'filtering',
  seed: 0,
};
const model = new VRNN(config);
const optimizer: tf.Optimizer = tf.train.adam(3e-3);
const rng = createRng(2);
const curve: Array<[number, number]> = [];
const t0 = Date.now();
let recent = 0;
for (let step = 1; step <= STEPS; step++) {
  const rows = Array.from({ length: BATCH }, () => train.sequences[rng.int(train.sequences.length)]);
  const { x, mask } = padBatch(rows, train.dims);
  const loss = tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => model.loss(x, { mask }), model.trainableParameters());
    optimizer.applyGradients(clipByGlobalNorm(grads, 10).grads);
    return value;
  });
  recent += (await loss.data())[0];
  tf.dispose([x, mask, loss]);
  if (step % 20 === 0) {
    curve.push([step, recent / 20]);
    console.log(
      `step ${step}: −ELBO ${(recent / 20).toFixed(2)} nats/sequence (${((Date.now() - t0) / step).toFixed(0)} ms/step)`,
    );
    recent = 0;
  }
}
const seconds = (Date.now() - t0) / 1000;

const held = padBatch(heldOut.sequences, heldOut.dims);
const elbo = model.elbo(held.x, { mask: held.mask, seed: 3 });
const heldOutElbo = (await elbo.total.data())[0];
const ll = model.logLikelihood(held.x, { mask: held.mask, samples: 50, seed: 4 });
const heldOutLogLikelihood = (await tf.mean(ll).data())[0];

mkdirSync(out, { recursive: true });
await model.save(out.pathname);
writeFileSync(
  new URL('../models/strokes-training.json', import.meta.url),
  `${JSON.stringify(
    {
      dataset: 'strokes',
      config,
      steps: STEPS,
      batch: BATCH,
      seqLen: SEQ_LEN,
      learningRate: 3e-3,
      backend: backend.name,
      seconds: Math.round(seconds),
      params: model.numParams(),
      heldOutElbo,
      heldOutLogLikelihood,
      curve,
      sampleSteps: 60,
      sampleSeed: 0,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `saved to ${out.pathname}: ${model.numParams()} parameters, held-out ELBO ${heldOutElbo.toFixed(2)}, log p(x) ≈ ${heldOutLogLikelihood.toFixed(2)} (K=50)`,
);

import { setBackend } from '@probseq/backend';
import { generateSynthetic, padBatch } from '@probseq/data';
import { clipByGlobalNorm } from '@probseq/nn';
import { VRNN } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';

await setBackend('wasm');

// 256 sequences of 32 steps of a 2-D process with four latent modes.
const { dims, sequences } = generateSynthetic('multimodal', { sequences: 256, steps: 32, seed: 0 });
const { x, mask } = padBatch(sequences.slice(0, 32), dims); // x [T, B, D], mask [T, B]

const model = new VRNN({ xDim: dims, hDim: 64, zDim: 8, cell: 'gru', output: 'gaussian', seed: 0 });
const optimizer: tf.Optimizer = tf.train.adam(1e-3);

for (let step = 0; step < 200; step++) {
  const loss = tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => model.loss(x, { mask }), model.trainableParameters());
    optimizer.applyGradients(clipByGlobalNorm(grads, 10).grads);
    return value;
  });
  if (step % 20 === 0) console.log(step, (await loss.data())[0]); // −ELBO, nats per sequence
  loss.dispose();
}

// A tighter estimate of log p(x) than the ELBO: importance sampling with K = 100.
const ll = model.logLikelihood(x, { samples: 100, mask }); // [B]
console.log('log p(x) ≈', tf.mean(ll).dataSync()[0]);
await model.save('runs/multimodal'); // model.json + weights.bin, config included

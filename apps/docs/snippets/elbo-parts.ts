import { setBackend } from '@probseq/backend';
import { VRNN } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';

await setBackend('wasm');
const model = new VRNN({
  xDim: 2,
  hDim: 32,
  zDim: 4,
  cell: 'gru',
  output: 'gaussian',
  posterior: 'filtering',
  seed: 0,
});

const x = tf.randomNormal([16, 8, 2]); // [T, B, D]
const mask = tf.ones([16, 8]); // [T, B]
const { total, perSequence, kl, nll } = model.elbo(x, { mask });
// total: scalar, mean over the batch of Σ_t (−KL_t − NLL_t)
// perSequence: [B]; kl, nll: [T, B] (0 at masked steps)
console.log(total.dataSync()[0], perSequence.shape, kl.shape, nll.shape);
tf.dispose([x, mask, total, perSequence, kl, nll]);
model.dispose();

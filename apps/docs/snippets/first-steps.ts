import { setBackend } from '@probseq/backend';
import { kl, Normal } from '@probseq/distributions';
import * as tf from '@tensorflow/tfjs-core';

await setBackend('wasm');

const value = tf.tidy(() => {
  const p = new Normal(tf.tensor1d([0, 1]), tf.tensor1d([1, 2]));
  const q = new Normal(tf.zeros([2]), tf.ones([2]));
  const x = p.sample([1000], 42); // [1000, 2]: sample shape + batch shape
  console.log('mean log p(x):', tf.mean(p.logProb(x)).dataSync()[0]);
  return kl(p, q); // [2], one KL per batch element
});
console.log('KL(p‖q):', await value.data());
value.dispose();

import { setBackend } from '@probseq/backend';
import { VAE } from '@probseq/vae';
import * as tf from '@tensorflow/tfjs-core';

await setBackend('wasm');

// A VAE on 2-D points on a ring: 200 Adam steps on −ELBO, then the bound and a few samples.
const vae = new VAE({ xDim: 2, zDim: 1, encoderHidden: [32], decoderHidden: [32], seed: 0 });
const angle = tf.randomUniform([256], 0, 2 * Math.PI, 'float32', 1);
const x = tf.stack([tf.cos(angle), tf.sin(angle)], 1); // [256, 2]
const optimizer = tf.train.adam(0.01);
for (let step = 0; step < 200; step++) {
  optimizer.minimize(() => vae.loss(x, { seed: step }), false, vae.trainableParameters());
}
const elbo = vae.elbo(x, { seed: 0 });
console.log('ELBO per point:', (await elbo.total.data())[0], 'nats');
const samples = vae.sample(4, { seed: 1 }); // [4, 2]
console.log('samples:', await samples.array());
tf.dispose([angle, x, samples, elbo.total, elbo.perExample, elbo.kl, elbo.nll]);
optimizer.dispose();
vae.dispose();

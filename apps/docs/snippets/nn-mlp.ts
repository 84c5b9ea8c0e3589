import { setBackend } from '@probseq/backend';
import { Adam, MLP } from '@probseq/nn';
import * as tf from '@tensorflow/tfjs-core';

await setBackend('wasm');

// Fit y = sin(x) on [−3, 3] with a 1 → 32 → 1 MLP (ReLU after the hidden layer) and probseq's Adam.
const mlp = new MLP(1, [32], { outFeatures: 1, seed: 0 });
const params = mlp.trainableParameters();
const adam = new Adam(params, 0.01);
const x = tf.reshape(tf.linspace(-3, 3, 64), [64, 1]);
const y = tf.sin(x);
const mseOf = () => tf.losses.meanSquaredError(y, mlp.apply(x)) as tf.Scalar;
for (let step = 0; step < 300; step++) {
  const { value, grads } = tf.variableGrads(mseOf, params);
  adam.step(params.map((p) => grads[p.name]), { maxNorm: 10 });
  tf.dispose([value, ...Object.values(grads)]);
}
const mse = mseOf();
console.log('parameters:', mlp.numParams(), 'mean squared error:', (await mse.data())[0]);
tf.dispose([x, y, mse]);
adam.dispose();
mlp.dispose();

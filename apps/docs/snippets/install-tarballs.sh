# In your project ($PROBSEQ is the path of the clone):
npm install "$PROBSEQ"/tarballs/probseq-*.tgz @tensorflow/tfjs-core@4.22.0
node --input-type=module -e "
import { setBackend } from '@probseq/backend';
import { kl, Normal } from '@probseq/distributions';
import { VRNN } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';
await setBackend('wasm');
const p = new Normal(tf.tensor1d([1]), tf.tensor1d([2]));
const q = new Normal(tf.zeros([1]), tf.ones([1]));
console.log('KL(p‖q) =', (await kl(p, q).data())[0]); // log ½ + (4 + 1)/2 − ½ ≈ 1.307
console.log('VRNN parameters:', new VRNN({ xDim: 2 }).numParams());
"

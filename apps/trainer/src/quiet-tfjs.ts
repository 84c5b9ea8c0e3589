import * as tf from '@tensorflow/tfjs-core';

// Production mode before any other module runs: no "looks like you are running TensorFlow.js in Node.js"
// banner (printed by the cpu backend's first tensor) and no other tfjs console warnings on the user's terminal.
tf.env().set('PROD', true);

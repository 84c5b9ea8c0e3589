import { setBackend } from '@probseq/backend';
import { GRUCell, LSTMCell, scan } from '@probseq/rnn';
import * as tf from '@tensorflow/tfjs-core';

await setBackend('wasm');

const cell = new LSTMCell(3, 8, { seed: 0 }); // inputSize 3, hiddenSize 8
const xs = tf.randomNormal([20, 4, 3]) as tf.Tensor3D; // [T, B, D], time-major
const mask = tf.ones([20, 4]); // [T, B]: 1 = real step

// Forward, then backward over the same inputs (as the smoothing posterior does).
const fwd = scan(cell, xs, { mask });
const bwd = scan(new GRUCell(3, 8, { seed: 1 }), xs, { mask, reverse: true });
console.log(fwd.outputs.shape, fwd.finalState.h.shape, bwd.outputs.shape); // [20,4,8] [4,8] [20,4,8]

// One step by hand: a pure function of (state, x).
const [next, h] = cell.step(cell.initialState(4), tf.zeros([4, 3]) as tf.Tensor2D);
console.log(next.c.shape, h.shape); // [4,8] [4,8]

import { createRng, generateSynthetic, padBatch } from '@probseq/data';
import * as tf from '@tensorflow/tfjs-core';

// 64 seeded sequences of 2-D points, and a padded, time-major batch of 8 of them with its mask.
const data = generateSynthetic('multimodal', { sequences: 64, steps: 20, seed: 0 });
const rng = createRng(1);
const rows = Array.from({ length: 8 }, () => data.sequences[rng.int(data.sequences.length)]);
const { x, mask } = padBatch(rows, data.dims); // x [T, B, D], mask [T, B] (1 = real step, 0 = padding)
console.log('x', x.shape, 'mask', mask.shape, 'real steps:', (await tf.sum(mask).data())[0]);
x.dispose();
mask.dispose();

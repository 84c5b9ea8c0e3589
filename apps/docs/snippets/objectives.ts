import { iwaeObjective, VRNN } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';

const model = new VRNN({ xDim: 2, zDim: 4, seed: 0 });
const x = tf.randomNormal([16, 8, 2]);

const elbo = model.loss(x); // −ELBO (the default objective), mean over the batch
const iwae8 = model.loss(x, { objective: 'iwae(8)' }); // −L_8, the importance-weighted bound
const same = model.loss(x, { objective: iwaeObjective(8) });
const fivo4 = model.loss(x, { objective: 'fivo(4)' }); // −FIVO with 4 particles (resampled when ESS < 2)
const ll = model.logLikelihood(x, { samples: 100 }); // [B], the evaluation estimate L_100
console.log(elbo.dataSync()[0], iwae8.dataSync()[0], same.dataSync()[0], fivo4.dataSync()[0], ll.shape);

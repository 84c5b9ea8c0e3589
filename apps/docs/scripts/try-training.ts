// Runs the in-page training example in Node (wasm) and prints its curve every 20 steps: the numbers
// the training page's defaults reach. Run: node scripts/run-ts.mjs scripts/try-training.ts
// (settings overridable with STEPS=, WARMUP=, LR=, ZDIM=, SEED=, POSTERIOR=, BACKEND=)
import { setBackend } from '@probseq/backend';
import { DEFAULT_SETTINGS, trainVrnn, type TrainSettings } from '../lib/train';

const env = process.env;
const settings: TrainSettings = {
  ...DEFAULT_SETTINGS,
  steps: Number(env.STEPS ?? DEFAULT_SETTINGS.steps),
  klWarmup: Number(env.WARMUP ?? DEFAULT_SETTINGS.klWarmup),
  freeBits: Number(env.FREE_BITS ?? DEFAULT_SETTINGS.freeBits),
  learningRate: Number(env.LR ?? DEFAULT_SETTINGS.learningRate),
  zDim: Number(env.ZDIM ?? DEFAULT_SETTINGS.zDim),
  seed: Number(env.SEED ?? DEFAULT_SETTINGS.seed),
  posterior: (env.POSTERIOR ?? DEFAULT_SETTINGS.posterior) as TrainSettings['posterior'],
};
const info = await setBackend((env.BACKEND ?? 'wasm') as 'wasm');
console.log(`backend ${info.name}; settings ${JSON.stringify(settings)}`);
const t0 = Date.now();
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
let window: { loss: number; kl: number; rnn: number }[] = [];
const result = await trainVrnn(settings, (s) => {
  window.push(s);
  if (s.step % 20 === 0) {
    console.log(
      `step ${s.step}: VRNN −ELBO ${mean(window.map((w) => w.loss)).toFixed(2)} (KL ${mean(window.map((w) => w.kl)).toFixed(2)}, β ${s.beta.toFixed(2)}) · RNN −log p ${mean(window.map((w) => w.rnn)).toFixed(2)} · ${s.ms.toFixed(0)} ms`,
    );
    window = [];
  }
});
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s; samples ${result.samples.vrnn.length}`);

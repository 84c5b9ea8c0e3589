import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, setBackend } from '@probseq/backend';
import { VRNN } from '@probseq/vrnn';
async function main() {
  await setBackend('wasm', { kernels: { threads: 2, guard: false } } as never);
  const model = new VRNN({ xDim: 88, hDim: 128, zDim: 32, phiXHidden: [128], phiZHidden: [128], priorHidden: [128], encoderHidden: [128], decoderHidden: [128], output: 'bernoulli' });
  const e = getKernelEngine() as any;
  const orig = e.watch.bind(e);
  let wall = 0, slept = 0, calls = 0;
  e.watch = (w: number, s: number) => { wall += w; slept += s; calls++; orig(w, s); };
  for (let i = 0; i < 5; i++) tf.dispose(model.sample({ steps: 64, batch: 16, seed: i }));
  wall = slept = calls = 0;
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) tf.dispose(model.sample({ steps: 64, batch: 16, seed: i }));
  const tot = (performance.now() - t0) / 100;
  console.log('ms/sample', tot.toFixed(2), 'together+gemm wall', (wall / 100).toFixed(2), 'slept', (slept / 100).toFixed(3), 'calls/sample', calls / 100);
}
main();

// Per-kernel CPU-time profile of one benchmark step: CFG=small|medium MODE=train|eval|sample VARIANT=filtering BE=wasm TOP=25 pnpm bench:profile
import * as tf from '@tensorflow/tfjs-core';
import { setBackend } from '@probseq/backend';
import { vrnnModel } from './vrnn-model';
import { getConfig } from './configs';
import { getVariant } from './variants';
(async () => {
  await setBackend((process.env.BE ?? 'wasm') as 'wasm');
  const c = getConfig(process.env.CFG ?? 'small');
  const m = vrnnModel(c, getVariant(process.env.VARIANT ?? 'filtering'));
  const mode = process.env.MODE ?? 'train';
  const step = () => (mode === 'train' ? m.trainStep() : mode === 'eval' ? m.evalStep() : m.sampleStep());
  step(); step();
  const be = tf.backend() as unknown as { time: (f: () => void) => Promise<{ kernelMs: number }> };
  be.time = async (f) => { const s = performance.now(); f(); return { kernelMs: performance.now() - s }; };
  const info = await tf.profile(() => { step(); });
  const agg = new Map<string, { n: number; ms: number }>();
  for (const k of info.kernels) {
    const key = k.name + ' ' + JSON.stringify(k.inputShapes);
    const a = agg.get(key) ?? { n: 0, ms: 0 };
    a.n++; a.ms += Number(k.kernelTimeMs);
    agg.set(key, a);
  }
  const rows = [...agg.entries()].sort((a, b) => b[1].ms - a[1].ms);
  console.log('kernels', info.kernels.length, 'total kernel ms', info.kernels.reduce((s, k) => s + Number(k.kernelTimeMs), 0).toFixed(1));
  for (const [k, v] of rows.slice(0, Number(process.env.TOP ?? 25))) console.log(v.n, v.ms.toFixed(2), k.slice(0, 150));
  const t0 = process.cpuUsage(); step(); const d = process.cpuUsage(t0); console.log('cpu ms unprofiled', (d.user + d.system) / 1000);
})();

// A/B of implementations in one process, alternating, by CPU time (robust on a shared machine):
// IMPLS=vrnn,standalone,standalone-tape MODE=train|eval|sample CFG=small R=5 pnpm --filter @probseq/bench bench:ab
import * as tf from '@tensorflow/tfjs-core';
import { setBackend } from '@probseq/backend';
import { makeModel } from './cli';
import { getConfig } from './configs';
(async () => {
  await setBackend((process.env.BE ?? 'wasm') as 'wasm');
  const c = getConfig(process.env.CFG ?? 'small');
  const impls = (process.env.IMPLS ?? 'standalone,standalone-tape').split(',');
  const mode = process.env.MODE ?? 'train';
  const models = impls.map((i) => makeModel(i, c));
  const step = (m: (typeof models)[0]) => (mode === 'train' ? m.trainStep() : mode === 'eval' ? m.evalStep() : m.sampleStep());
  for (const m of models) { step(m); step(m); }
  const times: number[][] = impls.map(() => []);
  for (let r = 0; r < Number(process.env.R ?? 5); r++) {
    models.forEach((m, i) => { const t0 = process.cpuUsage(); step(m); const d = process.cpuUsage(t0); times[i].push((d.user + d.system) / 1000); });
  }
  const med = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1];
  impls.forEach((n, i) => console.log(n, mode, 'median cpu ms', med(times[i]).toFixed(1), 'ratio to first', (med(times[i]) / med(times[0])).toFixed(2)));
})();

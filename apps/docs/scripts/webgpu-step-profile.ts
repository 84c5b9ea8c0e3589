// Times training steps of the docs' training example (lib/train.ts) on tfjs-backend-webgpu in Node (Dawn over
// SwiftShader when there is no GPU), with the backend in this thread as in a browser, and counts what each step
// costs: kernels (and how many ran on the CPU through WEBGPU_CPU_FORWARD), GPU dispatches, pipeline compilations,
// queue submits and reads back to the CPU.
//
//   node scripts/run-ts.mjs scripts/webgpu-step-profile.ts [steps] [key=value …]
//
// key=value sets a TrainSettings field (batch=16 seqLen=16 hDim=32 zDim=4 …) or, when it is in capitals, a tfjs
// flag (WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE=15, WEBGPU_CPU_FORWARD=false, …). PROFILE=1 adds each kernel's GPU time
// (timestamp queries) in the last step; TUNE=0 leaves out the flags setBackend sets for a software adapter.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

process.env.VK_ICD_FILENAMES ??= '/usr/lib/chromium/vk_swiftshader_icd.json';
const req = createRequire(new URL('../../../packages/backend/package.json', import.meta.url));
const wg = (await import(pathToFileURL(req.resolve('webgpu')).href)) as {
  create(o: string[]): unknown;
  globals: Record<string, unknown>;
};
Object.assign(globalThis, wg.globals);
Object.defineProperty(globalThis, 'navigator', { value: { gpu: wg.create([]) }, configurable: true, writable: true });

const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-core/dist/register_all_gradients');
await import('@tensorflow/tfjs-backend-webgpu');
const { createRng, generateSynthetic, padBatch } = await import('@probseq/data');
const { RNNBaseline, VRNN } = await import('@probseq/vrnn');
const { DEFAULT_SETTINGS, klWeight, rnnStep, vrnnStep } = await import('../lib/train');
// The flags @probseq/backend's setBackend sets for a software adapter (TUNE=0: tfjs's defaults).
const { applyWebGPUFlags, webgpuFlagsFor } = await import('../../../packages/backend/src/webgpu-tuning');
if (process.env.TUNE !== '0') applyWebGPUFlags(tf.env(), webgpuFlagsFor({ software: true }));

const args = process.argv.slice(3);
const steps = Number(args.find((a) => !a.includes('=')) ?? 4);
const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
for (const a of args.filter((a) => a.includes('='))) {
  const [k, v] = a.split('=');
  const value = v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? v : Number(v);
  if (k === k.toUpperCase()) tf.env().set(k, value as never);
  else settings[k] = value;
}
if (!(await tf.setBackend('webgpu'))) throw new Error('no webgpu backend');
await tf.ready();
const backend = tf.backend() as unknown as Record<string, any>;
const device = backend.device as Record<string, any>;

type Counter = { n: number; ms: number };
const counters: Record<string, Counter> = {};
const count = (k: string, ms = 0) => {
  const c = (counters[k] ??= { n: 0, ms: 0 });
  c.n++;
  c.ms += ms;
};
const byProgram: Record<string, number> = {};
function wrap(obj: Record<string, any>, name: string, key: string, onCall?: (args: unknown[]) => void) {
  const orig = obj[name].bind(obj);
  obj[name] = (...a: unknown[]) => {
    onCall?.(a);
    const t = performance.now();
    const r = orig(...a);
    if (r instanceof Promise) {
      return r.then((v) => {
        count(key, performance.now() - t);
        return v;
      });
    }
    count(key, performance.now() - t);
    return r;
  };
}
wrap(backend, 'runWebGPUProgram', 'dispatch (record)', (a) => {
  const p = (a[0] as { constructor: { name: string } }).constructor.name;
  byProgram[p] = (byProgram[p] ?? 0) + 1;
});
wrap(device, 'createComputePipeline', 'pipeline compile (sync)');
wrap(device, 'createComputePipelineAsync', 'pipeline compile (async)');
wrap(device, 'createShaderModule', 'shader module');
wrap(backend.queue, 'submit', 'queue submit');
wrap(backend, 'read', 'read (async)');
wrap(backend, 'readSync', 'read (sync)');
wrap(backend, 'uploadToGPU', 'uploadToGPU');
const engine = tf.engine() as unknown as Record<string, any>;
wrap(engine, 'runKernel', 'kernels (runKernel)');

const { batch, seqLen, hDim, zDim, learningRate, posterior, klWarmup, freeBits, seed } = settings as unknown as typeof DEFAULT_SETTINGS;
console.log(`webgpu: ${JSON.stringify((backend.adapterInfo ?? {}).description ?? '')} settings ${JSON.stringify(settings)}`);
console.log(`flags: ${JSON.stringify(Object.fromEntries(Object.entries(tf.env().getFlags()).filter(([k]) => k.startsWith('WEBGPU') || k.startsWith('CHECK'))))}`);
const data = generateSynthetic('multimodal', { sequences: 512, steps: seqLen, seed });
const rng = createRng(seed + 1);
const hidden = [hDim];
const vrnn = new VRNN({
  xDim: data.dims, hDim, zDim, cell: 'gru', output: 'gaussian', posterior, seed,
  phiXHidden: hidden, phiZHidden: hidden, priorHidden: hidden, encoderHidden: hidden, decoderHidden: hidden,
});
const rnn = new RNNBaseline({ xDim: data.dims, hDim, cell: 'gru', output: 'gaussian', seed, phiXHidden: hidden, decoderHidden: hidden });
const vrnnOpt = tf.train.adam(learningRate);
const rnnOpt = tf.train.adam(learningRate);
console.log(`timestamp-query: ${backend.supportTimestampQuery}`);
const profileLast = process.env.PROFILE === '1';
const snapshot = () => JSON.parse(JSON.stringify(counters)) as Record<string, Counter>;
for (let step = 1; step <= steps; step++) {
  const before = snapshot();
  const progBefore = { ...byProgram };
  const t0 = performance.now();
  const rows = Array.from({ length: batch }, () => data.sequences[rng.int(data.sequences.length)]);
  const { x, mask } = padBatch(rows, data.dims);
  const beta = klWeight(step, klWarmup);
  let v!: ReturnType<typeof vrnnStep>;
  let r!: ReturnType<typeof rnnStep>;
  let t1 = 0;
  let t2 = 0;
  const run = () => {
    v = vrnnStep(vrnn, vrnnOpt, x, mask, { beta, freeBits, seed: seed * 100_003 + step });
    t1 = performance.now();
    r = rnnStep(rnn, rnnOpt, x, mask);
    t2 = performance.now();
  };
  if (profileLast && step === steps) {
    // Each kernel's GPU time from timestamp queries (one compute pass per dispatch while profiling).
    const info = await tf.profile(run);
    const agg: Record<string, { n: number; ms: number }> = {};
    let total = 0;
    for (const k of info.kernels) {
      const ms = Number(k.kernelTimeMs) || 0;
      total += ms;
      const key = /MatMul|Sum|Transpose|Unpack/.test(k.name) ? `${k.name} ${JSON.stringify(k.inputShapes)}` : k.name;
      const a = (agg[key] ??= { n: 0, ms: 0 });
      a.n++;
      a.ms += ms;
    }
    console.log(`profiled kernels: ${info.kernels.length}, GPU time ${total.toFixed(0)} ms`);
    for (const [key, a] of Object.entries(agg).sort((p, q) => q[1].ms - p[1].ms).slice(0, 40))
      console.log(`  ${key}: ${a.n} × ${(a.ms / a.n).toFixed(3)} ms = ${a.ms.toFixed(0)} ms`);
  } else run();
  const [l, k, rv] = await Promise.all([v.loss.data(), v.kl.data(), r.data()]);
  const t3 = performance.now();
  tf.dispose([x, mask, v.loss, v.kl, r]);
  const diff = Object.entries(counters)
    .map(([key, c]) => [key, c.n - (before[key]?.n ?? 0), c.ms - (before[key]?.ms ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([key, n, ms]) => `${key}: ${n} (${ms.toFixed(0)} ms)`);
  console.log(
    `step ${step}: ${(t3 - t0).toFixed(0)} ms (vrnn record ${(t1 - t0).toFixed(0)}, rnn record ${(t2 - t1).toFixed(0)}, ` +
      `wait for results ${(t3 - t2).toFixed(0)}) loss ${l[0].toFixed(3)} kl ${k[0].toFixed(3)} rnn ${rv[0].toFixed(3)} ` +
      `tensors ${tf.memory().numTensors}\n  ${diff.join('\n  ')}`,
  );
  if (step === 1 || step === steps) {
    const progs = Object.entries(byProgram)
      .map(([p, n]) => [p, n - (progBefore[p] ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]);
    console.log(`  programs: ${progs.map(([p, n]) => `${p} ${n}`).join(', ')}`);
  }
}
console.log(`pipelines cached: ${Object.keys(backend.pipelineCache).length}`);
process.exit(0);

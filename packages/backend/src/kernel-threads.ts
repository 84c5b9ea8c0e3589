/**
 * Helper threads for the kernel engine: each instantiates the kernels over the same shared memory and
 * runs the GEMM blocks it is handed. Hand-off goes through a shared Int32Array: the caller writes a
 * job's arguments and bumps a sequence number; a helper spins briefly on it (waking from a futex costs
 * tens of µs, more than a small GEMM) and then sleeps in Atomics.wait.
 */
export interface ThreadPool {
  readonly size: number;
  /** Hands job `jobs[w]` (the gemm export's arguments) to helper w. */
  run(jobs: number[][]): void;
  /** Spins until every helper given a job by the last `run` has finished it. */
  wait(): void;
  stop(): void;
}

const SLOT = 32; // ints per helper: [seq, done, sleeping, error, args…]
const ARGS = 4;

// Runs in the helper (Node worker_threads or a browser Worker); kept free of imports.
const WORKER_SOURCE = `
const start = async (data, reply) => {
  const { module, memory, ctl, slot, spinMs } = data;
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  const gemm = instance.exports.gemm;
  const c = new Int32Array(ctl);
  const base = slot * ${SLOT};
  reply('ready');
  let seen = 0;
  for (;;) {
    let t0 = 0, spins = 0;
    while (Atomics.load(c, base) === seen) {
      if ((++spins & 1023) === 0) {
        const now = performance.now();
        if (t0 === 0) t0 = now;
        else if (now - t0 > spinMs) {
          Atomics.store(c, base + 2, 1);
          Atomics.wait(c, base, seen);
          Atomics.store(c, base + 2, 0);
          t0 = 0;
        }
      }
    }
    seen = Atomics.load(c, base);
    if (seen < 0) return;
    const a = [];
    for (let i = 0; i < 17; i++) a.push(c[base + ${ARGS} + i]);
    try { gemm(...a); } catch (e) { Atomics.store(c, base + 3, 1); }
    Atomics.store(c, base + 1, seen);
  }
};
if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof require === 'undefined') {
  self.onmessage = (e) => start(e.data, (m) => self.postMessage(m));
} else {
  const { parentPort, workerData } = require('node:worker_threads');
  start(workerData, (m) => parentPort.postMessage(m));
}
`;

interface WorkerLike {
  terminate(): unknown;
  unref?(): void;
}

/** Starts `size` helpers (Node: worker_threads; browsers: Workers, which need cross-origin isolation). */
export async function startThreadPool(
  module: WebAssembly.Module,
  memory: WebAssembly.Memory,
  size: number,
  spinMs = 5,
): Promise<ThreadPool> {
  const ctlBuffer = new SharedArrayBuffer(4 * SLOT * size);
  const ctl = new Int32Array(ctlBuffer);
  const workers: WorkerLike[] = [];
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  for (let slot = 0; slot < size; slot++) {
    const data = { module, memory, ctl: ctlBuffer, slot, spinMs };
    if (isNode) {
      const { Worker } = await import('node:worker_threads');
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
      await new Promise<void>((resolve, reject) => {
        w.once('message', () => resolve());
        w.once('error', reject);
      });
      w.unref();
      workers.push(w);
    } else {
      const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
      const w = new Worker(url);
      await new Promise<void>((resolve, reject) => {
        w.onmessage = () => resolve();
        w.onerror = (e) => reject(new Error(`kernel helper thread failed to start: ${e.message}`));
        w.postMessage(data);
      });
      URL.revokeObjectURL(url);
      workers.push(w);
    }
  }
  const seqs = new Array<number>(size).fill(0);
  let active = 0;
  return {
    size,
    run(jobs) {
      active = jobs.length;
      for (let w = 0; w < jobs.length; w++) {
        const base = w * SLOT;
        const job = jobs[w];
        for (let i = 0; i < job.length; i++) ctl[base + ARGS + i] = job[i];
        seqs[w] += 1;
        Atomics.store(ctl, base, seqs[w]);
        if (Atomics.load(ctl, base + 2) === 1) Atomics.notify(ctl, base, 1);
      }
    },
    wait() {
      for (let w = 0; w < active; w++) {
        const base = w * SLOT;
        while (Atomics.load(ctl, base + 1) !== seqs[w]) {
          /* spin: the helper's share takes about as long as ours */
        }
        if (ctl[base + 3] !== 0) {
          ctl[base + 3] = 0;
          throw new Error('kernel engine: a helper thread failed in gemm');
        }
      }
      active = 0;
    },
    stop() {
      for (let w = 0; w < size; w++) {
        Atomics.store(ctl, w * SLOT, -1);
        Atomics.notify(ctl, w * SLOT, 1);
      }
      for (const w of workers) void w.terminate();
    },
  };
}

/**
 * Helper threads for the kernel engine. Each instantiates the kernels over the same shared memory. A GEMM
 * is cut into chunks (column panels or row blocks) that every thread — the caller included — claims from
 * a shared counter, so a helper that the OS has not scheduled yet costs nothing: the caller takes its
 * chunks. Helpers spin briefly for new work (a futex wake-up costs tens of µs, more than a small GEMM),
 * then sleep in Atomics.wait; the caller spins briefly for the last claimed chunks, then sleeps too.
 */
export interface ThreadPool {
  readonly size: number;
  /**
   * Runs `gemm(...args, pack, ...chunk)` for every chunk across the caller and the helpers (each thread with
   * its own packing buffer; `callerPack` is the caller's, `callerGemm` its instance of the export), and
   * returns when all are done.
   */
  gemm(args: number[], chunks: number[][], callerGemm: (...a: number[]) => void, callerPack: number): void;
  /**
   * Runs `fn(t, threads, ...args)` on every thread at once — t = 0 on the caller, 1 … on the helpers — and
   * returns when all have returned. `fn` synchronises its threads through its own barriers, so each helper
   * takes exactly one part and the caller never takes a helper's.
   */
  together(kind: JobKind, args: number[], callerFn: (...a: number[]) => void): void;
  stop(): void;
}

/** What a pool job runs: the GEMM, or one of the multi-threaded loops. */
export const JOB = { GEMM: 0, SAMPLE_LOOP: 1, LOOP_FORWARD: 2, LOOP_BACKWARD: 3 } as const;
export type JobKind = (typeof JOB)[keyof typeof JOB];
/** The exports behind each job kind, in JOB order. */
export const JOB_EXPORTS = ['gemm', 'sample_loop', 'loop_forward', 'loop_backward'] as const;

/** Control block layout (Int32 indices). */
const SEQ = 0, N = 1, NEXT = 2, DONE = 3, SLEEPING = 4, ERROR = 5, KIND = 6, NARGS = 7, ARGS = 8, CHUNKS = 32;
export const MAX_CHUNKS = 32;
const CTL_INTS = CHUNKS + 4 * MAX_CHUNKS;

// Runs in the helper (Node worker_threads or a browser Worker); kept free of imports.
const WORKER_SOURCE = `
// A chunk index of the job tagged \`tag\`, or −1: NEXT holds (tag << 16 | next index), so a helper still
// holding an older job's arguments can never take a chunk of the new one.
const claim = (c, tag, n) => {
  for (;;) {
    const cur = Atomics.load(c, ${NEXT});
    if ((cur >>> 16) !== tag || (cur & 0xffff) >= n) return -1;
    if (Atomics.compareExchange(c, ${NEXT}, cur, cur + 1) === cur) return cur & 0xffff;
  }
};
const start = async (data, reply) => {
  const { module, memory, ctl, pack, spinMs } = data;
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  const fns = ${JSON.stringify(JOB_EXPORTS)}.map((name) => instance.exports[name]);
  const c = new Int32Array(ctl);
  reply('ready');
  let seen = 0;
  const call = [];
  for (;;) {
    let t0 = 0, spins = 0;
    while (Atomics.load(c, ${SEQ}) === seen) {
      if ((++spins & 255) === 0) {
        const now = performance.now();
        if (t0 === 0) t0 = now;
        else if (now - t0 > spinMs) {
          Atomics.add(c, ${SLEEPING}, 1);
          Atomics.wait(c, ${SEQ}, seen);
          Atomics.sub(c, ${SLEEPING}, 1);
          t0 = 0;
        }
      }
    }
    seen = Atomics.load(c, ${SEQ});
    if (seen < 0) return;
    const kind = c[${KIND}], nargs = c[${NARGS}], fn = fns[kind];
    const n = c[${N}];
    const tag = seen & 0xffff;
    for (;;) {
      const k = claim(c, tag, n);
      if (k < 0) break;
      call.length = 0;
      if (kind === 0) {
        for (let i = 0; i < nargs; i++) call.push(c[${ARGS} + i]);
        call.push(pack);
        for (let i = 0; i < 4; i++) call.push(c[${CHUNKS} + 4 * k + i]);
      } else {
        call.push(c[${CHUNKS} + 4 * k], c[${CHUNKS} + 4 * k + 1]);
        for (let i = 0; i < nargs; i++) call.push(c[${ARGS} + i]);
      }
      try { fn(...call); } catch (e) { Atomics.store(c, ${ERROR}, 1); }
      if (Atomics.add(c, ${DONE}, 1) + 1 === n) Atomics.notify(c, ${DONE});
    }
  }
};
if (typeof process === 'undefined' || !process.versions || !process.versions.node) {
  self.onmessage = (e) => start(e.data, (m) => self.postMessage(m));
} else {
  // import() works whether Node runs this eval'd source as CommonJS or (under --input-type=module) as ESM.
  import('node:worker_threads').then(({ parentPort, workerData }) => start(workerData, (m) => parentPort.postMessage(m)));
}
`;

function claim(c: Int32Array, tag: number, n: number): number {
  for (;;) {
    const cur = Atomics.load(c, NEXT);
    if (cur >>> 16 !== tag || (cur & 0xffff) >= n) return -1;
    if (Atomics.compareExchange(c, NEXT, cur, cur + 1) === cur) return cur & 0xffff;
  }
}

// Computed specifiers keep browser bundlers from resolving Node built-ins.
const WORKER_THREADS = 'node:worker_threads';

interface WorkerLike {
  terminate(): unknown;
}

/** Starts `size` helpers (Node: worker_threads; browsers: Workers, which need cross-origin isolation). */
export async function startThreadPool(
  module: WebAssembly.Module,
  memory: WebAssembly.Memory,
  packs: number[],
  spinMs = 0.2,
): Promise<ThreadPool> {
  const size = packs.length;
  const ctlBuffer = new SharedArrayBuffer(4 * CTL_INTS);
  const ctl = new Int32Array(ctlBuffer);
  const workers: WorkerLike[] = [];
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  // Atomics.wait is not allowed on a browser's main thread: spin there instead.
  const canSleep = isNode || typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';
  for (const pack of packs) {
    const data = { module, memory, ctl: ctlBuffer, pack: pack * 4, spinMs };
    if (isNode) {
      const { Worker } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ WORKER_THREADS)) as typeof import('node:worker_threads');
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
  let seq = 0;
  /** Writes a job into the control block and wakes the helpers; returns its tag. */
  const publish = (kind: JobKind, args: number[], chunks: number[][]): number => {
    const n = chunks.length;
    for (let i = 0; i < args.length; i++) ctl[ARGS + i] = args[i];
    for (let k = 0; k < n; k++) for (let i = 0; i < chunks[k].length; i++) ctl[CHUNKS + 4 * k + i] = chunks[k][i];
    ctl[KIND] = kind;
    ctl[NARGS] = args.length;
    ctl[N] = n;
    seq = (seq + 1) & 0x3fffffff;
    const tag = seq & 0xffff;
    Atomics.store(ctl, DONE, 0);
    Atomics.store(ctl, NEXT, tag << 16);
    Atomics.store(ctl, SEQ, seq);
    if (Atomics.load(ctl, SLEEPING) > 0) Atomics.notify(ctl, SEQ);
    return tag;
  };
  /** Spins ~tens of µs for the helpers' last chunks, then sleeps until they report (or 1 ms passes). */
  const waitDone = (n: number) => {
    let spins = 0;
    for (;;) {
      const done = Atomics.load(ctl, DONE);
      if (done >= n) break;
      if (++spins > 20000 && canSleep) Atomics.wait(ctl, DONE, done, 1);
    }
    if (ctl[ERROR] !== 0) {
      ctl[ERROR] = 0;
      throw new Error(`kernel engine: a helper thread failed in ${JOB_EXPORTS[ctl[KIND]]}`);
    }
  };
  return {
    size,
    gemm(args, chunks, callerGemm, callerPack) {
      const tag = publish(JOB.GEMM, args, chunks);
      const n = chunks.length;
      for (;;) {
        const k = claim(ctl, tag, n);
        if (k < 0) break;
        callerGemm(...args, callerPack, ...chunks[k]);
        Atomics.add(ctl, DONE, 1);
      }
      waitDone(n);
    },
    together(kind, args, callerFn) {
      const threads = size + 1;
      const parts = Array.from({ length: size }, (_, w) => [w + 1, threads]);
      publish(kind, args, parts);
      callerFn(0, threads, ...args);
      waitDone(parts.length);
    },
    stop() {
      Atomics.store(ctl, SEQ, -1);
      Atomics.notify(ctl, SEQ);
      for (const w of workers) void w.terminate();
    },
  };
}

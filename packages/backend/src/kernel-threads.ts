/**
 * Helper threads for the kernel engine. Each instantiates the kernels over the same shared memory.
 *
 * A lone GEMM is cut into chunks (column panels or row blocks) that every thread — the caller included —
 * claims from a shared counter, so a helper that the OS has not scheduled yet costs nothing: the caller
 * takes its chunks. A multi-threaded loop (`together`) shares its work the same way, phase by phase, inside
 * csrc/program.c; here a helper only *joins* a loop that is still running, so the caller never waits for
 * one that has not started, only for those inside the loop. Helpers spin briefly for new work (a futex
 * wake-up costs tens of µs, more than a small GEMM), then sleep in Atomics.wait; the caller spins briefly
 * for the last claimed chunks, then sleeps too, and reports how long it slept (the engine's thread guard).
 */
export interface ThreadPool {
  readonly size: number;
  /**
   * Runs `gemm(...args, pack, ...chunk)` for every chunk across the caller and the helpers (each thread with
   * its own packing buffer; `callerPack` is the caller's, `callerGemm` its instance of the export), and
   * returns when all are done, with the milliseconds the caller slept waiting for helpers. Only the first
   * `helpers` helpers take part.
   */
  gemm(args: number[], chunks: number[][], callerGemm: (...a: number[]) => void, callerPack: number, helpers: number): number;
  /**
   * Runs `fn(t, threads, job)` on the caller (t = 0) and on the helpers (t = 1 … threads − 1) that join
   * while it runs, and returns when the caller's call has returned and every helper that joined has left.
   * `fn` shares its work through the job block at byte offset `job` (csrc/phases.h: PHASE), which needs no
   * particular thread to take part. On a helper's failure the job's abort word is set.
   */
  together(kind: JobKind, threads: number, job: number, callerFn: (...a: number[]) => void): void;
  stop(): void;
}

/** What a pool job runs: the GEMM, or a program (csrc/program.c). */
export const JOB = { GEMM: 0, PROGRAM: 1 } as const;
export type JobKind = (typeof JOB)[keyof typeof JOB];
/** The exports behind each job kind, in JOB order. */
export const JOB_EXPORTS = ['gemm', 'run_program'] as const;

/** Control block layout (Int32 indices). JOIN: (job tag << 16) | closed bit 0x8000 | helpers inside a loop. */
const SEQ = 0, N = 1, NEXT = 2, DONE = 3, SLEEPING = 4, ERROR = 5, KIND = 6, NARGS = 7, ARGS = 8, JOIN = 28;
const DELAY = 29, HELPERS = 30, CHUNKS = 32;
/** Job block words of csrc/program.c (Int32 indices): the done counter and the abort flag. */
export const SYNC = { DONE: 96, ABORT: 98, CALLER_BLOCKS: 99, SPIN: 100, SLOW_MS: 101, SLEPT_MS: 102, FIELDS: 112 } as const;
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
// Enters the loop job tagged \`tag\` unless it has closed (the caller is done): true when entered.
const join = (c, tag) => {
  for (;;) {
    const cur = Atomics.load(c, ${JOIN});
    if ((cur >>> 16) !== tag || (cur & 0x8000) !== 0) return false;
    if (Atomics.compareExchange(c, ${JOIN}, cur, cur + 1) === cur) return true;
  }
};
const start = async (data, reply) => {
  const { module, memory, ctl, pack, spinMs, index } = data;
  const instance = await WebAssembly.instantiate(module, { env: { memory, now: () => performance.now() } });
  const fns = ${JSON.stringify(JOB_EXPORTS)}.map((name) => instance.exports[name]);
  const c = new Int32Array(ctl);
  const nap = new Int32Array(new SharedArrayBuffer(4));
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
    // Tests: a helper that the OS schedules late.
    const delay = c[${DELAY}];
    if (delay > 0) Atomics.wait(nap, 0, 0, delay);
    const kind = c[${KIND}], nargs = c[${NARGS}], fn = fns[kind];
    const n = c[${N}];
    const tag = seen & 0xffff;
    if (kind !== 0) {
      const k = claim(c, tag, n);
      if (k < 0 || !join(c, tag)) continue;
      const job = c[${ARGS}];
      try { fn(c[${CHUNKS} + 4 * k], c[${CHUNKS} + 4 * k + 1], job); } catch (e) {
        Atomics.store(c, ${ERROR}, 1);
        const words = new Int32Array(memory.buffer);
        Atomics.store(words, job / 4 + ${SYNC.ABORT}, 1);
        Atomics.notify(words, job / 4 + ${SYNC.DONE});
      }
      if ((Atomics.sub(c, ${JOIN}, 1) & 0x7fff) === 1) Atomics.notify(c, ${JOIN});
      continue;
    }
    if (index >= c[${HELPERS}]) continue;
    for (;;) {
      const k = claim(c, tag, n);
      if (k < 0) break;
      call.length = 0;
      for (let i = 0; i < nargs; i++) call.push(c[${ARGS} + i]);
      call.push(pack);
      for (let i = 0; i < 4; i++) call.push(c[${CHUNKS} + 4 * k + i]);
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

/** Whether this thread may block in Atomics.wait (not a browser's main thread). */
export function canBlock(): boolean {
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  return isNode || typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';
}

/**
 * Starts `size` helpers (Node: worker_threads; browsers: Workers, which need cross-origin isolation).
 * `joinDelayMs` (tests only) makes every helper sleep that long before it takes up each job.
 */
export async function startThreadPool(
  module: WebAssembly.Module,
  memory: WebAssembly.Memory,
  packs: number[],
  options: { spinMs?: number; joinDelayMs?: number } = {},
): Promise<ThreadPool> {
  const size = packs.length;
  const spinMs = options.spinMs ?? 0.2;
  const ctlBuffer = new SharedArrayBuffer(4 * CTL_INTS);
  const ctl = new Int32Array(ctlBuffer);
  ctl[DELAY] = Math.max(0, Math.round(options.joinDelayMs ?? 0));
  const workers: WorkerLike[] = [];
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  const sleepOk = canBlock();
  for (const [index, pack] of packs.entries()) {
    const data = { module, memory, ctl: ctlBuffer, pack: pack * 4, spinMs, index };
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
    Atomics.store(ctl, JOIN, tag << 16);
    Atomics.store(ctl, NEXT, tag << 16);
    Atomics.store(ctl, SEQ, seq);
    if (Atomics.load(ctl, SLEEPING) > 0) Atomics.notify(ctl, SEQ);
    return tag;
  };
  /**
   * Spins ~tens of µs until `word` satisfies `ready`, then sleeps in 1 ms naps (a browser's main thread keeps
   * spinning); returns the ms waited after the brief spin.
   */
  const waitFor = (word: number, ready: (v: number) => boolean): number => {
    let spins = 0, t0 = 0;
    for (;;) {
      const v = Atomics.load(ctl, word);
      if (ready(v)) break;
      if (++spins > 20000) {
        if (t0 === 0) t0 = performance.now();
        if (sleepOk) Atomics.wait(ctl, word, v, 1);
      }
    }
    return t0 === 0 ? 0 : performance.now() - t0;
  };
  const checkError = () => {
    if (ctl[ERROR] !== 0) {
      ctl[ERROR] = 0;
      throw new Error(`kernel engine: a helper thread failed in ${JOB_EXPORTS[ctl[KIND]]}`);
    }
  };
  return {
    size,
    gemm(args, chunks, callerGemm, callerPack, helpers) {
      ctl[HELPERS] = helpers;
      const tag = publish(JOB.GEMM, args, chunks);
      const n = chunks.length;
      for (;;) {
        const k = claim(ctl, tag, n);
        if (k < 0) break;
        callerGemm(...args, callerPack, ...chunks[k]);
        Atomics.add(ctl, DONE, 1);
      }
      const slept = waitFor(DONE, (done) => done >= n);
      checkError();
      return slept;
    },
    together(kind, threads, job, callerFn) {
      const parts = Array.from({ length: Math.min(size, threads - 1) }, (_, w) => [w + 1, threads]);
      publish(kind, [job], parts);
      let failure: unknown = null;
      try {
        callerFn(0, threads, job);
      } catch (e) {
        failure = e;
        const words = new Int32Array(memory.buffer);
        Atomics.store(words, job / 4 + SYNC.ABORT, 1);
        Atomics.notify(words, job / 4 + SYNC.DONE);
      }
      // No helper may join from now on; wait for those inside (they finish their chunks and leave).
      Atomics.or(ctl, JOIN, 0x8000);
      waitFor(JOIN, (v) => (v & 0x7fff) === 0);
      if (failure) throw failure;
      checkError();
    },
    stop() {
      Atomics.store(ctl, SEQ, -1);
      Atomics.notify(ctl, SEQ);
      for (const w of workers) void w.terminate();
    },
  };
}

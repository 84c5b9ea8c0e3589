import * as tf from '@tensorflow/tfjs-core';
import { WORKER_SOURCE } from './node-webgpu-worker-source';
import type { WebGPUAdapterSummary } from './webgpu-adapter';
import { WEBGPU_FLAG_DEFAULTS, webgpuFlagsFor } from './webgpu-tuning';

type NodeWorker = {
  postMessage(message: unknown): void;
  terminate(): Promise<number>;
  unref(): void;
  on(event: 'error', listener: (e: Error) => void): void;
};
type WorkerThreads = {
  Worker: new (code: string, options: object) => NodeWorker;
  MessageChannel: new () => { port1: object; port2: object };
  receiveMessageOnPort(port: object): { message: unknown } | undefined;
};
type Reply = { ok: true; result: unknown } | { ok: false; error: string };
type RemoteInfo = { id: number; shape: number[]; dtype: tf.DataType };

/** Raw adapter fields as the worker reports them. */
export interface RawAdapterInfo {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

// Specifiers in variables: browser bundlers must not try to resolve these Node-only modules.
const WORKER_THREADS = 'node:worker_threads';
const MODULE = 'node:module';
const URL_MODULE = 'node:url';

/** A worker thread answering requests synchronously: the caller blocks on an Atomics flag until it replies. */
class SyncWorker {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));
  private seq = 0;
  private readonly worker: NodeWorker;
  private readonly port: object;
  private failure: Error | undefined;

  constructor(
    private readonly threads: WorkerThreads,
    paths: Record<string, string>,
  ) {
    const { port1, port2 } = new threads.MessageChannel();
    this.port = port1;
    this.worker = new threads.Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { flag: this.flag, port: port2, paths },
      transferList: [port2],
    });
    this.worker.on('error', (e) => {
      this.failure = e;
    });
    this.worker.unref();
  }

  call<T>(op: string, args: Record<string, unknown> = {}): T {
    if (this.failure) throw new Error(`The WebGPU worker thread stopped: ${this.failure.message}`);
    const seq = (this.seq = (this.seq % 0x7fffffff) + 1);
    this.worker.postMessage({ op, seq, ...args });
    // The worker stores the request's sequence number in the flag after posting its reply.
    // A worker that died cannot say so while this thread is blocked, hence the overall limit.
    const started = Date.now();
    for (;;) {
      const seen = Atomics.load(this.flag, 0);
      if (seen === seq) break;
      if (Atomics.wait(this.flag, 0, seen, 60_000) === 'timed-out') {
        const failure = this.failure as Error | undefined;
        if (failure) throw new Error(`The WebGPU worker thread stopped: ${failure.message}`);
        if (Date.now() - started > 900_000)
          throw new Error(`The WebGPU worker thread did not answer '${op}' in 15 minutes.`);
      }
    }
    // Take replies off the port until this request's; older ones (none expected) are dropped.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const received = this.threads.receiveMessageOnPort(this.port);
      if (received) {
        const reply = received.message as Reply & { seq: number };
        if (reply.seq !== seq) continue;
        if (!reply.ok) throw new Error(reply.error);
        return reply.result as T;
      }
      if (Date.now() > deadline) throw new Error(`The WebGPU worker thread sent no reply to '${op}'.`);
      Atomics.wait(this.pause, 0, 0, 1);
    }
  }

  terminate(): void {
    void this.worker.terminate();
  }
}

/**
 * tfjs's WebGPU backend for Node, running in a worker thread (see the worker source for why). Every kernel,
 * write and read is forwarded synchronously, so `dataSync()` works as it does in browsers.
 */
class NodeWebGPUBackend extends tf.KernelBackend {
  private readonly idOf = new WeakMap<object, number>();
  private readonly dataIds = new Map<number, object>();
  private nextLocalId = -1;

  constructor(readonly remote: SyncWorker) {
    super();
  }

  id(dataId: object): number {
    let id = this.idOf.get(dataId);
    if (id === undefined) {
      // Data of another backend (e.g. made on cpu before switching): the engine moves it here, like DataStorage.get.
      tf.engine().moveData(this, dataId);
      id = this.idOf.get(dataId);
      if (id === undefined) throw new Error('webgpu (Node): a tensor could not be moved to the WebGPU worker.');
    }
    return id;
  }

  private local(id: number): object {
    let dataId = this.dataIds.get(id);
    if (!dataId) {
      dataId = {};
      this.dataIds.set(id, dataId);
      this.idOf.set(dataId, id);
    }
    return dataId;
  }

  fromRemote(info: RemoteInfo): tf.TensorInfo {
    return { dataId: this.local(info.id), shape: info.shape, dtype: info.dtype };
  }

  override write(values: tf.backend_util.BackendValues, shape: number[], dtype: tf.DataType): object {
    const id = this.nextLocalId--;
    this.remote.call('write', { id, values, shape, dtype });
    return this.local(id);
  }

  override move(
    dataId: object,
    values: tf.backend_util.BackendValues,
    shape: number[],
    dtype: tf.DataType,
    refCount: number,
  ): void {
    const id = this.nextLocalId--;
    this.idOf.set(dataId, id);
    this.dataIds.set(id, dataId);
    this.remote.call('move', { id, values, shape, dtype, refCount });
  }

  override readSync(dataId: object): tf.backend_util.BackendValues {
    return this.remote.call('read', { id: this.id(dataId) });
  }

  override async read(dataId: object): Promise<tf.backend_util.BackendValues> {
    return this.readSync(dataId);
  }

  override disposeData(dataId: object, force = false): boolean {
    const id = this.idOf.get(dataId);
    if (id === undefined) return false;
    const { freed, gone } = this.remote.call<{ freed: boolean; gone: boolean }>('disposeData', { id, force });
    if (gone) {
      this.dataIds.delete(id);
      this.idOf.delete(dataId);
    }
    return freed;
  }

  override incRef(dataId: object): void {
    this.remote.call('incRef', { id: this.id(dataId) });
  }

  override refCount(dataId: object): number {
    const id = this.idOf.get(dataId);
    return id === undefined ? 0 : this.remote.call<number>('refCount', { id });
  }

  override numDataIds(): number {
    return this.remote.call<number>('numDataIds');
  }

  override memory(): { unreliable: boolean; reasons?: string[] } {
    return this.remote.call('memory');
  }

  override timerAvailable(): boolean {
    return true;
  }

  override async time(f: () => void): Promise<tf.BackendTimingInfo> {
    const start = performance.now();
    f();
    return { kernelMs: performance.now() - start };
  }

  override floatPrecision(): 32 {
    return 32;
  }

  override epsilon(): number {
    return 1e-7;
  }

  override dispose(): void {
    try {
      this.remote.call('dispose');
    } finally {
      this.remote.terminate();
    }
  }
}

let worker: Promise<SyncWorker | string> | undefined;
let adapterFound: RawAdapterInfo | null | undefined;
let active: WebGPUAdapterSummary | undefined;

async function startWorker(): Promise<SyncWorker | string> {
  const threads = (await import(/* @vite-ignore */ /* webpackIgnore: true */ WORKER_THREADS)) as WorkerThreads;
  const { createRequire } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ MODULE)) as {
    createRequire(from: string): { resolve(id: string): string };
  };
  const { pathToFileURL } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ URL_MODULE)) as {
    pathToFileURL(p: string): URL;
  };
  const { fileURLToPath } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ URL_MODULE)) as {
    fileURLToPath(u: string): string;
  };
  // Resolved from this package, whose dependencies tfjs-backend-webgpu and `webgpu` are.
  const req = createRequire(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  let paths: Record<string, string>;
  try {
    paths = {
      core: req.resolve('@tensorflow/tfjs-core'),
      webgpuBackend: req.resolve('@tensorflow/tfjs-backend-webgpu'),
      webgpu: pathToFileURL(req.resolve('webgpu')).href,
    };
  } catch (e) {
    return `the optional package 'webgpu' could not be loaded (${(e as Error).message.split('\n')[0]})`;
  }
  return new SyncWorker(threads, paths);
}

/** Asks the worker's Dawn instance for an adapter (software ones only if allowed). */
export async function probeNodeAdapter(
  allowSoftware: boolean,
  powerPreference: 'high-performance' | 'low-power',
): Promise<RawAdapterInfo | string> {
  worker ??= startWorker();
  const w = await worker;
  if (typeof w === 'string') return w;
  if (active) return adapterFound as RawAdapterInfo;
  try {
    adapterFound = w.call<RawAdapterInfo | null>('probe', { allowSoftware, powerPreference });
  } catch (e) {
    return `the WebGPU worker failed (${(e as Error).message})`;
  }
  return (
    adapterFound ?? 'requestAdapter() found no adapter (in Node, Dawn needs a Vulkan driver; see VK_ICD_FILENAMES)'
  );
}

/** Starts the device on the worker's adapter, registers the proxy backend as 'webgpu' and switches to it. */
export async function activateNodeWebGPU(summary: WebGPUAdapterSummary): Promise<WebGPUAdapterSummary> {
  const w = await worker;
  if (!w || typeof w === 'string') throw new Error('The WebGPU worker is not running.');
  if (!active) {
    const kernels = w.call<string[]>('init', { flags: webgpuFlagsFor(summary), defaults: WEBGPU_FLAG_DEFAULTS });
    const backend = new NodeWebGPUBackend(w);
    for (const kernelName of kernels) {
      tf.registerKernel({
        kernelName,
        backendName: 'webgpu',
        kernelFunc: ({ inputs, attrs }) => {
          // Pack, Concat and AddN take an array of inputs: keep it an array for the worker's kernel.
          // Concat, Pack, AddN and friends take an array of tensors rather than named inputs.
          const toRemote = (t: tf.TensorInfo | null | undefined) =>
            t == null ? null : { id: backend.id(t.dataId), shape: t.shape, dtype: t.dtype };
          const remoteInputs = Array.isArray(inputs)
            ? (inputs as tf.TensorInfo[]).map(toRemote)
            : Object.fromEntries(Object.entries(inputs).map(([k, t]) => [k, toRemote(t)]));
          const out = w.call<{ array: boolean; outputs: RemoteInfo[] }>('runKernel', {
            name: kernelName,
            inputs: remoteInputs,
            attrs,
          });
          const infos = out.outputs.map((o) => backend.fromRemote(o));
          return out.array ? infos : infos[0];
        },
      });
    }
    if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
    tf.registerBackend('webgpu', () => backend, 3);
    active = summary;
  }
  if (!(await tf.setBackend('webgpu'))) throw new Error('The WebGPU backend failed to initialise.');
  return active;
}

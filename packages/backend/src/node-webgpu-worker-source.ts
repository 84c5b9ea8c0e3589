/**
 * The code of the worker thread that owns Dawn and tfjs-backend-webgpu in Node (run with `eval: true`).
 * Dawn delivers buffer-map results only through the event loop of the thread that owns the device, so a
 * synchronous read (`dataSync`) on that thread can never complete. Here the device lives on this worker; the
 * main thread blocks on an Atomics flag while this thread's own event loop awaits the read.
 */
export const WORKER_SOURCE = String.raw`
const { workerData } = require('node:worker_threads');
const { flag, port, paths } = workerData;
let tf, backend, gpu, adapter;
const ids = new Map();
const idOf = new WeakMap();
let nextId = 1;

function track(dataId) {
  let id = idOf.get(dataId);
  if (id === undefined) {
    id = nextId++;
    idOf.set(dataId, id);
    ids.set(id, dataId);
  }
  return id;
}
function data(id) {
  const d = ids.get(id);
  if (d === undefined) throw new Error('webgpu worker: unknown data id ' + id);
  return d;
}
function forget(id) {
  const d = ids.get(id);
  if (d !== undefined && !backend.tensorMap.has(d)) ids.delete(id);
}

const handlers = {
  async probe({ allowSoftware, powerPreference }) {
    const wg = await import(paths.webgpu);
    for (const [k, v] of Object.entries(wg.globals)) if (!(k in globalThis)) globalThis[k] = v;
    gpu ??= wg.create([]);
    adapter = await gpu.requestAdapter({ powerPreference });
    if (!adapter && allowSoftware) adapter = await gpu.requestAdapter({ forceFallbackAdapter: true });
    if (!adapter) return null;
    const i = adapter.info || {};
    return {
      vendor: i.vendor, architecture: i.architecture, device: i.device, description: i.description,
      isFallbackAdapter: i.isFallbackAdapter ?? adapter.isFallbackAdapter,
    };
  },
  async init({ flags, defaults }) {
    if (!globalThis.navigator) Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true, writable: true });
    if (!globalThis.navigator.gpu) Object.defineProperty(globalThis.navigator, 'gpu', { value: gpu, configurable: true });
    tf = require(paths.core);
    const { WebGPUBackend } = require(paths.webgpuBackend);
    // Flags for this adapter (webgpu-tuning.ts), unless already set to something other than tfjs's default.
    for (const [name, value] of Object.entries(flags || {})) {
      const current = tf.env().get(name);
      if (current === (defaults || {})[name] || current === value) tf.env().set(name, value);
    }
    const requiredFeatures = ['timestamp-query', 'bgra8unorm-storage'].filter((f) => adapter.features.has(f));
    const requiredLimits = {};
    for (const key of ['maxComputeWorkgroupStorageSize', 'maxComputeWorkgroupsPerDimension', 'maxStorageBufferBindingSize',
      'maxBufferSize', 'maxComputeWorkgroupSizeX', 'maxComputeInvocationsPerWorkgroup']) {
      if (typeof adapter.limits[key] === 'number') requiredLimits[key] = adapter.limits[key];
    }
    const device = await adapter.requestDevice({ requiredFeatures, requiredLimits });
    backend = new WebGPUBackend(device, adapter.info);
    if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
    tf.registerBackend('webgpu', () => backend);
    await tf.setBackend('webgpu');
    return tf.getKernelsForBackend('webgpu').map((k) => k.kernelName);
  },
  write({ id, values, shape, dtype }) {
    const d = backend.write(values, shape, dtype);
    ids.set(id, d);
    idOf.set(d, id);
    return null;
  },
  move({ id, values, shape, dtype, refCount }) {
    const d = {};
    ids.set(id, d);
    idOf.set(d, id);
    backend.move(d, values, shape, dtype, refCount);
    return null;
  },
  async read({ id }) {
    return backend.read(data(id));
  },
  runKernel({ name, inputs, attrs }) {
    const kernel = tf.getKernel(name, 'webgpu');
    const infos = Array.isArray(inputs) ? [] : {};
    for (const [k, t] of Object.entries(inputs)) infos[k] = t == null ? t : { dataId: data(t.id), shape: t.shape, dtype: t.dtype };
    const out = kernel.kernelFunc({ inputs: infos, attrs, backend });
    const list = Array.isArray(out) ? out : [out];
    return { array: Array.isArray(out), outputs: list.map((o) => ({ id: track(o.dataId), shape: o.shape, dtype: o.dtype })) };
  },
  disposeData({ id, force }) {
    const d = data(id);
    const freed = backend.disposeData(d, force);
    const gone = !backend.tensorMap.has(d);
    forget(id);
    return { freed, gone };
  },
  incRef({ id }) {
    backend.incRef(data(id));
    return null;
  },
  refCount({ id }) {
    const d = ids.get(id);
    return d === undefined ? 0 : backend.refCount(d);
  },
  numDataIds() {
    return backend.numDataIds();
  },
  memory() {
    return backend.memory();
  },
  dispose() {
    backend?.dispose();
    return null;
  },
};

function reply(seq, message) {
  message.seq = seq;
  try {
    port.postMessage(message);
  } catch (e) {
    port.postMessage({ seq, ok: false, error: 'webgpu worker: could not send the result: ' + e.message });
  }
  Atomics.store(flag, 0, seq);
  Atomics.notify(flag, 0);
}

require('node:worker_threads').parentPort.on('message', async (m) => {
  try {
    reply(m.seq, { ok: true, result: await handlers[m.op](m) });
  } catch (e) {
    reply(m.seq, { ok: false, error: String((e && e.message) || e) });
  }
});
`;

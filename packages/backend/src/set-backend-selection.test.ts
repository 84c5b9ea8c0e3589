import * as tf from '@tensorflow/tfjs-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdapterProbe, GPUAdapterLike } from './webgpu-adapter';

// The adapter search and the WebGPU activation are replaced, so the choice `setBackend` makes can be checked for
// adapters this machine does not have (a hardware GPU, none at all, one whose device fails).
const probe = vi.fn<(allowSoftware: boolean) => Promise<AdapterProbe>>();
const activate = vi.fn();
vi.mock('./webgpu-adapter', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./webgpu-adapter')>()),
  probeAdapter: (allowSoftware: boolean) => probe(allowSoftware),
}));
vi.mock('./activate-webgpu', () => ({ activateWebGPU: (...args: unknown[]) => activate(...args) }));

const { setBackend } = await import('./set-backend');

const adapter: GPUAdapterLike = { features: new Set<string>(), limits: {}, requestDevice: async () => ({}) };
const gpu = { vendor: 'nvidia', architecture: 'ampere', device: '', description: 'RTX 3080', software: false };

describe('setBackend adapter choice', () => {
  beforeEach(() => {
    probe.mockReset();
    activate.mockReset();
  });

  it("'webgpu' with no adapter fails with one sentence naming the alternatives", async () => {
    probe.mockResolvedValue({ adapter: null, reason: 'navigator.gpu.requestAdapter() found no adapter' });
    await expect(setBackend('webgpu')).rejects.toThrow(
      "WebGPU is not available here (navigator.gpu.requestAdapter() found no adapter); use setBackend('wasm'), setBackend('cpu') or setBackend('auto') instead.",
    );
    expect(probe).toHaveBeenCalledWith(true);
    expect(activate).not.toHaveBeenCalled();
  });

  it("'webgpu' accepts a software adapter", async () => {
    const swiftshader = {
      ...gpu,
      vendor: 'google',
      architecture: 'swiftshader',
      description: 'SwiftShader',
      software: true,
    };
    probe.mockResolvedValue({ adapter, summary: swiftshader });
    activate.mockResolvedValue(swiftshader);
    const info = await setBackend('webgpu');
    expect(info).toMatchObject({
      name: 'webgpu',
      adapter: 'google swiftshader (SwiftShader), software',
      reason: 'webgpu requested',
    });
    expect(activate).toHaveBeenCalledWith(adapter, swiftshader);
  });

  it("'auto' takes a hardware adapter and asks for no software one", async () => {
    probe.mockResolvedValue({ adapter, summary: gpu });
    activate.mockResolvedValue(gpu);
    const info = await setBackend('auto');
    expect(info).toMatchObject({
      name: 'webgpu',
      adapterInfo: gpu,
      reason: 'auto: hardware WebGPU adapter nvidia ampere (RTX 3080), hardware',
    });
    expect(probe).toHaveBeenCalledWith(false);
  });

  it("'auto' falls back to WASM when there is no adapter or its device fails", async () => {
    probe.mockResolvedValue({ adapter: null, reason: 'only a software WebGPU adapter is present (x)' });
    let info = await setBackend('auto');
    expect(info).toMatchObject({
      name: 'wasm',
      simd: true,
      reason: 'auto: no WebGPU (only a software WebGPU adapter is present (x)), WASM available',
    });
    expect(tf.getBackend()).toBe('wasm');

    probe.mockResolvedValue({ adapter, summary: gpu });
    activate.mockRejectedValue(new Error('The WebGPU backend failed to initialise on nvidia: device lost.'));
    info = await setBackend('auto');
    expect(info.name).toBe('wasm');
    expect(info.reason).toBe(
      'auto: no WebGPU (The WebGPU backend failed to initialise on nvidia: device lost), WASM available',
    );
  });
});

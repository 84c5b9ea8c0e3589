import * as tf from '@tensorflow/tfjs-core';
import { isNode } from './environment';
import { activateNodeWebGPU } from './node-webgpu';
import { applyWebGPUFlags, webgpuFlagsFor } from './webgpu-tuning';
import { describeAdapter, type GPUAdapterLike, type WebGPUAdapterSummary } from './webgpu-adapter';

let active: { adapter: GPUAdapterLike; summary: WebGPUAdapterSummary } | undefined;

async function createDevice(adapter: GPUAdapterLike): Promise<unknown> {
  // The same features and limits tfjs-backend-webgpu asks for when it picks the adapter itself.
  const requiredFeatures = ['timestamp-query', 'bgra8unorm-storage'].filter((f) => adapter.features.has(f));
  const limits = adapter.limits as Record<string, number>;
  const requiredLimits: Record<string, number> = {};
  for (const key of [
    'maxComputeWorkgroupStorageSize',
    'maxComputeWorkgroupsPerDimension',
    'maxStorageBufferBindingSize',
    'maxBufferSize',
    'maxComputeWorkgroupSizeX',
    'maxComputeInvocationsPerWorkgroup',
  ]) {
    if (typeof limits[key] === 'number') requiredLimits[key] = limits[key];
  }
  return adapter.requestDevice({ requiredFeatures, requiredLimits });
}

/**
 * Registers tfjs's WebGPU backend on `adapter` (replacing the factory tfjs-backend-webgpu registers for its own
 * adapter choice) and switches to it. Resolves to the summary of the adapter now in use.
 */
export async function activateWebGPU(
  adapter: GPUAdapterLike,
  summary: WebGPUAdapterSummary,
): Promise<WebGPUAdapterSummary> {
  if (isNode()) return activateNodeWebGPU(summary);
  if (active && tf.findBackend('webgpu')) {
    // One device per process: reuse the backend that already runs.
    if (!(await tf.setBackend('webgpu'))) throw new Error('The WebGPU backend failed to initialise.');
    return active.summary;
  }
  const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
  // Importing tfjs-backend-webgpu registered its flags; tune them for this adapter (see webgpu-tuning.ts).
  applyWebGPUFlags(tf.env(), webgpuFlagsFor(summary));
  if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
  let initError: unknown;
  tf.registerBackend(
    'webgpu',
    async () => {
      try {
        const device = await createDevice(adapter);
        return new WebGPUBackend(device as never, adapter.info as never);
      } catch (e) {
        initError = e;
        throw e;
      }
    },
    3,
  );
  const ok = await tf.setBackend('webgpu');
  if (!ok) {
    tf.removeBackend('webgpu');
    const why = initError instanceof Error ? `: ${initError.message}` : '';
    throw new Error(`The WebGPU backend failed to initialise on ${describeAdapter(summary)}${why}.`);
  }
  active = { adapter, summary };
  return summary;
}

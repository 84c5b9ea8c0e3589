import { isNode } from './environment';
import { probeNodeAdapter } from './node-webgpu';

/** The parts of a WebGPU `GPUAdapterInfo` that probseq reports. */
export interface WebGPUAdapterSummary {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** True for software rasterisers (SwiftShader, llvmpipe/lavapipe, WARP) and fallback adapters. */
  software: boolean;
}

/** Structural view of a `GPUAdapter`, so the public types do not depend on `@webgpu/types`. */
export interface GPUAdapterLike {
  readonly info?: Partial<Record<'vendor' | 'architecture' | 'device' | 'description', string>> & {
    isFallbackAdapter?: boolean;
  };
  readonly isFallbackAdapter?: boolean;
  readonly features: { has(name: string): boolean };
  readonly limits: Record<string, number> | object;
  requestDevice(descriptor?: object): Promise<unknown>;
}

interface GPULike {
  requestAdapter(options?: {
    powerPreference?: string;
    forceFallbackAdapter?: boolean;
  }): Promise<GPUAdapterLike | null>;
}

/** Where a WebGPU adapter came from, or why there is none. */
export type AdapterProbe =
  { adapter: GPUAdapterLike; summary: WebGPUAdapterSummary } | { adapter: null; reason: string };

const SOFTWARE_PATTERN = /swiftshader|llvmpipe|lavapipe|softpipe|software|microsoft basic render|warp/i;

/** Summarises an adapter and classifies it as hardware or software. */
export function summarizeAdapter(adapter: GPUAdapterLike): WebGPUAdapterSummary {
  const info = adapter.info ?? {};
  const vendor = info.vendor ?? '';
  const architecture = info.architecture ?? '';
  const device = info.device ?? '';
  const description = info.description ?? '';
  const fallback = info.isFallbackAdapter === true || adapter.isFallbackAdapter === true;
  const software = fallback || SOFTWARE_PATTERN.test([vendor, architecture, device, description].join(' '));
  return { vendor, architecture, device, description, software };
}

/** A one-line human description of an adapter, e.g. `google swiftshader (SwiftShader driver 5.0.0), software`. */
export function describeAdapter(s: WebGPUAdapterSummary): string {
  const name = [s.vendor, s.architecture].filter(Boolean).join(' ') || 'unknown adapter';
  const detail = s.description || s.device;
  return `${name}${detail ? ` (${detail})` : ''}, ${s.software ? 'software' : 'hardware'}`;
}

/** The browser's `navigator.gpu`, or why there is none. */
function getBrowserGpu(): GPULike | string {
  const nav = (globalThis as { navigator?: { gpu?: GPULike } }).navigator;
  return nav?.gpu ?? 'this browser has no navigator.gpu (WebGPU is off or unsupported)';
}

/**
 * Finds a WebGPU adapter. Hardware adapters are preferred; a software adapter (SwiftShader) is returned only
 * when `allowSoftware` is set.
 */
export async function probeAdapter(
  allowSoftware: boolean,
  powerPreference: 'high-performance' | 'low-power' = 'high-performance',
): Promise<AdapterProbe> {
  if (isNode()) {
    const raw = await probeNodeAdapter(allowSoftware, powerPreference);
    if (typeof raw === 'string') return { adapter: null, reason: raw };
    const stub: GPUAdapterLike = {
      info: raw,
      features: new Set<string>(),
      limits: {},
      requestDevice: async () => ({}),
    };
    return classify(stub, allowSoftware);
  }
  const gpu = getBrowserGpu();
  if (typeof gpu === 'string') return { adapter: null, reason: gpu };
  let adapter: GPUAdapterLike | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference });
    if (!adapter && allowSoftware) adapter = await gpu.requestAdapter({ forceFallbackAdapter: true });
  } catch (e) {
    return { adapter: null, reason: `requestAdapter failed (${(e as Error).message})` };
  }
  if (!adapter) {
    return { adapter: null, reason: 'navigator.gpu.requestAdapter() found no adapter' };
  }
  return classify(adapter, allowSoftware);
}

function classify(adapter: GPUAdapterLike, allowSoftware: boolean): AdapterProbe {
  const summary = summarizeAdapter(adapter);
  if (summary.software && !allowSoftware) {
    return { adapter: null, reason: `only a software WebGPU adapter is present (${describeAdapter(summary)})` };
  }
  return { adapter, summary };
}

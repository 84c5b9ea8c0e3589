import { isNode } from './environment';

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

let nodeGpu: Promise<GPULike | string> | undefined;

// The specifier lives in a variable so browser bundlers do not try to resolve the Node-only package.
const WEBGPU_NODE_PACKAGE = 'webgpu';

async function loadNodeGpu(): Promise<GPULike | string> {
  let mod: { create(flags: string[]): GPULike; globals: Record<string, unknown> };
  try {
    mod = await import(/* @vite-ignore */ /* webpackIgnore: true */ WEBGPU_NODE_PACKAGE);
  } catch (e) {
    return `the optional package 'webgpu' could not be loaded (${(e as Error).message.split('\n')[0]})`;
  }
  // tfjs-backend-webgpu uses the WebGPU globals (GPUBufferUsage, GPUMapMode, …) and navigator.gpu.
  for (const [key, value] of Object.entries(mod.globals)) {
    if (!(key in globalThis)) (globalThis as Record<string, unknown>)[key] = value;
  }
  return mod.create([]);
}

/** The `navigator.gpu` of this environment: the browser's, or in Node one created by the `webgpu` package (Dawn). */
export async function getGpu(): Promise<GPULike | string> {
  const nav = (globalThis as { navigator?: { gpu?: GPULike } }).navigator;
  if (nav?.gpu) return nav.gpu;
  if (!isNode()) return 'this browser has no navigator.gpu';
  nodeGpu ??= loadNodeGpu();
  const gpu = await nodeGpu;
  if (typeof gpu === 'string') return gpu;
  const g = globalThis as { navigator?: object };
  if (g.navigator === undefined) {
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  } else if (!('gpu' in g.navigator) || (g.navigator as { gpu?: unknown }).gpu === undefined) {
    Object.defineProperty(g.navigator, 'gpu', { value: gpu, configurable: true });
  }
  return gpu;
}

/**
 * Finds a WebGPU adapter. Hardware adapters are preferred; a software adapter (SwiftShader) is returned only
 * when `allowSoftware` is set.
 */
export async function probeAdapter(
  allowSoftware: boolean,
  powerPreference: 'high-performance' | 'low-power' = 'high-performance',
): Promise<AdapterProbe> {
  const gpu = await getGpu();
  if (typeof gpu === 'string') return { adapter: null, reason: gpu };
  let adapter: GPUAdapterLike | null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference });
    if (!adapter && allowSoftware) adapter = await gpu.requestAdapter({ forceFallbackAdapter: true });
  } catch (e) {
    return { adapter: null, reason: `requestAdapter failed (${(e as Error).message})` };
  }
  if (!adapter) {
    const hint = isNode() ? ' (in Node, a Vulkan driver is needed; see VK_ICD_FILENAMES)' : '';
    return { adapter: null, reason: `navigator.gpu.requestAdapter() found no adapter${hint}` };
  }
  const summary = summarizeAdapter(adapter);
  if (summary.software && !allowSoftware) {
    return { adapter: null, reason: `only a software WebGPU adapter is present (${describeAdapter(summary)})` };
  }
  return { adapter, summary };
}

import { describe, expect, it } from 'vitest';
import { describeAdapter, summarizeAdapter, type GPUAdapterLike } from './webgpu-adapter';

const fake = (info: GPUAdapterLike['info'], isFallbackAdapter?: boolean): GPUAdapterLike => ({
  info,
  isFallbackAdapter,
  features: new Set<string>(),
  limits: {},
  requestDevice: async () => ({}),
});

describe('summarizeAdapter', () => {
  it('classifies software rasterisers as software', () => {
    const swiftshader = {
      vendor: 'google',
      architecture: 'swiftshader',
      device: 'swiftshader-device-subzero-',
      description: 'SwiftShader driver 5.0.0',
    };
    expect(summarizeAdapter(fake(swiftshader)).software).toBe(true);
    expect(summarizeAdapter(fake({ vendor: 'mesa', description: 'llvmpipe (LLVM 15.0.6, 256 bits)' })).software).toBe(
      true,
    );
    expect(summarizeAdapter(fake({ vendor: 'microsoft', description: 'Microsoft Basic Render Driver' })).software).toBe(
      true,
    );
  });

  it('trusts the fallback flag in either place the spec has put it', () => {
    expect(summarizeAdapter(fake({ vendor: 'x', isFallbackAdapter: true })).software).toBe(true);
    expect(summarizeAdapter(fake({ vendor: 'x' }, true)).software).toBe(true);
  });

  it('classifies GPUs as hardware and keeps their names', () => {
    const s = summarizeAdapter(
      fake({ vendor: 'nvidia', architecture: 'ampere', device: '', description: 'NVIDIA GeForce RTX 3080' }),
    );
    expect(s).toEqual({
      vendor: 'nvidia',
      architecture: 'ampere',
      device: '',
      description: 'NVIDIA GeForce RTX 3080',
      software: false,
    });
    expect(describeAdapter(s)).toBe('nvidia ampere (NVIDIA GeForce RTX 3080), hardware');
    expect(summarizeAdapter(fake({ vendor: 'apple', architecture: 'metal-3' })).software).toBe(false);
  });

  it('describes an adapter that reports nothing', () => {
    expect(describeAdapter(summarizeAdapter(fake(undefined)))).toBe('unknown adapter, hardware');
  });
});

import { describe, expect, it } from 'vitest';
import { applyWebGPUFlags, MATMUL_PACKED_PROGRAM, webgpuFlagsFor } from './webgpu-tuning';

function fakeEnv(initial: Record<string, number>) {
  const flags = { ...initial };
  return { flags, get: (n: string) => flags[n], set: (n: string, v: number) => void (flags[n] = v) };
}

describe('webgpuFlagsFor', () => {
  it('asks a software adapter for the tiled matrix product and leaves hardware adapters to tfjs', () => {
    expect(webgpuFlagsFor({ software: true })).toEqual({ WEBGPU_MATMUL_PROGRAM_TYPE: MATMUL_PACKED_PROGRAM });
    expect(webgpuFlagsFor({ software: false })).toEqual({});
  });

  it('sets a flag still at its tfjs default, never one chosen by someone else', () => {
    const env = fakeEnv({ WEBGPU_MATMUL_PROGRAM_TYPE: -1 });
    applyWebGPUFlags(env, webgpuFlagsFor({ software: true }));
    expect(env.flags.WEBGPU_MATMUL_PROGRAM_TYPE).toBe(MATMUL_PACKED_PROGRAM);
    const chosen = fakeEnv({ WEBGPU_MATMUL_PROGRAM_TYPE: 2 });
    applyWebGPUFlags(chosen, webgpuFlagsFor({ software: true }));
    expect(chosen.flags.WEBGPU_MATMUL_PROGRAM_TYPE).toBe(2);
  });
});

import type { WebGPUAdapterSummary } from './webgpu-adapter';

/** `MatMulProgramType.MatMulPackedProgram` of tfjs-backend-webgpu 4.x (the tiled 32×32 matrix product). */
export const MATMUL_PACKED_PROGRAM = 3;

/**
 * tfjs-backend-webgpu flags for an adapter, beyond tfjs's defaults.
 *
 * On a software adapter (SwiftShader and the like: a GPU emulated on the CPU) tfjs's heuristics pick, for
 * matrix products with a small output (≤ 128 entries, e.g. `[16, 32]·[32, 8]`), `MatMulReduceProgram`: one
 * workgroup per output entry that reduces in workgroup memory behind barriers. That spreads the work over
 * many GPU cores on real hardware; emulated, every barrier of every workgroup costs, and such a product took
 * 100–300 ms on SwiftShader where the tiled `MatMulPackedProgram` takes about 1 ms (and never more than the
 * other programs for the shapes of the docs' models). With it, a training step of the docs' example
 * (VRNN + RNN, batch 16, 16 steps, 32 units) went from 14–16 s to about 4.5 s on SwiftShader in Node (Dawn),
 * and to 1–2 s in Chromium. Hardware adapters keep tfjs's choice.
 */
export function webgpuFlagsFor(summary: Pick<WebGPUAdapterSummary, 'software'>): Record<string, number> {
  return summary.software ? { WEBGPU_MATMUL_PROGRAM_TYPE: MATMUL_PACKED_PROGRAM } : {};
}

/** The defaults the flags of {@link webgpuFlagsFor} have in tfjs (a flag set to anything else is left alone). */
export const WEBGPU_FLAG_DEFAULTS: Record<string, number> = { WEBGPU_MATMUL_PROGRAM_TYPE: -1 };

/**
 * Sets `flags` on a tfjs environment (after tfjs-backend-webgpu has registered them), except flags the page
 * or the user already set to something other than tfjs's default.
 */
export function applyWebGPUFlags(
  env: { get(name: string): unknown; set(name: string, value: number): void },
  flags: Record<string, number>,
): void {
  for (const [name, value] of Object.entries(flags)) {
    const current = env.get(name);
    if (current === WEBGPU_FLAG_DEFAULTS[name] || current === value) env.set(name, value);
  }
}

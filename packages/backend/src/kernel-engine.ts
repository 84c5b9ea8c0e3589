import * as tf from '@tensorflow/tfjs-core';
import { KERNELS_RELAXED_BASE64, KERNELS_SIMD_BASE64 } from './kernels-wasm.generated';
import { JOB, MAX_CHUNKS, SYNC, canBlock, startThreadPool, type ThreadPool } from './kernel-threads';
import { ResidentCache } from './resident';
import { GUARD_WINDOW_MS, ThreadGuard } from './thread-guard';

/** The exports of the csrc kernels; pointers are byte offsets into the engine's memory. */
export interface KernelExports {
  /**
   * One block of C = beta·C + A·B (+ bias) (ReLU): rows [i0, i1) and columns [j0, j1) of C; see {@link GemmArgs}.
   * @param k Inner dimension: columns of A, rows of B.
   * @param a Byte offset of A (m × k).
   * @param ai Stride of A between rows, in floats: A(i, p) = a[i·ai + p·ap].
   * @param ap Stride of A between columns, in floats.
   * @param b Byte offset of B (k × n), or of a buffer packed by `pack_b` when `bj` is 0.
   * @param bk Stride of B between rows, in floats: B(p, j) = b[p·bk + j·bj].
   * @param bj Stride of B between columns, in floats; 0: `b` is packed by `pack_b`.
   * @param c Byte offset of C.
   * @param ldc Leading dimension (row stride, in floats) of `c`.
   * @param beta 0: overwrite C; 1: add to it.
   * @param bias Byte offset of a bias of n floats added to every row, or 0 for none.
   * @param relu 1: apply ReLU to the result; 0: not.
   * @param pack Byte offset of the calling thread's packing scratch (KC·8 + 32 + MC·KC floats).
   * @param i0 First row of C to compute.
   * @param i1 End (exclusive) of the rows of C to compute.
   * @param j0 First column of C to compute (a multiple of 8 when `bj` is 0).
   * @param j1 End (exclusive) of the columns of C to compute.
   */
  gemm(
    k: number, a: number, ai: number, ap: number, b: number, bk: number, bj: number, c: number, ldc: number,
    beta: number, bias: number, relu: number, pack: number, i0: number, i1: number, j0: number, j1: number,
  ): void;
  /**
   * Packs B (k × n) into panel-major order for `gemm` with `bj` = 0: panel q holds columns 8q … 8q + 7 as
   * k rows of 8 floats, zero-padded.
   * @param k Rows of B.
   * @param n Columns of B.
   * @param b Byte offset of B.
   * @param bk Stride of B between rows, in floats.
   * @param bj Stride of B between columns, in floats.
   * @param dst Byte offset of the packed buffer, ⌈n/8⌉·8·k floats.
   */
  pack_b(k: number, n: number, b: number, bk: number, bj: number, dst: number): void;
  /**
   * Runs the program described by a job block (see {@link Program}); every thread calls it with its own `tid`.
   * @param tid This thread's index, 0 (the caller) to threads − 1.
   * @param threads Number of threads running the program together.
   * @param job Byte offset of the job block (see {@link KernelEngine.jobBlock}).
   */
  run_program(tid: number, threads: number, job: number): void;
  /**
   * y = f(x) over a rows × cols block (x and y may alias).
   * @param rows Number of rows.
   * @param cols Number of columns.
   * @param x Byte offset of the input block.
   * @param ldx Leading dimension (row stride, in floats) of `x`.
   * @param y Byte offset of the output block.
   * @param ldy Leading dimension (row stride, in floats) of `y`.
   * @param kind The activation f: 0 linear, 1 ReLU, 2 tanh, 3 sigmoid, 4 softplus (see `ACT_CODE`).
   */
  act_block(rows: number, cols: number, x: number, ldx: number, y: number, ldy: number, kind: number): void;
  /**
   * Activation backward in place: dy ·= f′(x), computed from the outputs y = f(x).
   * @param rows Number of rows.
   * @param cols Number of columns.
   * @param dy Byte offset of the gradient block, updated in place.
   * @param lddy Leading dimension (row stride, in floats) of `dy`.
   * @param y Byte offset of the activation outputs.
   * @param ldy Leading dimension (row stride, in floats) of `y`.
   * @param kind The activation f: 0 linear, 1 ReLU, 2 tanh, 3 sigmoid, 4 softplus (see `ACT_CODE`).
   */
  act_back_block(rows: number, cols: number, dy: number, lddy: number, y: number, ldy: number, kind: number): void;
  /**
   * One GRU step (torch.nn.GRUCell gate order r, u, n) from the input and hidden pre-activations; masked rows
   * keep h_prev.
   * @param rows Number of rows.
   * @param H Hidden size.
   * @param gx Byte offset of the input pre-activations x·W_ih + b_ih (rows × 3H).
   * @param ldgx Leading dimension (row stride, in floats) of `gx`.
   * @param gh Byte offset of the hidden pre-activations h·W_hh + b_hh (rows × 3H).
   * @param ldgh Leading dimension (row stride, in floats) of `gh`.
   * @param hPrev Byte offset of the previous hidden state (rows × H, contiguous).
   * @param mask Byte offset of a per-row mask (`rows` floats; 0 keeps h_prev), or 0 for none.
   * @param h Byte offset of the new hidden state (rows × H; may alias `hPrev`).
   * @param act Byte offset of where the gates [r | u | n] (rows × 3H) are written, or 0 for none.
   */
  gru_step(rows: number, H: number, gx: number, ldgx: number, gh: number, ldgh: number, hPrev: number, mask: number, h: number, act: number): void;
  /**
   * tf.randomUniform(n, 0, 1)'s draws from each of `streams` alea states, into out[s·n …].
   * @param streams Number of independent streams.
   * @param states Byte offset of the streams' alea states, 4 float64 each, advanced in place.
   * @param n Draws per stream.
   * @param out Byte offset of the output, streams·n floats.
   */
  fill_uniform(streams: number, states: number, n: number, out: number): void;
  /**
   * tf.randomNormal(n, 0, 1)'s draws from each of `streams` alea states, into out[s·n …].
   * @param streams Number of independent streams.
   * @param states Byte offset of the streams' alea states, 4 float64 each, advanced in place.
   * @param n Draws per stream.
   * @param out Byte offset of the output, streams·n floats.
   */
  fill_normal(streams: number, states: number, n: number, out: number): void;
  /**
   * The natural logarithm in float64 (fdlibm's, as the random streams use it).
   * @param x The argument.
   */
  log_f64(x: number): number;
  /**
   * Column sums: out[j] = Σ_r y[r, j], or out[j] += Σ_r y[r, j].
   * @param rows Number of rows.
   * @param cols Number of columns.
   * @param y Byte offset of the block.
   * @param ldy Leading dimension (row stride, in floats) of `y`.
   * @param out Byte offset of the sums, `cols` floats.
   * @param acc Nonzero: add to `out`; 0: overwrite it.
   */
  col_sum(rows: number, cols: number, y: number, ldy: number, out: number, acc: number): void;
  /**
   * dst[j, i] = src[i, j] for a rows × cols block.
   * @param rows Rows of `src`.
   * @param cols Columns of `src`.
   * @param src Byte offset of the block to transpose.
   * @param lds Leading dimension (row stride, in floats) of `src`.
   * @param dst Byte offset of the result, cols × rows, contiguous.
   */
  transpose(rows: number, cols: number, src: number, lds: number, dst: number): void;
  /**
   * The four-lane (SIMD) versions of the pointwise functions over n floats, for tests.
   * @param which The function: 0 exp, 1 softplus, 2 sigmoid, 3 tanh.
   * @param n Number of floats, a multiple of 4.
   * @param x Byte offset of the inputs.
   * @param y Byte offset of the outputs.
   */
  map_v(which: number, n: number, x: number, y: number): void;
  /**
   * Σ x² over n floats.
   * @param n Number of floats.
   * @param x Byte offset of the floats.
   */
  sum_squares(n: number, x: number): number;
  /**
   * One Adam update of n parameters in place, in the float32 operation order of the tfjs ops it replaces.
   * @param n Number of parameters.
   * @param p Byte offset of the parameters, updated in place.
   * @param g Byte offset of the gradients.
   * @param m Byte offset of the first moments, updated in place.
   * @param v Byte offset of the second moments, updated in place.
   * @param s Factor the gradients are scaled by first (1: none).
   * @param lr Learning rate.
   * @param b1 β₁.
   * @param omb1 1 − β₁.
   * @param b2 β₂.
   * @param omb2 1 − β₂.
   * @param eps ε added to √v̂.
   * @param c1 Bias correction 1 − β₁ᵗ (computed by the caller in float64).
   * @param c2 Bias correction 1 − β₂ᵗ (computed by the caller in float64).
   */
  adam_step(n: number, p: number, g: number, m: number, v: number, s: number, lr: number, b1: number, omb1: number, b2: number, omb2: number, eps: number, c1: number, c2: number): void;
  /**
   * Per-row KL(N(μq, σq) ‖ N(μp, σp)) summed over Z dimensions, from raw rows [μ | ρ] with σ = softplus(ρ) + floor.
   * @param rows Number of rows.
   * @param Z Latent dimension.
   * @param q Byte offset of the posterior's raw rows [μq | ρq] (rows × 2Z).
   * @param ldq Leading dimension (row stride, in floats) of `q`.
   * @param p Byte offset of the prior's raw rows [μp | ρp] (rows × 2Z).
   * @param ldp Leading dimension (row stride, in floats) of `p`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param out Byte offset of the output, one float per row.
   */
  gauss_kl(rows: number, Z: number, q: number, ldq: number, p: number, ldp: number, floor: number, mask: number, out: number): void;
  /**
   * Backward of `gauss_kl` for an upstream gradient g per row.
   * @param rows Number of rows.
   * @param Z Latent dimension.
   * @param q Byte offset of the posterior's raw rows [μq | ρq] (rows × 2Z).
   * @param ldq Leading dimension (row stride, in floats) of `q`.
   * @param p Byte offset of the prior's raw rows [μp | ρp] (rows × 2Z).
   * @param ldp Leading dimension (row stride, in floats) of `p`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param g Byte offset of the upstream gradient, one float per row.
   * @param dq Byte offset of the gradient w.r.t. the posterior's raw rows [μq | ρq] (rows × 2Z).
   * @param lddq Leading dimension (row stride, in floats) of `dq`.
   * @param dp Byte offset of the gradient w.r.t. the prior's [μp | ρp] (rows × 2Z).
   * @param lddp Leading dimension (row stride, in floats) of `dp`.
   */
  gauss_kl_back(rows: number, Z: number, q: number, ldq: number, p: number, ldp: number, floor: number, mask: number, g: number, dq: number, lddq: number, dp: number, lddp: number): void;
  /**
   * Per-row Bernoulli negative log-likelihood from logits: Σ_j softplus(l) − x·l.
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param l Byte offset of the logits (rows × X).
   * @param ldl Leading dimension (row stride, in floats) of `l`.
   * @param x Byte offset of the data (rows × X, contiguous).
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param out Byte offset of the output, one float per row.
   */
  bernoulli_nll(rows: number, X: number, l: number, ldl: number, x: number, mask: number, out: number): void;
  /**
   * Backward of `bernoulli_nll`: dl = (sigmoid(l) − x)·g·m.
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param l Byte offset of the logits (rows × X).
   * @param ldl Leading dimension (row stride, in floats) of `l`.
   * @param x Byte offset of the data (rows × X, contiguous).
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param g Byte offset of the upstream gradient, one float per row.
   * @param dl Byte offset of the gradient w.r.t. the logits (rows × X).
   * @param lddl Leading dimension (row stride, in floats) of `dl`.
   */
  bernoulli_nll_back(rows: number, X: number, l: number, ldl: number, x: number, mask: number, g: number, dl: number, lddl: number): void;
  /**
   * Per-row diagonal Gaussian negative log-likelihood of x from raw rows [μ | ρ], σ = softplus(ρ) + floor.
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param d Byte offset of the raw rows [μ | ρ] (rows × 2X).
   * @param ldd Leading dimension (row stride, in floats) of `d`.
   * @param x Byte offset of the data (rows × X, contiguous).
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param out Byte offset of the output, one float per row.
   */
  gauss_nll(rows: number, X: number, d: number, ldd: number, x: number, floor: number, mask: number, out: number): void;
  /**
   * Backward of `gauss_nll` into dd = [dμ | dρ].
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param d Byte offset of the raw rows [μ | ρ] (rows × 2X).
   * @param ldd Leading dimension (row stride, in floats) of `d`.
   * @param x Byte offset of the data (rows × X, contiguous).
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param g Byte offset of the upstream gradient, one float per row.
   * @param dd Byte offset of the gradient [dμ | dρ] (rows × 2X).
   * @param lddd Leading dimension (row stride, in floats) of `dd`.
   */
  gauss_nll_back(rows: number, X: number, d: number, ldd: number, x: number, floor: number, mask: number, g: number, dd: number, lddd: number): void;
  /**
   * Per-row log N(z; μp, σp) − log N(z; μq, σq) summed over Z dimensions (the importance-weight term).
   * @param rows Number of rows.
   * @param Z Latent dimension.
   * @param z Byte offset of the latent draws (rows × Z).
   * @param ldz Leading dimension (row stride, in floats) of `z`.
   * @param q Byte offset of the posterior's raw rows [μq | ρq] (rows × 2Z).
   * @param ldq Leading dimension (row stride, in floats) of `q`.
   * @param p Byte offset of the prior's raw rows [μp | ρp] (rows × 2Z).
   * @param ldp Leading dimension (row stride, in floats) of `p`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param out Byte offset of the output, one float per row.
   */
  gauss_logratio(rows: number, Z: number, z: number, ldz: number, q: number, ldq: number, p: number, ldp: number, floor: number, mask: number, out: number): void;
  /**
   * Backward of `gauss_logratio` for an upstream gradient g per row.
   * @param rows Number of rows.
   * @param Z Latent dimension.
   * @param z Byte offset of the latent draws (rows × Z).
   * @param ldz Leading dimension (row stride, in floats) of `z`.
   * @param q Byte offset of the posterior's raw rows [μq | ρq] (rows × 2Z).
   * @param ldq Leading dimension (row stride, in floats) of `q`.
   * @param p Byte offset of the prior's raw rows [μp | ρp] (rows × 2Z).
   * @param ldp Leading dimension (row stride, in floats) of `p`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param g Byte offset of the upstream gradient, one float per row.
   * @param dz Byte offset of the gradient w.r.t. z (rows × Z).
   * @param lddz Leading dimension (row stride, in floats) of `dz`.
   * @param dq Byte offset of the gradient w.r.t. [μq | ρq] (rows × 2Z).
   * @param lddq Leading dimension (row stride, in floats) of `dq`.
   * @param dp Byte offset of the gradient w.r.t. [μp | ρp] (rows × 2Z).
   * @param lddp Leading dimension (row stride, in floats) of `dp`.
   */
  gauss_logratio_back(rows: number, Z: number, z: number, ldz: number, q: number, ldq: number, p: number, ldp: number, floor: number, mask: number, g: number, dz: number, lddz: number, dq: number, lddq: number, dp: number, lddp: number): void;
  /**
   * Per-row negative log-likelihood of x under a diagonal Gaussian mixture from raw rows [logits | μ | ρ].
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param K Number of mixture components.
   * @param d Byte offset of the raw rows [logits | μ | ρ] (rows × K·(1 + 2X)).
   * @param ldd Leading dimension (row stride, in floats) of `d`.
   * @param x Byte offset of the data (rows × X).
   * @param ldx Leading dimension (row stride, in floats) of `x`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param out Byte offset of the output, one float per row.
   */
  gmm_nll(rows: number, X: number, K: number, d: number, ldd: number, x: number, ldx: number, floor: number, mask: number, out: number): void;
  /**
   * Backward of `gmm_nll` into dd = [dlogits | dμ | dρ] (`dd` must not overlap `d` or `x`).
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param K Number of mixture components.
   * @param d Byte offset of the raw rows [logits | μ | ρ] (rows × K·(1 + 2X)).
   * @param ldd Leading dimension (row stride, in floats) of `d`.
   * @param x Byte offset of the data (rows × X).
   * @param ldx Leading dimension (row stride, in floats) of `x`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mask Byte offset of a per-row mask (`rows` floats; a row's result is multiplied by it), or 0 for none.
   * @param g Byte offset of the upstream gradient, one float per row.
   * @param dd Byte offset of the gradient [dlogits | dμ | dρ] (rows × K·(1 + 2X)).
   * @param lddd Leading dimension (row stride, in floats) of `dd`.
   */
  gmm_nll_back(rows: number, X: number, K: number, d: number, ldd: number, x: number, ldx: number, floor: number, mask: number, g: number, dd: number, lddd: number): void;
  /**
   * Draws x from a diagonal Gaussian mixture given as raw rows [logits | μ | ρ], or writes the mixture mean.
   * @param rows Number of rows.
   * @param X Data dimension.
   * @param K Number of mixture components.
   * @param d Byte offset of the raw rows [logits | μ | ρ] (rows × K·(1 + 2X)).
   * @param ldd Leading dimension (row stride, in floats) of `d`.
   * @param u Byte offset of one uniform draw per row that picks the component (the first k with u < Σ_{i≤k} π_i).
   * @param eps Byte offset of the standard normal noise (rows × X, contiguous): x = μ_k + σ_k·ε.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param mean Nonzero: write the mixture mean Σ_k π_k μ_k instead (`u` and `eps` unused).
   * @param x Byte offset of the output (rows × X).
   * @param ldx Leading dimension (row stride, in floats) of `x`.
   */
  gmm_draw(rows: number, X: number, K: number, d: number, ldd: number, u: number, eps: number, floor: number, mean: number, x: number, ldx: number): void;
  /**
   * The kernels' float32 exp(x), for tests.
   * @param x The argument.
   */
  exp_f(x: number): number;
  /**
   * The kernels' float32 log(x), for tests.
   * @param x The argument.
   */
  log_f(x: number): number;
  /**
   * The kernels' float32 softplus(x) = log(1 + eˣ), for tests.
   * @param x The argument.
   */
  softplus_f(x: number): number;
  /**
   * The kernels' float32 sigmoid(x), for tests.
   * @param x The argument.
   */
  sigmoid_f(x: number): number;
  /**
   * The kernels' float32 tanh(x), for tests.
   * @param x The argument.
   */
  tanh_f(x: number): number;
}

/**
 * One GEMM, C = beta·C + op(A)·op(B) (+ bias) (ReLU), with every operand given as a float offset into the
 * engine's heap and strides: A(i, p) = heap[a + i·ai + p·ap], B(p, j) = heap[b + p·bk + j·bj],
 * C(i, j) = heap[c + i·ldc + j]. So transposed operands need no copy. With `bj = 0`, b is a buffer made
 * by {@link KernelEngine.packB} (for weights that many GEMMs read) and bk is ignored.
 */
export interface GemmArgs {
  m: number;
  n: number;
  k: number;
  a: number;
  ai: number;
  ap: number;
  b: number;
  bk: number;
  bj: number;
  c: number;
  ldc: number;
  /** 0: overwrite C; 1: accumulate into C. */
  beta?: 0 | 1;
  /** Float offset of a bias of n floats (0: none). */
  bias?: number;
  relu?: boolean;
}

/** How the kernel engine runs: threads in use and whether the fused multiply-add build loaded. */
export interface KernelEngineInfo {
  /** Threads in use now (the caller and its helpers). */
  threads: number;
  fma: boolean;
  /**
   * Set when the thread guard dropped to fewer threads for the rest of the run: the count it started with,
   * and why (the caller spent that share of its time asleep waiting for descheduled helpers).
   */
  reduced?: { from: number; reason: string };
}

/** Options of {@link KernelEngine.create}. */
export interface KernelEngineOptions {
  /** Threads, the caller included (default 1; at most 8). */
  threads?: number;
  /** Whether to use the relaxed-SIMD fused multiply-add build where it validates (default true). */
  fma?: boolean;
  /**
   * The thread guard (default on; see {@link ThreadGuard}): when waiting for descheduled helpers dominates
   * (a machine busy with other work), the engine halves its threads for the rest of the run.
   */
  guard?: boolean;
  /**
   * Tests only: a slow helper. Every helper sleeps `joinDelayMs` before it takes up each job (one the OS
   * schedules late); in each loop, the first chunk a helper takes lasts at least `chunkDelayMs` (one
   * descheduled mid-chunk).
   */
  slowHelper?: { joinDelayMs?: number; chunkDelayMs?: number };
}

/** Spins (≈ 1 ns each) a loop thread waits for the others before it sleeps. */
const LOOP_SPINS = 30000;

/** Per-thread packing scratch of csrc/gemm.c's gemm: KC·8 + 32 + MC·KC floats. */
const PACK_FLOATS = 256 * 8 + 32 + 128 * 256;
const PAGE = 65536;
/** Below this many multiply-adds a GEMM runs on the calling thread only (waking a helper costs ~1 µs). */
const PARALLEL_MIN_MACS = 1 << 16;

/**
 * probseq's own WASM SIMD kernels: a packed GEMM (≈ 45–50 GFLOP/s per thread with fused multiply-add on
 * this project's x86 machines, against ≈ 31 for tfjs-wasm's XNNPACK build) and the pointwise parts of the
 * VRNN's recurrent steps, over one shared `WebAssembly.Memory` that a helper thread can work on too.
 * Operands are copied in and out of the tfjs-wasm heap (which is not shared).
 *
 * Memory is a bump arena: `mark()` before an operation, `alloc()` for its buffers, `release(mark)` after.
 * Below the arena lies the region of {@link resident}: parameters kept from one call to the next.
 */
export class KernelEngine {
  readonly exports: KernelExports;
  readonly info: KernelEngineInfo;
  private readonly memory: WebAssembly.Memory;
  private readonly pool: ThreadPool | null;
  private readonly packs: number[];
  private view: Float32Array;
  private top: number;
  /** The resident region [residentAt, base), its first free float, and the arena's bottom. */
  private readonly residentAt: number;
  private residentTop: number;
  private base: number;
  /** Parameters kept across calls (copied and packed once while their tfjs data lives). */
  readonly resident: ResidentCache;
  private readonly plans = new Map<number, [number, number, number, number][] | null>();
  /** Threads the engine was started with (the pool's size + 1). */
  readonly startThreads: number;
  private readonly guard: ThreadGuard | null;

  private constructor(
    instance: WebAssembly.Instance,
    memory: WebAssembly.Memory,
    pool: ThreadPool | null,
    fma: boolean,
    packs: number[],
    readonly options: KernelEngineOptions,
  ) {
    this.exports = instance.exports as unknown as KernelExports;
    this.memory = memory;
    this.pool = pool;
    this.view = new Float32Array(memory.buffer);
    this.info = { threads: pool ? pool.size + 1 : 1, fma };
    this.startThreads = this.info.threads;
    this.guard = options.guard === false ? null : new ThreadGuard();
    // Byte 0 … 4095 stay unused (null pointers); one packing buffer per thread follows.
    this.packs = packs;
    this.residentAt = this.residentTop = this.base = this.top = packs[packs.length - 1] + PACK_FLOATS;
    this.resident = new ResidentCache(this);
  }

  /** Compiles the kernels (the fused multiply-add build where the runtime validates it) and starts `threads − 1` helpers. */
  static async create(options: KernelEngineOptions = {}): Promise<KernelEngine> {
    const relaxed = options.fma !== false && ((await enableRelaxedSimdInNode()) || relaxedSimdAvailable());
    const module = await WebAssembly.compile(decodeBase64(relaxed ? KERNELS_RELAXED_BASE64 : KERNELS_SIMD_BASE64));
    const memory = new WebAssembly.Memory({ initial: 256, maximum: 32768, shared: true });
    const instance = await WebAssembly.instantiate(module, { env: { memory, now: () => performance.now() } });
    const threads = Math.min(8, Math.max(1, Math.floor(options.threads ?? 1)));
    const packs = Array.from({ length: threads }, (_, t) => 1024 + t * PACK_FLOATS);
    const pool =
      threads > 1 ? await startThreadPool(module, memory, packs.slice(1), { joinDelayMs: options.slowHelper?.joinDelayMs }) : null;
    return new KernelEngine(instance, memory, pool, relaxed, packs, options);
  }

  /** The heap as floats (a fresh view after the memory grew). */
  heap(): Float32Array {
    if (this.view.buffer !== this.memory.buffer || this.view.length * 4 !== this.memory.buffer.byteLength) {
      this.view = new Float32Array(this.memory.buffer);
    }
    return this.view;
  }

  /** The arena's top now (a float offset), for {@link KernelEngine.release}. */
  mark(): number {
    return this.top;
  }

  /**
   * Frees every arena buffer allocated since `mark`.
   * @param mark A float offset that {@link KernelEngine.mark} returned.
   */
  release(mark: number): void {
    // A mark taken before the resident region grew lies below the arena's new bottom.
    this.top = Math.max(mark, this.base);
  }

  /**
   * n floats, 16-byte aligned; returns the float offset. Grows the memory as needed.
   * @param n Number of floats.
   */
  alloc(n: number): number {
    const at = this.top;
    this.top = at + ((n + 3) & ~3);
    this.ensure(this.top);
    return at;
  }

  private ensure(floats: number): void {
    const bytes = floats * 4;
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / PAGE) + 64);
  }

  /** @internal Floats left in the resident region. */
  residentFree(): number {
    return this.base - this.residentTop;
  }

  /** @internal n floats of the resident region (16-byte aligned), or null when it is full. */
  allocResident(n: number): number | null {
    const size = (n + 3) & ~3;
    if (this.residentTop + size > this.base) return null;
    const at = this.residentTop;
    this.residentTop += size;
    return at;
  }

  /**
   * @internal Empties the resident region, sized to hold at least `floats` (twice that, so that a few
   * builds fit before the next reset), and moves the arena above it. Only while the arena is empty;
   * returns whether it did.
   */
  resetResident(floats: number): boolean {
    if (this.top !== this.base) return false;
    const cap = Math.max(this.base - this.residentAt, 2 * floats);
    this.residentTop = this.residentAt;
    this.base = this.top = this.residentAt + ((cap + 3) & ~3);
    this.ensure(this.base);
    return true;
  }

  /**
   * Copies `src` into a fresh arena buffer; returns its float offset.
   * @param src The values to copy.
   */
  put(src: ArrayLike<number> & { length: number }): number {
    const at = this.alloc(src.length);
    this.heap().set(src as Float32Array, at);
    return at;
  }

  /**
   * A view of n floats at a float offset (valid until the next allocation).
   * @param at Float offset of the first float.
   * @param n Number of floats.
   */
  get(at: number, n: number): Float32Array {
    return this.heap().subarray(at, at + n);
  }

  /**
   * B(p, j) = heap[b + p·bk + j·bj] (k × n) packed for `gemm({ ..., b: packed, bk: 0, bj: 0 })`; returns the offset.
   * @param b Float offset of B.
   * @param bk Stride of B between rows, in floats.
   * @param bj Stride of B between columns, in floats.
   * @param k Rows of B.
   * @param n Columns of B.
   */
  packB(b: number, bk: number, bj: number, k: number, n: number): number {
    const at = this.alloc(packedSize(k, n));
    this.exports.pack_b(k, n, b * 4, bk, bj, at * 4);
    return at;
  }

  /**
   * Runs one GEMM, split over the helper threads when it is large enough.
   * @param g The GEMM's sizes, operands (float offsets) and strides.
   */
  gemm(g: GemmArgs): void {
    const { m, n, k } = g;
    if (m === 0 || n === 0) return;
    const args = [k, g.a * 4, g.ai, g.ap, g.b * 4, g.bk, g.bj, g.c * 4, g.ldc, g.beta ?? 0, (g.bias ?? 0) * 4, g.relu ? 1 : 0];
    const gemm = this.exports.gemm as unknown as (...a: number[]) => void;
    const chunks = this.info.threads > 1 && m * n * k >= PARALLEL_MIN_MACS ? this.chunksFor(m, n) : null;
    if (!chunks) {
      gemm(...args, this.packs[0] * 4, 0, m, 0, n);
      return;
    }
    const t0 = performance.now();
    const slept = this.pool!.gemm(args, chunks, gemm, this.packs[0] * 4, this.info.threads - 1);
    this.watch(performance.now() - t0, slept);
  }

  /**
   * Runs a program (csrc/program.c's `run_program`, see {@link Program}) as `run_program(t, threads, job)`
   * on every thread at once (the threads share its phases out through the job block, a float offset); on
   * one thread, directly.
   * @param loop The export to run, `'run_program'`.
   * @param job Float offset of the job block (see {@link KernelEngine.jobBlock}).
   */
  together(loop: 'run_program', job: number): void {
    const fn = this.exports[loop] as unknown as (...a: number[]) => void;
    const kind = JOB.PROGRAM;
    const threads = this.info.threads;
    if (threads === 1) {
      fn(0, 1, job * 4);
      return;
    }
    const t0 = performance.now();
    this.pool!.together(kind, threads, job * 4, fn);
    const slept = new Float64Array(this.memory.buffer, (job + SYNC.SLEPT_MS) * 4, 1)[0];
    this.watch(performance.now() - t0, slept);
  }

  /** Tells the thread guard about one multi-threaded call; drops threads when it says so. */
  private watch(wall: number, slept: number): void {
    if (!this.guard) return;
    const { threads, share } = this.guard.record(wall, slept, this.info.threads);
    if (threads === this.info.threads) return;
    this.info.threads = threads;
    this.info.reduced = {
      from: this.info.reduced?.from ?? this.startThreads,
      reason:
        `the caller slept ${Math.round(100 * share)} % of a ${GUARD_WINDOW_MS} ms window waiting for helper threads ` +
        `(the machine is busy): ${threads} thread${threads > 1 ? 's' : ''} from now on`,
    };
  }

  /**
   * A job block for {@link together}: ints 0 … 79 for the loop's fields (pointer fields take byte offsets),
   * with each thread's packing buffer at `packsAt` …, then the words through which the threads share the
   * work (csrc/phases.h: SYNC_*), cleared. Returns its offset.
   * @param packsAt Index of the int field where the threads' packing-buffer byte offsets start, one per thread.
   */
  jobBlock(packsAt: number): { at: number; ints: Int32Array } {
    const at = this.alloc(SYNC.FIELDS);
    const ints = new Int32Array(this.memory.buffer, at * 4, SYNC.FIELDS);
    ints.fill(0);
    for (let t = 0; t < this.startThreads; t++) ints[packsAt + t] = this.packs[t] * 4;
    ints[SYNC.SPIN] = LOOP_SPINS;
    ints[SYNC.CALLER_BLOCKS] = canBlock() ? 1 : 0;
    new Float32Array(ints.buffer, ints.byteOffset, SYNC.FIELDS)[SYNC.SLOW_MS] = this.options.slowHelper?.chunkDelayMs ?? 0;
    return { at, ints };
  }



  /** The chunk plan of an m × n GEMM, cached: the per-step GEMMs of a recurrence repeat a few shapes. */
  private chunksFor(m: number, n: number): [number, number, number, number][] | null {
    const key = (m * 1048576 + n) * 16 + this.info.threads;
    let plan = this.plans.get(key);
    if (plan === undefined) {
      if (this.plans.size > 256) this.plans.clear();
      plan = split(m, n, this.info.threads);
      this.plans.set(key, plan);
    }
    return plan;
  }

  /** Stops the helper threads. */
  dispose(): void {
    this.pool?.stop();
  }
}

/**
 * Floats of a k × n matrix packed by {@link KernelEngine.packB}.
 * @param k Rows of the matrix (the GEMM's inner dimension).
 * @param n Columns (rounded up to whole 8-column panels).
 */
export function packedSize(k: number, n: number): number {
  return Math.ceil(n / 8) * 8 * k;
}

/**
 * Cuts an m × n GEMM into chunks [i0, i1, j0, j1] for `threads` threads to claim: about four per thread,
 * by 8-column panels when there are enough, else by 4-row blocks; null when too small to share.
 */
function split(m: number, n: number, threads: number): [number, number, number, number][] | null {
  const panels = Math.ceil(n / 8);
  const blocks = Math.ceil(m / 4);
  const byCols = panels >= 2 * threads || panels >= blocks;
  const units = byCols ? panels : blocks;
  const count = Math.min(MAX_CHUNKS, 4 * threads, units);
  if (count < 2) return null;
  const out: [number, number, number, number][] = [];
  for (let c = 0; c < count; c++) {
    const u0 = Math.round((units * c) / count), u1 = Math.round((units * (c + 1)) / count);
    if (byCols) out.push([0, m, Math.min(n, u0 * 8), Math.min(n, u1 * 8)]);
    else out.push([Math.min(m, u0 * 4), Math.min(m, u1 * 4), 0, n]);
  }
  return out;
}

// (module (func (param v128 v128 v128) (result v128) local.get 0 local.get 1 local.get 2 f32x4.relaxed_madd))
const RELAXED_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 123, 123, 123, 1, 123, 3, 2, 1, 0, 10, 13, 1, 11, 0, 32, 0, 32, 1, 32, 2,
  253, 133, 2, 11,
]);

/** Whether relaxed SIMD validates here (Chrome ≥ 114, Node ≥ 22; Node 20 after {@link enableRelaxedSimdInNode}). */
export function relaxedSimdAvailable(): boolean {
  return WebAssembly.validate(RELAXED_PROBE);
}

// A computed specifier keeps browser bundlers from resolving the Node built-in.
const V8_MODULE = 'node:v8';

/**
 * Node 20's V8 validates relaxed SIMD only behind a flag (on by default from Node 22 and Chrome 114);
 * sets it, process-wide, where needed. Returns whether relaxed SIMD then validates.
 */
export async function enableRelaxedSimdInNode(): Promise<boolean> {
  if (relaxedSimdAvailable()) return true;
  if (typeof process === 'undefined' || !process.versions?.node) return false;
  try {
    const v8 = (await import(/* @vite-ignore */ /* webpackIgnore: true */ V8_MODULE)) as typeof import('node:v8');
    v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
  } catch {
    return false;
  }
  return relaxedSimdAvailable();
}

function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const g = globalThis as unknown as { Buffer?: { from(s: string, e: string): Uint8Array } };
  if (g.Buffer) return new Uint8Array(g.Buffer.from(s, "base64"));
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let active: KernelEngine | null = null;
let starting: Promise<KernelEngine> | null = null;

/** The most threads the default picks: the VRNN's per-step GEMMs are small, and gain little beyond this. */
export const MAX_DEFAULT_THREADS = 4;

/** Cores this process may use: Node's `os.availableParallelism()`, a browser's `navigator.hardwareConcurrency`. */
export function availableCores(): number {
  const proc = typeof process !== 'undefined' ? (process as { getBuiltinModule?: (id: string) => unknown }) : undefined;
  const os = proc?.getBuiltinModule?.('node:os') as { availableParallelism?: () => number; cpus?: () => unknown[] } | undefined;
  const node = os?.availableParallelism?.() ?? os?.cpus?.().length;
  if (node) return node;
  const g = globalThis as unknown as { navigator?: { hardwareConcurrency?: number } };
  return g.navigator?.hardwareConcurrency ?? 1;
}

/**
 * The default thread count: env `PROBSEQ_WASM_THREADS` if set; else the available cores up to
 * {@link MAX_DEFAULT_THREADS} in Node and in browsers with cross-origin isolation; else 1.
 */
export function defaultKernelThreads(): number {
  const env = typeof process !== 'undefined' ? process.env?.PROBSEQ_WASM_THREADS : undefined;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 1) throw new Error(`PROBSEQ_WASM_THREADS must be a positive integer, found '${env}'`);
    return n;
  }
  const g = globalThis as unknown as { crossOriginIsolated?: boolean };
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  if (!isNode && !g.crossOriginIsolated) return 1;
  return Math.max(1, Math.min(MAX_DEFAULT_THREADS, availableCores()));
}

/**
 * Starts (once) the kernel engine that the wasm backend's matmuls and `@probseq/vrnn`'s engine graphs use.
 * Called by `setBackend('wasm')`; a later call with other options restarts it.
 * @param options The engine's options except `fma` (threads default {@link defaultKernelThreads}, at most 8).
 */
export async function startKernelEngine(options: Omit<KernelEngineOptions, 'fma'> = {}): Promise<KernelEngine> {
  const threads = Math.min(8, Math.max(1, Math.floor(options.threads ?? defaultKernelThreads())));
  const same = (e: KernelEngine | null) =>
    e !== null &&
    e.startThreads === threads &&
    e.options.guard === options.guard &&
    JSON.stringify(e.options.slowHelper) === JSON.stringify(options.slowHelper);
  if (same(active)) return active!;
  if (starting) await starting.catch(() => undefined);
  if (same(active)) return active!;
  active?.dispose();
  active = null;
  starting = KernelEngine.create({ ...options, threads });
  try {
    active = await starting;
  } finally {
    starting = null;
  }
  return active;
}

/** The running kernel engine while tfjs is on the wasm backend (null otherwise, or before `setBackend('wasm')`). */
export function getKernelEngine(): KernelEngine | null {
  return active && tf.getBackend() === 'wasm' ? active : null;
}

/** Stops the kernel engine (its helper threads); later model ops take the tfjs path. */
export function stopKernelEngine(): void {
  active?.dispose();
  active = null;
}

import { packedSize, type KernelEngine } from './kernel-engine';
import { ACT_CODE, LOSS, OP, Program, f32bits, ptr, runPrograms, type ActKind, type Split, type View } from './program';

/**
 * A model's computation as engine programs, with its reverse-mode derivative: the model (for example
 * `@probseq/vrnn`) describes its steps once, as regions of operations over buffers in the engine's heap,
 * and the graph writes the forward programs and, op by op in reverse, the backward ones. Nothing here
 * knows any model.
 *
 * - A *sequence buffer* holds `blocks` blocks of `rows × cols` floats (block-major), e.g. one block per time
 *   step, or T + 1 for a recurrent state (h_0 … h_T); or one block that every step of a loop reuses (a
 *   temporary of a forward-only program, such as sampling).
 * - A *batch region* runs its operations once over whole buffers (all blocks as rows); a *loop region* runs
 *   them `steps` times, reading and writing block t + k at step t (or t = T − 1 − step, reversed).
 * - Every operation's backward accumulates into the gradient buffers of its inputs (zeroed first); weight
 *   gradients are single GEMMs over all rows of all steps after the backward programs.
 */
export class Graph {
  private readonly bufs: Seq[] = [];
  private readonly regions: Region[] = [];
  private readonly weightGrads: (() => void)[] = [];

  /** @param engine The running kernel engine whose heap holds the buffers and which runs the programs. */
  constructor(readonly engine: KernelEngine) {}

  /**
   * A sequence buffer of blocks × rows × cols floats; `grad`: whether gradients flow into it.
   * @param blocks Number of blocks (e.g. T time steps, T + 1 for a recurrent state, or 1 for a reused temporary).
   * @param rows Rows per block.
   * @param cols Columns (floats per row).
   * @param options Gradient and initialisation options.
   * @param options.grad Whether gradients flow into the buffer (default true).
   * @param options.zero Whether to fill it with zeros (default false: the arena's contents are left as they are).
   */
  seq(blocks: number, rows: number, cols: number, options: { grad?: boolean; zero?: boolean } = {}): Seq {
    const at = this.engine.alloc(blocks * rows * cols);
    if (options.zero) this.engine.heap().fill(0, at, at + blocks * rows * cols);
    const s: Seq = { id: this.bufs.length, at, blocks, rows, cols, needsGrad: options.grad ?? true, grad: 0 };
    this.bufs.push(s);
    return s;
  }

  /**
   * Every buffer ({@link seq} and {@link wrap}), in the order they were made: what a rebuild of the same
   * graph (for its backward pass) restores from the forward pass's memory, buffer by buffer.
   */
  buffers(): readonly Seq[] {
    return this.bufs;
  }

  /**
   * A sequence buffer over floats already in the heap (inputs: data, noise, masks).
   * @param at Float offset of the first float.
   * @param blocks Number of blocks.
   * @param rows Rows per block.
   * @param cols Columns (floats per row).
   * @param grad Whether gradients flow into the buffer (default false).
   */
  wrap(at: number, blocks: number, rows: number, cols: number, grad = false): Seq {
    const s: Seq = { id: this.bufs.length, at, blocks, rows, cols, needsGrad: grad, grad: 0 };
    this.bufs.push(s);
    return s;
  }

  /**
   * `copies` copies of src's rows in every block: row n·R + r of block t is row r of src's block t (R =
   * src.rows), the row layout of N samples or particles of R sequences. What depends only on the data
   * (φx(x), a backward RNN over x, their linear terms) is then computed for R rows and tiled, not computed
   * N times. Gradients flow back to src summed over the copies. With one copy, src itself.
   * @param src The buffer to tile.
   * @param copies Number of copies N.
   */
  tileRows(src: Seq, copies: number): Seq {
    if (!Number.isInteger(copies) || copies < 1) throw new Error(`Graph.tileRows: copies must be a positive integer, found ${copies}`);
    if (copies === 1) return src;
    const R = src.rows, rows = copies * R;
    // The source row of each row, as the gather reads it (one block that every step reuses).
    const from = this.seq(1, rows, 1, { grad: false });
    const heap = this.engine.heap();
    for (let r = 0; r < rows; r++) heap[from.at + r] = r % R;
    const dst = this.seq(src.blocks, rows, src.cols, { grad: src.needsGrad });
    const L = this.loop(src.blocks, rows);
    const block = R * src.cols;
    L.gatherRows({ buf: src.id, at: src.at, stride: block, rows: R, cols: src.cols, ld: src.cols }, L.at(from), L.at(dst), copies, R);
    return dst;
  }

  /**
   * A region that runs once over `rows` rows.
   * @param rows Number of rows: all blocks of the buffers it reads, as rows.
   */
  batch(rows: number): Region {
    const r = new Region(this, 1, rows, false);
    this.regions.push(r);
    return r;
  }

  /**
   * A region that runs `steps` times over `rows` rows per step, forward in time or reversed.
   * @param steps Number of steps (e.g. T).
   * @param rows Rows per step (e.g. the batch B).
   * @param reverse Whether step 0 works on the last block, t = T − 1 − step (default false).
   */
  loop(steps: number, rows: number, reverse = false): Region {
    const r = new Region(this, steps, rows, reverse);
    this.regions.push(r);
    return r;
  }

  /**
   * A `[in, out]` row-major weight at a float offset; its gradient lands in `grad` when given.
   * @param at Float offset of the weight.
   * @param rowsIn Rows: the input width.
   * @param cols Columns: the output width.
   * @param grad Float offset where its gradient is accumulated, or 0 (the default) for none.
   */
  weight(at: number, rowsIn: number, cols: number, grad = 0): Weight {
    return { at, rows: rowsIn, cols, grad, packs: new Map() };
  }

  /** Runs the forward programs, region by region. */
  forward(): void {
    for (const r of this.regions) Graph.observer?.(r.fwd, r, 'forward');
    runPrograms(this.engine, this.regions.map((r) => r.fwd));
  }

  /**
   * Tests and profiling: called with every program before it runs, with its region and direction.
   * @param p The program about to run.
   * @param region The region the program belongs to.
   * @param pass Whether it is the region's forward or backward program.
   */
  static observer: ((p: Program, region: Region, pass: 'forward' | 'backward') => void) | null = null;

  /**
   * Runs the backward programs (regions in reverse, operations in reverse) after the caller has set the
   * gradients of the outputs (`gradOf`), then the weight and bias gradients.
   */
  backward(): void {
    const programs: Program[] = [];
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const p = this.regions[i].backwardProgram();
      Graph.observer?.(p, this.regions[i], 'backward');
      programs.push(p);
    }
    runPrograms(this.engine, programs);
    for (const f of this.weightGrads) f();
  }

  /** Allocates (zeroed) the gradient buffers of every buffer that takes gradients. Call before `backward`. */
  allocGrads(): void {
    const heap = () => this.engine.heap();
    for (const s of this.bufs) {
      if (!s.needsGrad || s.grad) continue;
      const n = s.blocks * s.rows * s.cols;
      s.grad = this.engine.alloc(n);
      heap().fill(0, s.grad, s.grad + n);
    }
  }

  /**
   * The float offset of a buffer's gradient (after `allocGrads`).
   * @param s A buffer of this graph that takes gradients.
   */
  gradOf(s: Seq): number {
    if (!s.grad) throw new Error('Graph.gradOf: no gradient buffer (allocGrads first, and the buffer must take gradients)');
    return s.grad;
  }

  /** @internal */
  bufOf(v: View): Seq {
    return this.bufs[v.buf];
  }

  /** @internal */
  addWeightGrad(f: () => void): void {
    this.weightGrads.push(f);
  }
}

/** A sequence buffer (see {@link Graph}). */
export interface Seq {
  id: number;
  at: number;
  blocks: number;
  rows: number;
  cols: number;
  needsGrad: boolean;
  grad: number;
}

/** A weight matrix `[rows, cols]` (row-major, float offset) with its packed forms, cached by row slice. */
export interface Weight {
  at: number;
  rows: number;
  cols: number;
  grad: number;
  packs: Map<string, number>;
  /**
   * Where the packs' memory comes from, when given (e.g. a resident session, to reuse them across calls):
   * returns n floats that `make(at)` fills unless they are kept already.
   * @param how How the buffer is made from the weight (`'pack 0:64:T'`: rows 0 … 63, transposed).
   * @param n Floats of the buffer.
   * @param make Fills the buffer at a float offset.
   */
  keep?(how: string, n: number, make: (at: number) => void): number;
}

/** Rows [r0, r0 + n) of a weight: the part of a layer that one input feeds. */
export interface WeightSlice {
  w: Weight;
  r0: number;
  n: number;
}

/** A bias `[cols]` at a float offset, and where its gradient goes (0: none). */
export interface Bias {
  at: number;
  grad: number;
}

/** One term x·W of a linear map. */
export interface Term {
  x: View;
  w: WeightSlice;
}

/** Below this many weights (k·n), or above 64 rows per step, a GEMM is shared out by rows rather than by column panels. */
const COLS_MIN_WEIGHTS = 16384;
const COLS_MAX_ROWS = 64;

/** A batch or loop region of a {@link Graph}: its forward program, and its operations' backward emitters. */
export class Region {
  readonly fwd: Program;
  /**
   * @internal The operations' backward emitters, in the order the operations were added (each adds its
   * operation's derivative to the backward program it is given).
   */
  readonly backOps: ((p: Program) => void)[] = [];

  /**
   * Made by {@link Graph.batch} and {@link Graph.loop}.
   * @param g The graph the region belongs to.
   * @param steps How many times the region's program runs (1 for a batch region).
   * @param rows Rows per step.
   * @param reverse Whether the steps run backwards in time.
   */
  constructor(
    private readonly g: Graph,
    readonly steps: number,
    readonly rows: number,
    readonly reverse: boolean,
  ) {
    this.fwd = new Program(steps);
  }

  /** The backward program: the operations' derivatives in reverse order, over the steps in reverse. */
  backwardProgram(): Program {
    const p = new Program(this.steps);
    for (let j = this.backOps.length - 1; j >= 0; j--) this.backOps[j](p);
    return p;
  }

  /**
   * The view of a sequence buffer for this region: a loop reads block t + k at step t (k = −1 … for the
   * state before the step when states have T + 1 blocks: pass the buffer's block offset); a batch region
   * reads `blocks` blocks from `first` as rows.
   * @param s The sequence buffer.
   * @param k Block offset: a loop reads block t + k at step t, a batch region starts at block k (default 0).
   * @param cols The columns to view as [first column, count] (default all).
   */
  at(s: Seq, k = 0, cols?: [number, number]): View {
    const [c0, n] = cols ?? [0, s.cols];
    const block = s.rows * s.cols;
    if (this.steps === 1 && !this.reverseLoop()) {
      return { buf: s.id, at: s.at + k * block + c0, stride: 0, rows: this.rows, cols: n, ld: s.cols };
    }
    if (s.rows !== this.rows) throw new Error(`Region.at: buffer rows ${s.rows} ≠ region rows ${this.rows}`);
    if (s.blocks === 1) {
      // One block that every step reuses (a temporary of a forward-only loop: nothing reads it later).
      if (k !== 0) throw new Error('Region.at: a one-block buffer has no block t + k');
      return { buf: s.id, at: s.at + c0, stride: 0, rows: this.rows, cols: n, ld: s.cols };
    }
    const first = this.reverse ? this.steps - 1 + k : k;
    return { buf: s.id, at: s.at + first * block + c0, stride: this.reverse ? -block : block, rows: this.rows, cols: n, ld: s.cols };
  }

  private reverseLoop(): boolean {
    return this.reverse;
  }

  private grad(v: View): View | null {
    const s = this.g.bufOf(v);
    if (!s.needsGrad) return null;
    return { ...v, buf: -1 - s.id, at: v.at - s.at + s.grad };
  }

  /** The same view for the backward program, which runs the steps in reverse. */
  private rev(v: View | null): View | null {
    if (!v || this.steps === 1) return v;
    return { ...v, at: v.at + (this.steps - 1) * v.stride, stride: -v.stride };
  }

  /** A gradient view, in backward orientation (resolved when the backward program is written). */
  private dv(v: View): View | null {
    return this.rev(this.grad(v));
  }

  private gemmSplit(k: number, n: number): Split {
    return this.rows <= COLS_MAX_ROWS && k * n >= COLS_MIN_WEIGHTS && n >= 32 ? 'cols' : 'rows';
  }

  private packed(s: WeightSlice, transposed: boolean): number {
    const key = `${s.r0}:${s.n}:${transposed ? 'T' : ''}`;
    let at = s.w.packs.get(key);
    if (at === undefined) {
      const e = this.g.engine;
      const base = (s.w.at + s.r0 * s.w.cols) * 4;
      // Transposed: W[r0 : r0 + n]ᵀ, cols × n; else W[r0 : r0 + n], n × cols.
      const [k, n, bk, bj] = transposed ? [s.w.cols, s.n, 1, s.w.cols] : [s.n, s.w.cols, s.w.cols, 1];
      const make = (dst: number) => e.exports.pack_b(k, n, base, bk, bj, dst * 4);
      const size = packedSize(k, n);
      if (s.w.keep) at = s.w.keep(`pack ${key}`, size, make);
      else make((at = e.alloc(size)));
      s.w.packs.set(key, at);
    }
    return at;
  }

  private gemm(p: Program, out: View, x: View, packedW: number, k: number, beta: number, bias: number, act: ActKind): void {
    p.gemm(this.gemmSplit(k, out.cols), out, x, packedW, k, beta, bias, ACT_CODE[act]);
  }

  /**
   * out (=|+=) Σ_i x_i·W_i (+ bias), then the activation: a linear layer whose input is split over several
   * buffers (each term a slice of the weight's rows). With `accumulate`, out already holds a part (computed
   * by an earlier operation, e.g. the terms known before a loop) and the activation applies to the sum.
   * @param out The output `[rows, out]`.
   * @param terms The terms x_i·W_i, each input with the slice of the weight's rows it feeds.
   * @param bias The bias `[out]`, or null for none.
   * @param act The activation applied to the sum (default `'linear'`).
   * @param accumulate Whether to add to what `out` already holds (default false: overwrite).
   */
  linear(out: View, terms: Term[], bias: Bias | null, act: ActKind = 'linear', accumulate = false): void {
    terms.forEach((t, i) => {
      if (t.x.cols !== t.w.n || out.cols !== t.w.w.cols) {
        throw new Error(`Region.linear: term ${i} is [·, ${t.x.cols}]·[${t.w.n}, ${t.w.w.cols}] into [·, ${out.cols}]`);
      }
      const last = i === terms.length - 1;
      this.gemm(this.fwd, out, t.x, this.packed(t.w, false), t.w.n, accumulate || i > 0 ? 1 : 0, i === 0 && bias ? bias.at : 0, last ? act : 'linear');
    });
    this.backOps.push((p) => {
      const dOut = this.dv(out);
      if (!dOut) return;
      if (act !== 'linear') {
        const y = this.rev(out)!;
        p.add(OP.ACT_BACK, 'rows', out.rows, [out.cols, ...ptr(dOut), dOut.ld, ...ptr(y), y.ld, ACT_CODE[act]], [dOut, y], [dOut]);
      }
      for (const t of terms) {
        const dx = this.dv(t.x);
        if (dx) this.gemm(p, dx, dOut, this.packed(t.w, true), out.cols, 1, 0, 'linear');
      }
    });
    for (const t of terms) this.weightGrad(t, out);
    if (bias) {
      this.g.addWeightGrad(() => {
        if (!bias.grad || !this.grad(out)) return;
        const [at, rows] = this.allRows(this.grad(out)!);
        this.g.engine.exports.col_sum(rows, out.cols, at * 4, out.ld, bias.grad * 4, 1);
      });
    }
  }

  /** First row and row count of a view over all steps (its blocks tile one contiguous matrix). */
  private allRows(v: View): [number, number] {
    if (this.steps === 1) return [v.at, v.rows];
    if (Math.abs(v.stride) !== v.rows * v.ld) throw new Error('Region: per-step blocks that do not tile one matrix');
    return [Math.min(v.at, v.at + (this.steps - 1) * v.stride), this.steps * v.rows];
  }

  private weightGrad(t: Term, out: View): void {
    this.g.addWeightGrad(() => {
      const dOut = this.grad(out);
      if (!dOut || !t.w.w.grad) return;
      const [xa, rows] = this.allRows(t.x);
      const [da] = this.allRows(dOut);
      const w = t.w.w;
      this.g.engine.gemm({ m: t.w.n, n: w.cols, k: rows, a: xa, ai: 1, ap: t.x.ld, b: da, bk: dOut.ld, bj: 1, c: w.grad + t.w.r0 * w.cols, ldc: w.cols, beta: 1 });
    });
  }

  /**
   * y = act(y) in place (an activation applied after the linear terms that make y).
   * @param y The values, overwritten.
   * @param kind The activation.
   */
  act(y: View, kind: ActKind): void {
    if (kind === 'linear') return;
    this.fwd.add(OP.ACT, 'rows', this.rows, [y.cols, ...ptr(y), y.ld, ...ptr(y), y.ld, ACT_CODE[kind]], [y], [y]);
    this.backOps.push((p) => {
      const dy = this.dv(y);
      if (!dy) return;
      const v = this.rev(y)!;
      p.add(OP.ACT_BACK, 'rows', this.rows, [y.cols, ...ptr(dy), dy.ld, ...ptr(v), v.ld, ACT_CODE[kind]], [dy, v], [dy]);
    });
  }

  /**
   * LSTM step (torch gate order) from pre-activations `gates` [rows, 4H]; masked rows keep their state.
   * @param gates The gate pre-activations [i | f | g | o] `[rows, 4H]`.
   * @param hPrev The hidden state before the step `[rows, H]`.
   * @param cPrev The cell state before the step `[rows, H]`.
   * @param mask The per-row mask `[rows, 1]` (0: keep the state), or null for none.
   * @param h The new hidden state `[rows, H]`.
   * @param c The new cell state `[rows, H]`.
   * @param act Where the activated gates `[rows, 4H]` are kept for the backward pass (null: a forward-only graph).
   * @param tc Where tanh(c) `[rows, H]` is kept for the backward pass (null: a forward-only graph).
   */
  lstm(gates: View, hPrev: View, cPrev: View, mask: View | null, h: View, c: View, act: View | null, tc: View | null): void {
    const H = h.cols;
    this.fwd.add(OP.LSTM, 'rows', this.rows, [H, ...ptr(gates), gates.ld, ...ptr(hPrev), ...ptr(cPrev), ...ptr(mask), ...ptr(h), ...ptr(c), ...ptr(act), ...ptr(tc)], [gates, hPrev, cPrev], [h, c, act!, tc!].filter(Boolean));
    this.backOps.push((p) => {
      if (!act || !tc) throw new Error('Region.lstm: a forward-only step (no act/tc kept) has no backward pass');
      const dh = this.dv(h)!, dc = this.dv(c), dG = this.dv(gates)!, dhp = this.dv(hPrev)!, dcp = this.dv(cPrev)!;
      const r = (v: View | null) => this.rev(v);
      p.add(OP.LSTM_BACK, 'rows', this.rows, [H, ...ptr(dh), ...ptr(dc), ...ptr(r(act)), ...ptr(r(tc)), ...ptr(r(cPrev)), ...ptr(r(mask)), ...ptr(dG), dG.ld, ...ptr(dhp), ...ptr(dcp)], [dh, dc!], [dG, dhp, dcp]);
    });
  }

  /**
   * GRU step (torch.nn.GRUCell) from gx = x·W_ih + b_ih and gh = h·W_hh + b_hh [rows, 3H].
   * @param gx The input pre-activations `[rows, 3H]`.
   * @param gh The hidden pre-activations `[rows, 3H]`.
   * @param hPrev The hidden state before the step `[rows, H]`.
   * @param mask The per-row mask `[rows, 1]` (0: keep the state), or null for none.
   * @param h The new hidden state `[rows, H]`.
   * @param act Where the gates [r | u | n] `[rows, 3H]` are kept for the backward pass (null: a forward-only graph).
   */
  gru(gx: View, gh: View, hPrev: View, mask: View | null, h: View, act: View | null): void {
    const H = h.cols;
    this.fwd.add(OP.GRU, 'rows', this.rows, [H, ...ptr(gx), gx.ld, ...ptr(gh), gh.ld, ...ptr(hPrev), ...ptr(mask), ...ptr(h), ...ptr(act)], [gx, gh, hPrev], [h, act!].filter(Boolean));
    this.backOps.push((p) => {
      if (!act) throw new Error('Region.gru: a forward-only step (no act kept) has no backward pass');
      const dh = this.dv(h)!, dgx = this.dv(gx)!, dgh = this.dv(gh)!, dhp = this.dv(hPrev)!;
      const r = (v: View | null) => this.rev(v)!;
      const m = this.rev(mask);
      p.add(OP.GRU_BACK, 'rows', this.rows, [H, ...ptr(dh), ...ptr(r(act)), ...ptr(r(gh)), gh.ld, ...ptr(r(hPrev)), ...ptr(m), ...ptr(dgx), dgx.ld, ...ptr(dgh), dgh.ld, ...ptr(dhp)], [dh], [dgx, dgh, dhp]);
    });
  }

  /**
   * z = μ + σ·ε from raw rows q = [μ | ρ], σ = softplus(ρ) + floor (σ into `sigma`, μ into `mu` if given).
   * @param q The raw rows [μ | ρ] `[rows, 2Z]`.
   * @param eps The standard normal noise ε `[rows, Z]`.
   * @param floor Minimum scale added to softplus(ρ).
   * @param z The draw `[rows, Z]`.
   * @param sigma Where σ `[rows, Z]` is written.
   * @param mu Where μ `[rows, Z]` is written, or null (the default) for nowhere.
   */
  gaussDraw(q: View, eps: View, floor: number, z: View, sigma: View, mu: View | null = null): void {
    const Z = z.cols;
    this.fwd.add(OP.GAUSS_DRAW, 'rows', this.rows, [Z, ...ptr(q), q.ld, ...ptr(eps), f32bits(floor), ...ptr(mu), ...ptr(sigma), ...ptr(z)], [q, eps], [z, sigma]);
    this.backOps.push((p) => {
      const dq = this.dv(q);
      if (!dq) return;
      const dz = this.dv(z), dmu = mu ? this.dv(mu) : null, ds = this.dv(sigma);
      p.add(OP.GAUSS_DRAW_BACK, 'rows', this.rows, [Z, ...ptr(this.rev(q)), q.ld, ...ptr(this.rev(eps)), ...ptr(dz), ...ptr(dmu), ...ptr(ds), ...ptr(dq), dq.ld], [dz!], [dq]);
    });
  }

  /**
   * A per-row loss into out [rows, 1]: `'gaussKL'` KL(q ‖ p) of raw rows a = q, b = p; `'gaussNLL'`,
   * `'bernoulliNLL'`, `'gmmNLL'` −log p(b = x | a = raw head rows) (no gradient to the data x);
   * `'gaussLogRatio'` log p(z) − log q(z) with a = q, b = p. Masked rows (mask [rows, 1]) give 0.
   * @param kind Which loss.
   * @param o The loss's operands.
   * @param o.a The first raw rows: q for the KL and the log-ratio, the head's raw rows for the likelihoods.
   * @param o.b The second operand: p for the KL and the log-ratio, the data x for the likelihoods.
   * @param o.z The latent draws `[rows, width]`, for `'gaussLogRatio'` only.
   * @param o.width The event width: Z for the Gaussians over latents, X for the data.
   * @param o.components Number of mixture components K, for `'gmmNLL'` (default 1).
   * @param o.floor Minimum scale: σ = softplus(ρ) + floor.
   * @param o.mask The per-row mask `[rows, 1]`, or null for none.
   * @param o.out The loss per row `[rows, 1]`.
   */
  loss(
    kind: 'gaussKL' | 'gaussNLL' | 'bernoulliNLL' | 'gmmNLL' | 'gaussLogRatio',
    o: { a: View; b: View; z?: View; width: number; components?: number; floor: number; mask: View | null; out: View },
  ): void {
    const code = { gaussKL: LOSS.GAUSS_KL, gaussNLL: LOSS.GAUSS_NLL, bernoulliNLL: LOSS.BERN_NLL, gmmNLL: LOSS.GMM_NLL, gaussLogRatio: LOSS.GAUSS_LOGRATIO }[kind];
    const z = o.z ?? null;
    const head = [code, o.width, o.components ?? 1];
    const fields = (a: View, b: View, zz: View | null, m: View | null, out: View) =>
      [...head, ...ptr(a), a.ld, ...ptr(b), b.ld, ...ptr(zz), zz ? zz.ld : 0, f32bits(o.floor), ...ptr(m), ...ptr(out)];
    this.fwd.add(OP.LOSS, 'rows', this.rows, fields(o.a, o.b, z, o.mask, o.out), [o.a, o.b], [o.out]);
    this.backOps.push((p) => {
      const g = this.dv(o.out);
      if (!g) return;
      // The kernel writes its gradients into one step's scratch rows; they are then added where they belong.
      const scratch = (v: View | null): View | null => {
        if (!v) return null;
        const s = this.g.seq(1, v.rows, v.cols, { grad: false });
        return { buf: s.id, at: s.at, stride: 0, rows: v.rows, cols: v.cols, ld: v.cols };
      };
      // The likelihoods' data operand b takes no gradient (their kernels give none).
      const nllKind = kind === 'gaussNLL' || kind === 'bernoulliNLL' || kind === 'gmmNLL';
      const da = this.dv(o.a), db = nllKind ? null : this.dv(o.b), dz = z ? this.dv(z) : null;
      const sa = scratch(da), sb = scratch(db), sz = scratch(dz);
      const r = (v: View | null) => this.rev(v);
      p.add(OP.LOSS_BACK, 'rows', this.rows, [...fields(r(o.a)!, r(o.b)!, r(z), r(o.mask), r(o.out)!), ...ptr(g), ...ptr(sa), sa ? sa.ld : 0, ...ptr(sb), sb ? sb.ld : 0, ...ptr(sz), sz ? sz.ld : 0], [g], [sa!, sb!, sz!].filter(Boolean));
      for (const [s, d] of [[sa, da], [sb, db], [sz, dz]] as const) {
        if (s && d) p.add(OP.COPY, 'rows', this.rows, [d.cols, ...ptr(s), s.ld, ...ptr(d), d.ld, 1], [s], [d]);
      }
    });
  }

  /**
   * dst (+)= src, rows × cols; gradients flow back to src.
   * @param src The values to copy.
   * @param dst The destination, of the same shape.
   * @param accumulate Whether to add to `dst` (default false: overwrite).
   */
  copy(src: View, dst: View, accumulate = false): void {
    this.fwd.add(OP.COPY, 'rows', this.rows, [dst.cols, ...ptr(src), src.ld, ...ptr(dst), dst.ld, accumulate ? 1 : 0], [src], [dst]);
    this.backOps.push((p) => {
      const ds = this.dv(src), dd = this.dv(dst);
      if (ds && dd) p.add(OP.COPY, 'rows', this.rows, [dst.cols, ...ptr(dd), dd.ld, ...ptr(ds), ds.ld, 1], [dd], [ds]);
    });
  }

  /**
   * One step of a particle filter (FIVO) over the rows n·B + b of N particles of B sequences, one unit per
   * sequence: the accumulated log-weights w = wPrev + log α with log α = logRatio − nll; then, per
   * sequence, when its ESS falls below N/2 (`'ess'`), at every step (`'always'`) or never, N ancestors
   * drawn by inverse CDF at u_j·Σ_n e^{w_n} (uniforms `[B·N]` per step), the increment
   * log (1/N) Σ_n e^{w_n} of the bound, and weights that restart at 0; at the loop's last step the
   * increment closes the bound and nothing is drawn. Masked (padded) steps never resample. The draws
   * take no gradient (the paper's estimator); the increment's gradient is softmax(w), and weights carried
   * on pass theirs to wPrev and log α.
   * @param o The step's operands: views of this loop (each `[rows, 1]`, one float per row).
   * @param o.particles Number of particles N.
   * @param o.batch Number of sequences B (rows = N·B).
   * @param o.policy When a sequence resamples.
   * @param o.nll −log p(x_t | ·) per row.
   * @param o.logRatio log p(z_t | h_{t−1}) − log q(z_t | ·) per row.
   * @param o.wPrev The log-weights before the step.
   * @param o.wNext The log-weights after it (0 where resampled).
   * @param o.uniforms Uniforms on [0, 1): u_j of sequence b at float b·N + j.
   * @param o.mask The per-row mask, or null for none.
   * @param o.ancestors Written: the row each row's particle continues (itself unless resampled).
   * @param o.increment Written: the bound's increment of sequence b at row b.
   * @param o.flag Written at row b: 0 carried on, 1 resampled, 2 the last step.
   * @param o.w Written: wPrev + log α (kept for the backward pass).
   */
  particleStep(o: {
    particles: number; batch: number; policy: 'never' | 'ess' | 'always'; nll: View; logRatio: View; wPrev: View; wNext: View;
    uniforms: View; mask: View | null; ancestors: View; increment: View; flag: View; w: View;
  }): void {
    const { particles: N, batch: B } = o;
    if (this.reverse || N * B !== this.rows) throw new Error(`Region.particleStep: a forward loop over N·B = ${N * B} rows, found ${this.rows}${this.reverse ? ' (reversed)' : ''}`);
    const policy = { never: 0, ess: 1, always: 2 }[o.policy];
    this.fwd.add(
      OP.PF_STEP, 'units', B,
      [N, B, policy, this.steps - 1, ...ptr(o.nll), ...ptr(o.logRatio), ...ptr(o.wPrev), ...ptr(o.wNext), ...ptr(o.uniforms), ...ptr(o.mask), ...ptr(o.ancestors), ...ptr(o.increment), ...ptr(o.flag), ...ptr(o.w)],
      [o.nll, o.logRatio, o.wPrev, o.uniforms], [o.wNext, o.ancestors, o.increment, o.flag, o.w],
    );
    this.backOps.push((p) => {
      const grads = [o.increment, o.wNext, o.wPrev, o.logRatio, o.nll].map((v) => this.dv(v));
      const [dInc, dNext, dPrev, dRatio, dNll] = grads;
      p.add(
        OP.PF_STEP_BACK, 'units', B,
        [N, B, ...ptr(this.rev(o.w)), ...ptr(this.rev(o.flag)), ...ptr(dInc), ...ptr(dNext), ...ptr(dPrev), ...ptr(dRatio), ...ptr(dNll)],
        [this.rev(o.w)!, this.rev(o.flag)!, ...[dInc, dNext].filter((v): v is View => v !== null)],
        [dPrev, dRatio, dNll].filter((v): v is View => v !== null),
      );
    });
  }

  /**
   * dst row r = src row ancestors[r] (a row of the same step: a particle filter's resampling). Its
   * gradient goes back to the rows copied, summed over the copies.
   * @param src The rows before resampling.
   * @param ancestors The source row of each row (from {@link particleStep}).
   * @param dst The rows after it.
   * @param particles Number of particles N (rows n·B + b).
   * @param batch Number of sequences B.
   */
  gatherRows(src: View, ancestors: View, dst: View, particles: number, batch: number): void {
    // It reads rows other chunks wrote: a phase of its own.
    this.fwd.barrier();
    this.fwd.add(OP.GATHER, 'rows', this.rows, [dst.cols, ...ptr(src), src.ld, ...ptr(ancestors), ...ptr(dst), dst.ld], [src, ancestors], [dst]);
    this.backOps.push((p) => {
      const dd = this.dv(dst), ds = this.dv(src);
      if (!dd || !ds) return;
      p.barrier();
      p.add(OP.GATHER_BACK, 'rows', this.rows, [dst.cols, particles, batch, ...ptr(this.rev(ancestors)), ...ptr(dd), dd.ld, ...ptr(ds), ds.ld], [dd, this.rev(ancestors)!], [ds]);
    });
  }

  // Sampling (forward only).

  /**
   * Fills the whole of `out` from `units` seeded streams (states: 4 doubles each), each stream an equal
   * consecutive share, as tf.randomNormal, tf.randomUniform, or tf.randomUniform(·, 2⁻²³, 1)
   * (`'openUniform'`) draw them.
   * @param kind The distribution of the draws.
   * @param statesAt Float offset of the streams' alea states, 4 float64 per stream, advanced in place.
   * @param units Number of streams (it divides the buffer's size).
   * @param out The buffer filled.
   */
  fill(kind: 'normal' | 'uniform' | 'openUniform', statesAt: number, units: number, out: Seq): void {
    const n = (out.blocks * out.rows * out.cols) / units;
    if (!Number.isInteger(n)) throw new Error(`Region.fill: ${units} streams do not divide a buffer of ${out.blocks * out.rows * out.cols} floats`);
    const v: View = { buf: out.id, at: out.at, stride: 0, rows: units, cols: n, ld: n };
    const code = { normal: 0, uniform: 1, openUniform: 2 }[kind];
    this.fwd.add(OP.FILL, 'units', units, [code, statesAt * 4, 0, n, ...ptr(v)], [], [v]);
    this.fwd.barrier();
  }

  /**
   * x = (u < sigmoid(l)) (or sigmoid(l) with `mean`).
   * @param logits The logits l `[rows, X]`.
   * @param u Uniform draws `[rows, X]`, or null with `mean`.
   * @param x The draw `[rows, X]`.
   * @param mean Whether to write the probabilities sigmoid(l) instead of a draw.
   */
  bernoulliDraw(logits: View, u: View | null, x: View, mean: boolean): void {
    this.fwd.add(OP.BERN_DRAW, 'rows', this.rows, [x.cols, ...ptr(logits), logits.ld, ...ptr(u), ...ptr(x), x.ld, mean ? 1 : 0], [logits], [x]);
  }

  /**
   * A draw from the mixture head's raw rows as DiagGaussianMixture.sample makes it: the component by
   * Gumbel-max from u (rows × K uniforms on (0, 1)), then μ_k + σ_k·ε_k from eps (rows × K × X).
   * @param d The head's raw rows [logits | μ | ρ] `[rows, K·(1 + 2X)]`.
   * @param components Number of mixture components K.
   * @param u Uniforms on (0, 1) `[rows, K]`.
   * @param eps Standard normal noise `[rows, K·X]`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param x The draw `[rows, X]`.
   */
  gmmGumbel(d: View, components: number, u: View, eps: View, floor: number, x: View): void {
    this.fwd.add(OP.GMM_GUMBEL, 'rows', this.rows, [x.cols, components, ...ptr(d), d.ld, ...ptr(u), ...ptr(eps), f32bits(floor), 0, ...ptr(x), x.ld], [d, u, eps], [x]);
  }

  /**
   * A draw from the mixture head's raw rows (u: one uniform per row; eps: rows × X normals), or its mean.
   * @param d The head's raw rows [logits | μ | ρ] `[rows, K·(1 + 2X)]`.
   * @param components Number of mixture components K.
   * @param u One uniform per row `[rows, 1]` that picks the component, or null with `mean`.
   * @param eps Standard normal noise `[rows, X]`, or null with `mean`.
   * @param floor Minimum scale: σ = softplus(ρ) + floor.
   * @param x The draw (or mean) `[rows, X]`.
   * @param mean Whether to write the mixture mean Σ_k π_k μ_k instead of a draw.
   */
  gmmDraw(d: View, components: number, u: View | null, eps: View | null, floor: number, x: View, mean: boolean): void {
    this.fwd.add(OP.GMM_DRAW, 'rows', this.rows, [x.cols, components, ...ptr(d), d.ld, ...ptr(u), ...ptr(eps), f32bits(floor), mean ? 1 : 0, ...ptr(x), x.ld], [d], [x]);
  }
}

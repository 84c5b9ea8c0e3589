import type { KernelEngine } from './kernel-engine';

/** Instruction layout of csrc/program.c: I_FIELDS ints each; op, flags, rows, then the op's fields. */
export const I_FIELDS = 32;
const F_START = 1, F_COLS = 2, F_UNITS = 4;
/** Opcodes of csrc/program.c. */
export const OP = {
  GEMM: 1, ACT: 2, ACT_BACK: 3, LSTM: 4, LSTM_BACK: 5, GRU: 6, GRU_BACK: 7, GAUSS_DRAW: 8, GAUSS_DRAW_BACK: 9,
  COPY: 10, FILL: 11, BERN_DRAW: 12, LOSS: 13, LOSS_BACK: 14, GMM_DRAW: 15, ZERO: 16, GMM_GUMBEL: 17,
  PF_STEP: 18, PF_STEP_BACK: 19, GATHER: 20, GATHER_BACK: 21,
} as const;
/** Elementwise activations the engine runs (the same set as `@probseq/nn`'s layers). */
export type ActKind = 'linear' | 'relu' | 'tanh' | 'sigmoid' | 'softplus';
export const ACT_CODE: Record<ActKind, number> = { linear: 0, relu: 1, tanh: 2, sigmoid: 3, softplus: 4 };
/** Per-row losses of csrc/program.c (OP_LOSS kind). */
export const LOSS = { GAUSS_KL: 0, GAUSS_NLL: 1, BERN_NLL: 2, GMM_NLL: 3, GAUSS_LOGRATIO: 4 } as const;
// Job block fields of run_program: the program count, then (steps, count, code) per program.
const J_SEGMENTS = 0, J_SEG0 = 1, J_PACK0 = 40;

/**
 * A float32's bits as an int, for the float fields of an instruction.
 * @param v The number, rounded to float32.
 */
export const f32bits = (v: number): number => new Int32Array(Float32Array.of(v).buffer)[0];

/**
 * A block of engine memory seen by one program: at step s, rows × cols floats from `at + s·stride`
 * (float offsets; stride may be negative), rows `ld` apart. `buf` names the allocation, for the phase
 * grouping's dependency check.
 */
export interface View {
  buf: number;
  at: number;
  stride: number;
  rows: number;
  cols: number;
  ld: number;
}

/** How an instruction's work is shared out: by row blocks, by 8-column panels (GEMMs), or by units (streams). */
export type Split = 'rows' | 'cols' | 'units';

/**
 * A program for csrc/program.c's runner: instructions for one step, run `steps` times, grouped into phases
 * as they are added (an instruction joins the current phase when it can run in the same chunks: row-local
 * steps on the same rows chain; independent GEMMs by columns share one panel space).
 */
export class Program {
  private code: number[] = [];
  /** The last instruction, when it is a one-term GEMM that a second term may join: its index and output. */
  private lastGemm: {
    index: number; out: View; act: number; x: View; k: number; beta: number; w: number; bias: number; wide: boolean;
    /** The activation of the instruction's last columns, and where the activated first part ends (0: all). */
    tailAct: number; actCols: number;
  } | null = null;
  private phase: { split: Split; rows: number; reads: Set<number>; writes: Set<number> } | null = null;
  /** Instructions, and phases per step. */
  count = 0;
  phases = 0;

  /** @param steps How many times the instructions run (once per time step). */
  constructor(readonly steps: number) {}

  /**
   * C (=|+=) A·W (+ bias), then the activation (`act`: ACT_CODE). A term that accumulates (beta 1, no bias)
   * into the output of the GEMM just added — another input of the same layer, or another consumer's
   * gradient — joins that instruction as its second term: one pass over C, one phase.
   * @param split How the work is shared out (`'cols'` for GEMMs run by panels).
   * @param out The output C.
   * @param x The input A (`k` columns read).
   * @param packedW Float offset of the weights W (k × out.cols) packed by {@link KernelEngine.packB}.
   * @param k Inner dimension: columns of A, rows of W.
   * @param beta 0: overwrite C; 1: add to it.
   * @param bias Float offset of a bias of out.cols floats, or 0 for none.
   * @param act The activation applied after the sum, an {@link ACT_CODE} value.
   */
  gemm(split: Split, out: View, x: View, packedW: number, k: number, beta: number, bias: number, act: number): void {
    const last = this.lastGemm;
    if (last && beta === 1 && !bias && sameView(last.out, out) && last.act === 0 && !last.wide) {
      const at = last.index * I_FIELDS;
      const [a0, a1] = ptr(x);
      this.code[at + 16] = act;
      this.code[at + 17] = k;
      this.code[at + 18] = a0;
      this.code[at + 19] = a1;
      this.code[at + 20] = x.ld;
      this.code[at + 21] = packedW * 4;
      this.code[at + 22] = 0;
      this.phase!.reads.add(x.buf);
      this.lastGemm = null;
      return;
    }
    // The same input into the columns right after the last GEMM's, through weights packed right after its
    // (and biases likewise, or none): one wider GEMM.
    if (
      last && sameView(last.x, x) && last.k === k && last.beta === beta &&
      (act === last.tailAct || (act === 0 && !last.actCols)) &&
      last.out.buf === out.buf && last.out.at + last.out.cols === out.at && last.out.ld === out.ld &&
      last.out.stride === out.stride && last.out.rows === out.rows && last.out.cols % 8 === 0 &&
      last.w + k * last.out.cols === packedW && (bias ? last.bias + last.out.cols === bias : !last.bias)
    ) {
      const at = last.index * I_FIELDS;
      // A first part with an activation and a second without: the activation covers the first part only.
      if (act !== last.tailAct) {
        this.code[at + 23] = last.out.cols;
        last.actCols = last.out.cols;
        last.tailAct = act;
      }
      this.code[at + 3] += out.cols;
      last.out = { ...last.out, cols: last.out.cols + out.cols };
      last.wide = true;
      this.phase!.writes.add(out.buf);
      return;
    }
    this.add(OP.GEMM, split, out.rows, [out.cols, k, ...ptr(x), x.ld, packedW * 4, 0, ...ptr(out), out.ld, beta, bias * 4, 0, act], [x], [out]);
    this.lastGemm = { index: this.count - 1, out, act, x, k, beta, w: packedW, bias, wide: false, tailAct: act, actCols: 0 };
  }

  /**
   * Appends one instruction; `fields` start at field 3.
   * @param op The opcode, one of {@link OP}.
   * @param split How the instruction's work is shared out among the threads.
   * @param rows The rows (or units) the instruction covers.
   * @param fields The op's fields as csrc/program.c reads them (at most I_FIELDS − 3 ints).
   * @param reads The views it reads, for the phase grouping's dependency check.
   * @param writes The views it writes, for the phase grouping's dependency check.
   */
  add(op: number, split: Split, rows: number, fields: number[], reads: View[], writes: View[]): void {
    this.lastGemm = null;
    const r = new Set(reads.filter(Boolean).map((v) => v.buf));
    const w = new Set(writes.filter(Boolean).map((v) => v.buf));
    const p = this.phase;
    let join = false;
    if (p && p.split === split && split === 'rows' && p.rows === rows) join = true;
    if (p && p.split === 'cols' && split === 'cols') {
      join = ![...r].some((b) => p.writes.has(b)) && ![...w].some((b) => p.writes.has(b) || p.reads.has(b));
    }
    if (!join) {
      this.phase = { split, rows, reads: new Set(), writes: new Set() };
      this.phases++;
    }
    for (const b of r) this.phase!.reads.add(b);
    for (const b of w) this.phase!.writes.add(b);
    const flags = (join ? 0 : F_START) | (split === 'cols' ? F_COLS : 0) | (split === 'units' ? F_UNITS : 0);
    const ins = new Array<number>(I_FIELDS).fill(0);
    ins[0] = op;
    ins[1] = flags;
    ins[2] = rows;
    if (fields.length > I_FIELDS - 3) throw new Error(`Program.add: ${fields.length} fields (at most ${I_FIELDS - 3})`);
    fields.forEach((v, i) => (ins[3 + i] = v | 0));
    this.code.push(...ins);
    this.count++;
  }

  /** Closes the current phase, so the next instruction starts a new one. */
  barrier(): void {
    this.phase = null;
    this.lastGemm = null;
  }

  /**
   * Runs the program on every engine thread.
   * @param engine The running kernel engine.
   */
  run(engine: KernelEngine): void {
    runPrograms(engine, [this]);
  }

  /** @internal The encoded instructions. */
  encoded(): number[] {
    return this.code;
  }
}

/** The most programs one job runs (csrc/program.c: J_MAX_SEGMENTS). */
const MAX_PROGRAMS = 13;

/**
 * Runs programs one after the other as ONE job on every engine thread (a region's program may read what
 * the one before it wrote): the helpers join once, not once per program.
 */
export function runPrograms(engine: KernelEngine, programs: Program[]): void {
  const todo = programs.filter((p) => p.count > 0 && p.steps > 0);
  for (let i = 0; i < todo.length; i += MAX_PROGRAMS) {
    const batch = todo.slice(i, i + MAX_PROGRAMS);
    const mark = engine.mark();
    try {
      const at = batch.map((p) => {
        const code = p.encoded();
        const c = engine.alloc(code.length);
        new Int32Array(engine.heap().buffer, c * 4, code.length).set(code);
        return c;
      });
      const { at: job, ints } = engine.jobBlock(J_PACK0);
      ints[J_SEGMENTS] = batch.length;
      batch.forEach((p, k) => {
        ints[J_SEG0 + 3 * k] = p.steps;
        ints[J_SEG0 + 3 * k + 1] = p.count;
        ints[J_SEG0 + 3 * k + 2] = at[k] * 4;
      });
      engine.together('run_program', job);
    } finally {
      engine.release(mark);
    }
  }
}

const sameView = (a: View, b: View) => a.at === b.at && a.stride === b.stride && a.ld === b.ld && a.cols === b.cols && a.rows === b.rows;

/** A pointer field pair (byte offset, byte stride per step) of a view; [0, 0] for none. */
export const ptr = (v: View | null | undefined): [number, number] => (v ? [v.at * 4, v.stride * 4] : [0, 0]);

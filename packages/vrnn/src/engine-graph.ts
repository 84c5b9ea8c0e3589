import * as tf from '@tensorflow/tfjs-core';
import { Graph, wasmTensorFrom, wasmTensorView, type ActKind, type Bias, type KernelEngine, type Region, type Seq, type Term, type View, type Weight } from '@probseq/backend';
import type { Linear } from '@probseq/nn';
import { GRUCell, LSTMCell } from '@probseq/rnn';
import { customOp } from './custom-op';

type K = tf.Tensor;

/**
 * Builds engine graphs from a model's modules: the parameters become engine weights (each with its
 * gradient slot), and MLPs / cells become operations of a region. Allocation is deterministic, so the
 * same build at another heap position lays everything out the same way relative to its start (the
 * backward pass rebuilds the graph and restores the forward's memory as one block).
 */
export class GraphBuilder {
  readonly g: Graph;
  /** Parameter tensors in the order they were added, with their engine offsets and gradient slots. */
  readonly params: { t: K; at: number; grad: number }[] = [];
  private readonly index = new Map<K, number>();
  /** Input tensors that take gradients as buffers (a recurrent state passed in): tensor → buffer. */
  readonly gradInputs = new Map<K, Seq>();
  /** LSTM bias pairs b_ih + b_hh summed into one bias: [sum offset, b_ih index, b_hh index]. */
  private readonly biasSums: [number, number, number][] = [];

  constructor(
    readonly engine: KernelEngine,
    private readonly source: (t: K) => number,
    readonly withGrads: boolean,
  ) {
    this.g = new Graph(engine);
  }

  /** A tensor's data in the engine (copied in, or — when rebuilding — a slot the saved memory fills). */
  input(t: K): number {
    return this.source(t);
  }

  /** A `[blocks·rows, cols]` input tensor as a buffer whose gradient the op returns (pass it among the params). */
  gradInput(t: K, blocks: number, rows: number, cols: number): Seq {
    const s = this.g.wrap(this.source(t), blocks, rows, cols, true);
    this.gradInputs.set(t, s);
    return s;
  }

  private param(t: K): { at: number; grad: number } {
    let i = this.index.get(t);
    if (i === undefined) {
      const at = this.source(t);
      i = this.params.length;
      this.params.push({ t, at, grad: 0 });
      this.index.set(t, i);
    }
    return this.params[i];
  }

  /** Allocates zeroed gradient slots for every parameter (after the forward memory block). */
  allocParamGrads(): void {
    const heap = () => this.engine.heap();
    for (const p of this.params) {
      const n = p.t.size;
      p.grad = this.engine.alloc(n);
      heap().fill(0, p.grad, p.grad + n);
    }
  }

  private readonly weights = new Map<K, Weight>();

  /** A `[in, out]` parameter as an engine weight whose gradient goes to the parameter's slot. */
  weight(t: K): Weight {
    const known = this.weights.get(t);
    if (known) return known;
    const p = this.param(t);
    const params = this.params, idx = this.index.get(t)!;
    const w: Weight = { at: p.at, rows: t.shape[0] as number, cols: t.shape[1] as number, packs: new Map(), get grad() { return params[idx].grad; } };
    this.weights.set(t, w);
    return w;
  }

  bias(t: K | null): Bias | null {
    if (!t) return null;
    const p = this.param(t);
    const params = this.params, idx = this.index.get(t)!;
    return { at: p.at, get grad() { return params[idx].grad; } };
  }

  /** b_ih + b_hh as one bias (the LSTM's, added once); its gradient goes to both. */
  biasSum(a: K, b: K): Bias {
    const pa = this.param(a), pb = this.param(b);
    const n = a.size;
    const at = this.engine.alloc(n);
    const heap = this.engine.heap();
    for (let i = 0; i < n; i++) heap[at + i] = heap[pa.at + i] + heap[pb.at + i];
    const ia = this.index.get(a)!, ib = this.index.get(b)!;
    this.biasSums.push([at, ia, ib]);
    const params = this.params;
    return { at, get grad() { return params[ia].grad; } } as Bias;
  }

  /**
   * Biases side by side in one buffer (each part the sum of its tensors; none: zeros), for forward-only
   * graphs whose GEMMs with adjacent outputs merge into one (they take no gradient).
   */
  biasRow(parts: K[][], widths: number[]): Bias[] {
    const n = widths.reduce((a, w) => a + w, 0);
    const at = this.engine.alloc(n);
    const heap = this.engine.heap();
    heap.fill(0, at, at + n);
    let off = 0;
    return parts.map((ts, i) => {
      for (const t of ts) {
        const v = wasmTensorView(t);
        for (let j = 0; j < widths[i]; j++) heap[at + off + j] += v[j];
      }
      const b: Bias = { at: at + off, grad: 0 };
      off += widths[i];
      return b;
    });
  }

  /** After the backward pass: the summed biases' gradient copied to their second half. */
  finishGrads(): void {
    const heap = this.engine.heap();
    for (const [, ia, ib] of this.biasSums) {
      const a = this.params[ia], b = this.params[ib];
      heap.copyWithin(b.grad, a.grad, a.grad + a.t.size);
    }
  }

  /** Term x·W[r0 : r0 + x.cols] of a linear layer. */
  term(x: View, w: K, r0 = 0): Term {
    return { x, w: { w: this.weight(w), r0, n: x.cols } };
  }

  /**
   * An MLP in region r: the first layer's input split over `inputs` (in the weight's row order), every
   * layer followed by `act` (a head: pass its one linear layer with 'linear'). Outputs are new buffers of
   * `blocks` × `rows`; returns the last.
   */
  mlp(r: Region, inputs: View[], layers: Linear[], act: ActKind, blocks: number, rows: number): Seq {
    let cur: Seq | null = null;
    layers.forEach((layer, l) => {
      const out = this.g.seq(blocks, rows, layer.outFeatures);
      let terms: Term[];
      if (l === 0) {
        let r0 = 0;
        terms = inputs.map((v) => {
          const t = this.term(v, layer.weight, r0);
          r0 += v.cols;
          return t;
        });
      } else {
        terms = [this.term(r.at(cur!), layer.weight)];
      }
      r.linear(r.at(out), terms, this.bias(layer.bias), act);
      cur = out;
    });
    if (!cur) throw new Error('GraphBuilder.mlp: no layers');
    return cur;
  }
}

/** A module's cell as an engine cell kind. */
export function cellKind(cell: LSTMCell | GRUCell): 'lstm' | 'gru' {
  return cell instanceof LSTMCell ? 'lstm' : 'gru';
}

/** The heap block [from, to) as a 1-D tensor (saved between the forward and backward pass). */
export function heapTensor(engine: KernelEngine, from: number, to: number): K {
  return wasmTensorFrom(engine.get(from, to - from), [to - from]);
}

/** A tensor copied out of the engine. */
export function engineTensor(engine: KernelEngine, at: number, shape: number[]): K {
  return wasmTensorFrom(engine.get(at, shape.reduce((a, b) => a * b, 1)), shape);
}

/** Copies a tensor into the engine. */
export function engineCopy(engine: KernelEngine, t: K): number {
  return engine.put(wasmTensorView(t));
}

/**
 * A model's engine graph as ONE differentiable tfjs op. `describe(b, data, params)` builds the graph from
 * the data tensors (no gradient) and the parameter tensors (gradients), and returns the output buffers;
 * the op returns them as tensors `[blocks, rows, cols]` (squeezed to `[blocks, rows]` when cols = 1).
 * The backward pass rebuilds the same graph at a new heap position (`describe` must allocate the same way
 * given the same tensors), restores the forward's memory as one block, sets the outputs' gradients and
 * runs the graph's backward programs.
 */
export function graphOp(
  engine: KernelEngine,
  data: K[],
  params: K[],
  describe: (b: GraphBuilder, data: K[], params: K[]) => Seq[],
): K[] {
  const nd = data.length;
  const shape = (s: Seq) => (s.cols === 1 ? [s.blocks, s.rows] : [s.blocks, s.rows, s.cols]);
  return customOp([...data, ...params], (save, recording) => {
    const mark = engine.mark();
    try {
      const b = new GraphBuilder(engine, (t) => engineCopy(engine, t), recording);
      const outs = describe(b, data, params);
      const end = engine.mark();
      b.g.forward();
      const value = outs.map((s) => engineTensor(engine, s.at, shape(s)));
      if (recording) save([heapTensor(engine, mark, end), ...data, ...params]);
      return {
        value,
        gradFunc: (dys, saved) => {
          const [blob, ...rest] = saved;
          const d = rest.slice(0, nd), p = rest.slice(nd);
          const at = engine.mark();
          try {
            const rb = new GraphBuilder(engine, (t) => engine.alloc(t.size), true);
            const o = describe(rb, d, p);
            engine.heap().set(wasmTensorView(blob), at);
            rb.g.allocGrads();
            rb.allocParamGrads();
            const heap = engine.heap();
            o.forEach((s, i) => heap.set(wasmTensorView(dys[i]), rb.g.gradOf(s)));
            rb.g.backward();
            rb.finishGrads();
            const grads = new Map(rb.params.map((q) => [q.t, q.grad]));
            for (const [t, s] of rb.gradInputs) grads.set(t, rb.g.gradOf(s));
            return [
              ...d.map((t) => tf.zerosLike(t)),
              ...p.map((t) => {
                const g = grads.get(t);
                return g ? engineTensor(engine, g, t.shape) : tf.zerosLike(t);
              }),
            ];
          } finally {
            engine.release(at);
          }
        },
      };
    } finally {
      engine.release(mark);
    }
  });
}

/** A cell with every parameter tensor passed through `f` (for a rebuild from saved tensors). */
export function remapCell<C extends LSTMCell | GRUCell>(c: C, f: (t: K) => K): C {
  return Object.assign(Object.create(Object.getPrototypeOf(c)), {
    hiddenSize: c.hiddenSize, inputSize: c.inputSize,
    weightIH: f(c.weightIH), weightHH: f(c.weightHH), biasIH: f(c.biasIH), biasHH: f(c.biasHH),
  });
}

/**
 * An RNN over the input buffer `xs` [T, B, ·] (LSTM or GRU, torch gate order; masked rows keep their state):
 * the input terms for all steps in one batch region, then the loop. Returns the [T + 1, B, H] state
 * buffer: forward, h_t at block t + 1 (block 0 is h_0 = 0); reversed (a backward RNN), a_t at block t
 * (block T is the zero initial state).
 */
export function scanCell(b: GraphBuilder, cell: LSTMCell | GRUCell, xs: Seq, mask: Seq | null, T: number, B: number, reverse = false): Seq {
  const g = b.g;
  const H = cell.hiddenSize;
  const kind = cellKind(cell);
  const G = (kind === 'lstm' ? 4 : 3) * H;
  const pre = g.batch(T * B);
  const gx = g.seq(T, B, G);
  pre.linear(pre.at(gx), [b.term(pre.at(xs), cell.weightIH)], kind === 'lstm' ? b.biasSum(cell.biasIH, cell.biasHH) : b.bias(cell.biasIH));
  const L = g.loop(T, B, reverse);
  const hs = g.seq(T + 1, B, H, { zero: true });
  const [prevK, nextK] = reverse ? [1, 0] : [0, 1];
  const prev = L.at(hs, prevK), next = L.at(hs, nextK);
  const m = mask ? L.at(mask) : null;
  if (kind === 'lstm') {
    L.linear(L.at(gx), [b.term(prev, cell.weightHH)], null, 'linear', true);
    const cs = g.seq(T + 1, B, H, { zero: true });
    L.lstm(L.at(gx), prev, L.at(cs, prevK), m, next, L.at(cs, nextK), L.at(g.seq(T, B, 4 * H)), L.at(g.seq(T, B, H)));
  } else {
    const gh = g.seq(T, B, G);
    L.linear(L.at(gh), [b.term(prev, cell.weightHH)], b.bias(cell.biasHH));
    L.gru(L.at(gx), L.at(gh), prev, m, next, L.at(g.seq(T, B, 3 * H)));
  }
  return hs;
}

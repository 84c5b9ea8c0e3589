import * as tf from '@tensorflow/tfjs-core';
import { Graph, wasmTensorFrom, wasmTensorView, type ActKind, type Bias, type KernelEngine, type Region, type ResidentSession, type Seq, type Term, type View, type Weight } from '@probseq/backend';
import type { Linear } from '@probseq/nn';
import { GRUCell, LSTMCell } from '@probseq/rnn';
import { customOp } from './custom-op';

type K = tf.Tensor;

/** The tfjs data a tensor holds (an identity: the same data, the same values). */
const dataOf = (t: K): object => (t as unknown as { dataId: object }).dataId;

/**
 * Floats a resident session may keep for these parameters: each copied once and packed (at most) both
 * ways, with room for the packs' rounding up to 8 columns.
 */
export function residentFloats(params: K[]): number {
  return params.reduce((a, t) => a + 3 * t.size + 64 * (t.shape.reduce((p, d) => p + d, 0) + 1), 0);
}

/**
 * Builds engine graphs from a model's modules: the parameters become engine weights (each with its
 * gradient slot), and MLPs / cells become operations of a region. With a resident session, parameters
 * and their packed forms are kept in the engine across calls (copied and packed once while the tensors'
 * data stays the same); else they are copied into the arena each time.
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

  /**
   * `session`: where parameters are kept across calls. `saved` (a rebuild for the backward pass): for each
   * tensor the graph names, the saved tensor that holds its values from the forward pass and the identity
   * its data had then.
   */
  constructor(
    readonly engine: KernelEngine,
    readonly withGrads: boolean,
    private readonly session: ResidentSession | null = null,
    private readonly saved: Map<K, { values: K; data: object }> | null = null,
  ) {
    this.g = new Graph(engine);
  }

  /** The tensor holding t's values (t itself, or its saved copy when rebuilding). */
  private values(t: K): K {
    return this.saved?.get(t)?.values ?? t;
  }

  /** A tensor's data copied into the engine's arena (data: x, ε, masks). */
  input(t: K): number {
    return engineCopy(this.engine, this.values(t));
  }

  /** A `[blocks·rows, cols]` input tensor as a buffer whose gradient the op returns (pass it among the params). */
  gradInput(t: K, blocks: number, rows: number, cols: number): Seq {
    const s = this.g.wrap(this.input(t), blocks, rows, cols, true);
    this.gradInputs.set(t, s);
    return s;
  }

  private param(t: K): { at: number; grad: number } {
    let i = this.index.get(t);
    if (i === undefined) {
      const copy = (at: number) => this.engine.heap().set(wasmTensorView(this.values(t)), at);
      const at = this.session ? this.session.take(this.keyOf(t), 'copy', t.size, copy) : this.input(t);
      i = this.params.length;
      this.params.push({ t, at, grad: 0 });
      this.index.set(t, i);
    }
    return this.params[i];
  }

  /** The identity of t's data (when rebuilding: as it was in the forward pass). */
  private keyOf(t: K): object {
    return this.saved?.get(t)?.data ?? dataOf(t);
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
    const session = this.session, key = this.keyOf(t);
    const keep = session ? (how: string, n: number, make: (at: number) => void) => session.take(key, how, n, make) : undefined;
    const w: Weight = { at: p.at, rows: t.shape[0] as number, cols: t.shape[1] as number, packs: new Map(), keep, get grad() { return params[idx].grad; } };
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
 * A model's engine graph as ONE differentiable tfjs op of the tensors `data` (no gradient) and `params`
 * (gradients). `describe(b)` builds the graph from the tensors it names — data through `b.input`,
 * parameters through `b.weight` / `b.bias` / `b.term`, inputs that take gradients through `b.gradInput` —
 * and returns the output buffers; the op returns them as tensors `[blocks, rows, cols]` (squeezed to
 * `[blocks, rows]` when cols = 1). Parameters stay resident in the engine under the call site's name
 * `site` (one name per graph structure). The backward pass calls `describe` again with a builder that
 * reads the forward pass's saved values (so it must create its buffers in the same order), restores the
 * forward pass's buffers one by one, sets the outputs' gradients and runs the graph's backward programs.
 */
export function graphOp(
  engine: KernelEngine,
  site: string,
  data: K[],
  params: K[],
  describe: (b: GraphBuilder) => Seq[],
): K[] {
  const shape = (s: Seq) => (s.cols === 1 ? [s.blocks, s.rows] : [s.blocks, s.rows, s.cols]);
  const floats = residentFloats(params);
  return customOp([...data, ...params], (save, recording) => {
    const session = engine.resident.open(site, floats);
    const mark = engine.mark();
    try {
      const b = new GraphBuilder(engine, recording, session);
      const outs = describe(b);
      const end = engine.mark();
      b.g.forward();
      const value = outs.map((s) => engineTensor(engine, s.at, shape(s)));
      // Where each buffer lies in the saved block (inputs too: the forward pass may add into them).
      const layout = b.g.buffers().map((s) => (s.at >= mark && s.at < end ? [s.at - mark, s.blocks * s.rows * s.cols] : null));
      if (recording) save([heapTensor(engine, mark, end), ...data, ...params]);
      // The rebuild names the same tensors; their values come from the saved copies (new tfjs data), and
      // their parameters are kept under the data they had here.
      const inputs = [...data, ...params];
      const keys = inputs.map(dataOf);
      return {
        value,
        gradFunc: (dys, saved) => {
          const [blob, ...copies] = saved;
          const rs = engine.resident.open(site, floats);
          const at = engine.mark();
          try {
            const rb = new GraphBuilder(engine, true, rs, new Map(inputs.map((t, i) => [t, { values: copies[i], data: keys[i] }])));
            const o = describe(rb);
            const bufs = rb.g.buffers();
            if (bufs.length !== layout.length) throw new Error(`graphOp(${site}): the rebuild made ${bufs.length} buffers, the forward pass ${layout.length}`);
            const heap = engine.heap();
            const kept = wasmTensorView(blob);
            bufs.forEach((s, i) => {
              const l = layout[i];
              if (l) heap.set(kept.subarray(l[0], l[0] + l[1]), s.at);
            });
            rb.g.allocGrads();
            rb.allocParamGrads();
            o.forEach((s, i) => engine.heap().set(wasmTensorView(dys[i]), rb.g.gradOf(s)));
            rb.g.backward();
            rb.finishGrads();
            const grads = new Map(rb.params.map((q) => [q.t, q.grad]));
            for (const [t, s] of rb.gradInputs) grads.set(t, rb.g.gradOf(s));
            return [
              ...data.map((t) => tf.zerosLike(t)),
              ...params.map((t) => {
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
    // What the backward pass reads (the activated gates, tanh c) is kept only when there will be one.
    const keep = (cols: number) => (b.withGrads ? L.at(g.seq(T, B, cols)) : null);
    L.lstm(L.at(gx), prev, L.at(cs, prevK), m, next, L.at(cs, nextK), keep(4 * H), keep(H));
  } else {
    const gh = g.seq(T, B, G);
    L.linear(L.at(gh), [b.term(prev, cell.weightHH)], b.bias(cell.biasHH));
    L.gru(L.at(gx), L.at(gh), prev, m, next, b.withGrads ? L.at(g.seq(T, B, 3 * H)) : null);
  }
  return hs;
}

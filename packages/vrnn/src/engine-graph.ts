import * as tf from '@tensorflow/tfjs-core';
import { Graph, wasmTensorFrom, wasmTensorView, type ActKind, type Bias, type KernelEngine, type Region, type Seq, type Term, type View, type Weight } from '@probseq/backend';
import type { Linear } from '@probseq/nn';
import { GRUCell, LSTMCell } from '@probseq/rnn';

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

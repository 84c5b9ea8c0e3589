import * as tf from '@tensorflow/tfjs-core';
import type { Distribution } from '@probseq/distributions';
import { Module, type Linear } from '@probseq/nn';
import { getKernelEngine } from '@probseq/backend';
import { graphOp, scanCell } from './engine-graph';
import { engineRnnSample } from './engine-vrnn-sample';
import { dropInputs } from './input-dropout';
import { GRUCell, LSTMCell, scan } from '@probseq/rnn';
import { Decoder, FeatureExtractor } from '@probseq/vae';
import { resolveRNNConfig, type RNNConfig, type RNNOptions } from './config';
import { resolveObjective } from './objectives';
import { loadModelFiles, saveModelFiles, type ModelSource, type ModelTarget } from './persistence';
import type {
  ElboOptions,
  LogLikelihoodOptions,
  LogWeightOptions,
  SequenceElbo,
  SequenceModel,
  SequenceOptions,
} from './sequence-model';
import { checkMask, checkSequence } from './validate-input';
import type { Cell, LossOptions, SampleOptions } from './vrnn';


/**
 * The deterministic baseline of Chung et al. 2015 (RNN-Gauss, RNN-GMM, or Bernoulli output):
 *
 *   h_t = f(φx(x_t), h_{t−1}),   x_t | x_<t ~ p(x | φ^dec(h_{t−1})),
 *
 * so log p(x) = Σ_t log p(x_t | h_{t−1}) is exact. It has the VRNN's surface: `elbo` (the exact
 * log-likelihood, KL = 0), `loss`, `logLikelihood` (exact, `samples` ignored), `sample`, `reconstruct`.
 *
 * @example
 * ```ts
 * const rnn = new RNNBaseline({ xDim: 2, hDim: 64, output: 'gmm', mixtureComponents: 5 });
 * rnn.logLikelihood(x); // [B] exact nats
 * ```
 */
export class RNNBaseline extends Module implements SequenceModel {
  /** The resolved configuration. */
  readonly config: RNNConfig;
  /** φx. */
  readonly phiX: FeatureExtractor;
  /** f, reading φx(x_t). */
  readonly cell: Cell;
  /** p(x_t | h_{t−1}). */
  readonly decoder: Decoder;
  /** Whether inputs are scanned for NaN/∞ (default true). */
  checkFinite = true;
  /** No latent variables: `elbo` is log p(x), and so are IWAE(K) and FIVO(N) for every K, N. */
  readonly exactLikelihood = true;

  constructor(options: RNNOptions) {
    super();
    const c = resolveRNNConfig(options);
    this.config = c;
    this.phiX = this.registerModule('phiX', new FeatureExtractor(c.xDim, c.phiXHidden, { seed: c.seed }));
    const Ctor = c.cell === 'lstm' ? LSTMCell : GRUCell;
    this.cell = this.registerModule('cell', new Ctor(this.phiX.outFeatures, c.hDim, { seed: c.seed + 500 }));
    this.decoder = this.registerModule(
      'decoder',
      new Decoder(c.hDim, c.decoderHidden, c.xDim, {
        output: c.output,
        mixtureComponents: c.mixtureComponents,
        minScale: c.minScale,
        seed: c.seed + 400,
      }),
    );
  }

  private check(where: string, x: tf.Tensor, options: SequenceOptions): [tf.Tensor3D, tf.Tensor2D | undefined] {
    const xs = checkSequence(where, x, this.config.xDim, this.checkFinite);
    return [xs, checkMask(where, options.mask, xs)];
  }

  /** The predictive distributions p(x_t | h_{t−1}) for all steps (batch `[T, B]`), the RNN reading x. Not tidied. */
  private predictive(x: tf.Tensor3D, mask: tf.Tensor2D | undefined): Distribution {
    const [T, B] = x.shape;
    const outputs = scan(this.cell, this.phiX.apply(x) as tf.Tensor3D, { mask }).outputs;
    const h0 = tf.zeros([1, B, this.config.hDim]);
    const hPrev = T === 1 ? h0 : tf.concat([h0, tf.slice(outputs, [0, 0, 0], [T - 1, B, this.config.hDim])], 0);
    return this.decoder.distribution(hPrev);
  }

  /**
   * −log p(x_t | h_{t−1}) `[T, B]` (and the decoder head's raw output) as one op on the WASM kernel engine
   * while it runs (see engine-graph.ts); else null. Not tidied.
   */
  private engineTerms(x: tf.Tensor3D, mask: tf.Tensor2D | undefined, raw = false, inputs: tf.Tensor3D | null = null): tf.Tensor[] | null {
    const engine = getKernelEngine();
    if (!engine) return null;
    const [T, B, X] = x.shape;
    const lin = (l: Linear) => (l.bias ? [l.weight, l.bias] : [l.weight]);
    const c = this.cell;
    const dec = this.decoder;
    const head = dec.head as unknown as { kind: string; linear: Linear; minScale?: number; components?: number };
    const own: tf.Tensor[] = [...this.phiX.layers.flatMap(lin), c.weightIH, c.weightHH, c.biasIH, c.biasHH, ...dec.layers.flatMap(lin), ...lin(head.linear)];
    const data = [x, ...(mask ? [mask] : []), ...(inputs ? [inputs] : [])];
    return graphOp(engine, `rnn-baseline${raw ? '-raw' : ''}${inputs ? '-dropout' : ''}`, data, own, (b) => {
      const g = b.g;
      const R = T * B;
      const xs = g.wrap(b.input(x), T, B, X);
      const m = mask ? g.wrap(b.input(mask), T, B, 1) : null;
      // The RNN reads x, or x under input dropout; the likelihood scores x.
      const xIn = inputs ? g.wrap(b.input(inputs), T, B, X) : xs;
      const pre = g.batch(R);
      const fx = this.phiX.layers.length ? b.mlp(pre, [pre.at(xIn)], this.phiX.layers, this.phiX.activation, T, B) : xIn;
      const hs = scanCell(b, c, fx, m, T, B);
      const post = g.batch(R);
      const h = post.at(hs, 0);
      const hidden = dec.layers.length ? b.mlp(post, [h], dec.layers, dec.activation, T, B) : null;
      const out = b.mlp(post, [hidden ? post.at(hidden) : h], [head.linear], 'linear', T, B);
      const nll = g.seq(T, B, 1);
      const kind = head.kind === 'bernoulli' ? 'bernoulliNLL' : head.kind === 'gmm' ? 'gmmNLL' : 'gaussNLL';
      post.loss(kind, { a: post.at(out), b: post.at(xs), width: X, components: head.components, floor: head.minScale ?? 0, mask: m ? post.at(m) : null, out: post.at(nll) });
      return raw ? [nll, out] : [nll];
    });
  }

  /** −log p(x_t | h_{t−1}) `[T, B]`, the RNN reading `inputs` (x under input dropout) where given. Not tidied. */
  private nll(x: tf.Tensor3D, mask: tf.Tensor2D | undefined, inputs: tf.Tensor3D | null = null): tf.Tensor2D {
    const onEngine = this.engineTerms(x, mask, false, inputs);
    if (onEngine) return onEngine[0] as tf.Tensor2D;
    const nll = tf.neg(this.predictive(inputs ?? x, mask).logProb(x));
    return (mask ? tf.mul(nll, mask) : nll) as tf.Tensor2D;
  }

  /**
   * The exact log-likelihood in the ELBO's shape: KL = 0, NLL per step.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  elbo(x: tf.Tensor, options: ElboOptions = {}): SequenceElbo {
    const [xs, mask] = this.check('RNNBaseline.elbo', x, options);
    return tf.tidy(() => {
      const nll = this.nll(xs, mask, dropInputs('RNNBaseline.elbo', xs, options.inputDropout, options.seed));
      const perSequence = tf.neg(tf.sum(nll, 0)) as tf.Tensor1D;
      return { total: tf.mean(perSequence) as tf.Scalar, perSequence, kl: tf.zerosLike(nll) as tf.Tensor2D, nll };
    });
  }

  /**
   * K copies of the exact log-likelihood `[K, B]` (there is no latent variable to sample).
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  logWeights(x: tf.Tensor, options: LogWeightOptions): tf.Tensor2D {
    const [xs, mask] = this.check('RNNBaseline.logWeights', x, options);
    const K = options.samples;
    if (!Number.isInteger(K) || K < 1) throw new Error(`RNNBaseline.logWeights: samples must be a positive integer, found ${K}`);
    return tf.tidy(() => {
      const inputs = dropInputs('RNNBaseline.logWeights', xs, options.inputDropout, options.seed);
      return tf.tile(tf.expandDims(tf.neg(tf.sum(this.nll(xs, mask, inputs), 0)), 0), [K, 1]) as tf.Tensor2D;
    });
  }

  /**
   * The exact log p(x) per sequence `[B]` (nats); `samples` is accepted and ignored.
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  logLikelihood(x: tf.Tensor, options: LogLikelihoodOptions = {}): tf.Tensor1D {
    const [xs, mask] = this.check('RNNBaseline.logLikelihood', x, options);
    return tf.tidy(() => tf.neg(tf.sum(this.nll(xs, mask), 0)) as tf.Tensor1D);
  }

  /**
   * The negative log-likelihood, mean over the batch (every objective coincides for this model).
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  loss(x: tf.Tensor, options: LossOptions = {}): tf.Scalar {
    resolveObjective(options.objective);
    return tf.tidy(() => tf.neg(this.elbo(x, options).total) as tf.Scalar);
  }

  /**
   * One-step-ahead predictions `[T, B, xDim]`: the mean of p(x_t | x_<t).
   * @param x Sequences `[T, B, xDim]` (time-major).
   */
  reconstruct(x: tf.Tensor, options: SequenceOptions = {}): tf.Tensor3D {
    const [xs, mask] = this.check('RNNBaseline.reconstruct', x, options);
    return tf.tidy(() => {
      const onEngine = this.engineTerms(xs, mask, true);
      if (onEngine) return this.decoder.head.outputDistribution(onEngine[1]).mean as tf.Tensor3D;
      return this.predictive(xs, mask).mean as tf.Tensor3D;
    });
  }

  /** Sequences `[steps, batch, xDim]` drawn from the model, each x_t fed back. */
  sample(options: SampleOptions): tf.Tensor3D {
    const { steps, batch = 1, seed, mean = false } = options;
    if (!Number.isInteger(steps) || steps < 1) throw new Error(`RNNBaseline.sample: steps must be a positive integer, found ${steps}`);
    if (!Number.isInteger(batch) || batch < 1) throw new Error(`RNNBaseline.sample: batch must be a positive integer, found ${batch}`);
    const engine = getKernelEngine();
    if (engine) {
      const m = { phiX: this.phiX, cell: this.cell, decoder: this.decoder as unknown as Parameters<typeof engineRnnSample>[1]['decoder'] };
      return engineRnnSample(engine, m, this.config.xDim, { steps, batch, seed, mean });
    }
    let state = this.cell.initialState(batch) as unknown as tf.NamedTensorMap;
    let h: tf.Tensor = tf.zeros([batch, this.config.hDim]);
    const xsOut: tf.Tensor[] = [];
    for (let t = 0; t < steps; t++) {
      const out = tf.tidy(() => {
        const dec = this.decoder.distribution(h);
        const xt = mean ? dec.mean : dec.sample([], seed === undefined ? undefined : seed + t);
        const [next, hNext] = (this.cell as LSTMCell).step(state as never, this.phiX.apply(xt) as tf.Tensor2D);
        return { xt, h: hNext, next: next as unknown as tf.NamedTensorMap };
      });
      tf.dispose([state, h]);
      state = out.next;
      h = out.h;
      xsOut.push(out.xt);
    }
    tf.dispose([state, h]);
    const result = tf.stack(xsOut) as tf.Tensor3D;
    tf.dispose(xsOut);
    return result;
  }

  /** Saves the weights and configuration. */
  async save(target: ModelTarget): Promise<void> {
    await saveModelFiles(this, target, { kind: 'rnn', config: this.config });
  }

  /** Rebuilds an RNNBaseline from files written by {@link RNNBaseline.save}. */
  static async load(source: ModelSource): Promise<RNNBaseline> {
    return loadModelFiles(source, 'rnn', (config) => new RNNBaseline(config as unknown as RNNOptions));
  }
}

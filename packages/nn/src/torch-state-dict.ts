import * as tf from '@tensorflow/tfjs-core';
import { assignParameters } from './assign-parameters';
import type { Module } from './module';

const CAMEL: Record<string, string> = { weight_ih: 'weightIH', weight_hh: 'weightHH', bias_ih: 'biasIH', bias_hh: 'biasHH' };

/**
 * The probseq parameter name for a PyTorch `state_dict` key:
 *
 * | PyTorch                                   | probseq                    |
 * |-------------------------------------------|----------------------------|
 * | `…weight_ih`, `…weight_hh` (`*Cell`)      | `…weightIH`, `…weightHH`    |
 * | `…bias_ih`, `…bias_hh`                    | `…biasIH`, `…biasHH`        |
 * | `…weight_ih_l{k}` (`nn.LSTM`, `nn.GRU`, `nn.RNN`) | `…layers.{k}.weightIH` (a `StackedCell`) |
 * | anything else (`…weight`, `…bias`)        | unchanged                  |
 *
 * Bidirectional weights (`…_reverse`) have no counterpart and throw.
 * @param torchName A PyTorch `state_dict` key, e.g. `rnn.weight_ih_l0`.
 */
export function torchParameterName(torchName: string): string {
  const parts = torchName.split('.');
  const last = parts[parts.length - 1];
  if (/_reverse$/.test(last)) {
    throw new Error(`torch parameter '${torchName}': bidirectional (…_reverse) weights have no probseq counterpart; map it with options.rename`);
  }
  const layered = /^(weight_ih|weight_hh|bias_ih|bias_hh)_l(\d+)$/.exec(last);
  if (layered) parts.splice(parts.length - 1, 1, 'layers', layered[2], CAMEL[layered[1]]);
  else if (CAMEL[last]) parts[parts.length - 1] = CAMEL[last];
  return parts.join('.');
}

/** Options of {@link importTorchStateDict}. */
export interface TorchImportOptions {
  /**
   * Overrides of the default name mapping ({@link torchParameterName}): a map from PyTorch key to
   * probseq name, or a function returning the probseq name (`null` to skip the tensor, `undefined` to
   * fall back to the default). E.g. `nn.Sequential(Linear, ReLU, Linear)` keys `0.weight`, `2.weight`
   * map to an MLP's `layers.0.weight`, `layers.1.weight`.
   * @param torchName A PyTorch `state_dict` key.
   */
  rename?: Record<string, string> | ((torchName: string) => string | null | undefined);
  /**
   * Whether to transpose a tensor from PyTorch's `[out, in]` to probseq's `[in, out]`; by default
   * every 2-D tensor is transposed (all 2-D parameters of Linear and the RNN cells are weights).
   * @param torchName A PyTorch `state_dict` key.
   * @param tensor Its tensor, in PyTorch layout.
   */
  transpose?: (torchName: string, tensor: tf.Tensor) => boolean;
  /** As {@link AssignOptions.strict} (default true). */
  strict?: boolean;
  /** Where the tensors came from, for error messages. */
  source?: string;
}

/**
 * Maps a PyTorch `state_dict` (PyTorch names and layouts) onto probseq names and layouts:
 * renames by {@link torchParameterName} (or `options.rename`) and transposes 2-D weights.
 * Returns new tensors; the caller disposes them.
 * @param stateDict Tensors by PyTorch key, in PyTorch layout (`[out, in]` weights).
 */
export function mapTorchStateDict(stateDict: tf.NamedTensorMap, options: TorchImportOptions = {}): tf.NamedTensorMap {
  const out: tf.NamedTensorMap = {};
  const origin: Record<string, string> = {};
  const { rename } = options;
  const transpose = options.transpose ?? ((_n: string, t: tf.Tensor) => t.rank === 2);
  try {
    for (const [torchName, t] of Object.entries(stateDict)) {
      let name: string | null | undefined;
      if (typeof rename === 'function') name = rename(torchName);
      else if (rename && Object.prototype.hasOwnProperty.call(rename, torchName)) name = rename[torchName];
      if (name === undefined) name = torchParameterName(torchName);
      if (name === null) continue;
      if (out[name] !== undefined) {
        throw new Error(`torch parameters '${origin[name]}' and '${torchName}' both map to '${name}'`);
      }
      origin[name] = torchName;
      out[name] = transpose(torchName, t) ? tf.transpose(t) : tf.clone(t);
    }
  } catch (e) {
    tf.dispose(Object.values(out));
    throw e;
  }
  return out;
}

/**
 * Assigns a PyTorch `state_dict` to `module` through {@link mapTorchStateDict}; checks names and
 * shapes (in probseq layout) before assigning anything. Returns the probseq names assigned.
 * @param module The module whose parameters receive the values.
 * @param stateDict Tensors by PyTorch key, in PyTorch layout (`[out, in]` weights).
 */
export function importTorchStateDict(module: Module, stateDict: tf.NamedTensorMap, options: TorchImportOptions = {}): string[] {
  const mapped = mapTorchStateDict(stateDict, options);
  try {
    return assignParameters(module, mapped, { strict: options.strict, source: options.source ?? 'the PyTorch state_dict' });
  } finally {
    tf.dispose(Object.values(mapped));
  }
}

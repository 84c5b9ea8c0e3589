import * as tf from '@tensorflow/tfjs-core';
import { assignParameters } from './assign-parameters';
import type { Module } from './module';
import { isNode, nodeModules } from './node-files';
import { decodeChecked, manifestSpecs, PARAMETERS_FORMAT, TORCH_STATE_DICT_FORMAT } from './parameter-artifacts';
import { importTorchStateDict, type TorchImportOptions } from './torch-state-dict';

/**
 * Where parameters are read from:
 * - a string: in Node a file path (a folder holding `model.json`, or the `.json` file itself);
 *   an `http(s)://` URL (or any string in the browser) is fetched with `tf.io.http`;
 * - a `URL`: fetched;
 * - `{ modelJson, weights }`: the contents of `model.json` (text, parsed object or bytes) and of the
 *   weights file(s) concatenated in manifest order;
 * - a `tf.io.IOHandler` with `load()`.
 */
export type ParameterSource =
  | string
  | URL
  | { modelJson: string | object | ArrayBuffer | ArrayBufferView; weights: ArrayBuffer | ArrayBufferView }
  | tf.io.IOHandler;

/** The tensors of a parameter file with its metadata. */
export interface ReadParametersResult {
  /** Tensors by name (the caller disposes them). */
  tensors: tf.NamedTensorMap;
  /** `userDefinedMetadata.config`, if any. */
  config: unknown;
  /** The file's `format` (`'probseq-parameters'`, `'pytorch-state-dict'`, …). */
  format: string | undefined;
  /** A description of the source for messages. */
  source: string;
}

function toArrayBuffer(b: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (b instanceof ArrayBuffer) return b;
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function metadataOf(json: unknown): { config: unknown; format: string | undefined } {
  const j = json as { format?: unknown; userDefinedMetadata?: { config?: unknown } } | null;
  return { config: j?.userDefinedMetadata?.config, format: typeof j?.format === 'string' ? j.format : undefined };
}

async function readFromFile(target: string): Promise<ReadParametersResult> {
  const { fs, path } = await nodeModules();
  let jsonPath = target;
  const stat = await fs.stat(target).catch(() => null);
  if (stat === null) throw new Error(`loadParameters: no such file or folder '${target}'`);
  if (stat.isDirectory()) jsonPath = path.join(target, 'model.json');
  const text = await fs.readFile(jsonPath, 'utf8').catch(() => {
    throw new Error(`loadParameters: cannot read '${jsonPath}'`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`loadParameters: '${jsonPath}' is not valid JSON (${(e as Error).message})`);
  }
  const specs = manifestSpecs(json, jsonPath);
  const dir = path.dirname(jsonPath);
  const files = (json as { weightsManifest: tf.io.WeightsManifestConfig }).weightsManifest.flatMap((g) => g.paths);
  const parts = await Promise.all(
    files.map((p) =>
      fs.readFile(path.join(dir, p)).catch(() => {
        throw new Error(`loadParameters: cannot read weights file '${path.join(dir, p)}' listed in '${jsonPath}'`);
      }),
    ),
  );
  const total = parts.reduce((s, p) => s + p.byteLength, 0);
  const all = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    all.set(p, off);
    off += p.byteLength;
  }
  return { tensors: decodeChecked(all.buffer, specs, jsonPath), ...metadataOf(json), source: jsonPath };
}

async function readFromHandler(handler: tf.io.IOHandler, where: string): Promise<ReadParametersResult> {
  const a = await handler.load!();
  if (!a.weightSpecs || !a.weightData) throw new Error(`loadParameters: ${where} has no weights`);
  const data = Array.isArray(a.weightData) ? a.weightData : [a.weightData];
  const total = data.reduce((s, b) => s + b.byteLength, 0);
  const all = new Uint8Array(total);
  let off = 0;
  for (const b of data) {
    all.set(new Uint8Array(b), off);
    off += b.byteLength;
  }
  return {
    tensors: decodeChecked(all.buffer, a.weightSpecs, where),
    config: (a.userDefinedMetadata as { config?: unknown } | undefined)?.config,
    format: a.format,
    source: where,
  };
}

/**
 * Reads a parameter file (see {@link ParameterSource}) into tensors; nothing is assigned.
 * @param source A folder or `model.json` path (Node), a URL, or the file contents in memory.
 */
export async function readParameters(source: ParameterSource): Promise<ReadParametersResult> {
  if (typeof source === 'string' || source instanceof URL) {
    const s = source.toString();
    if (source instanceof URL || /^https?:\/\//i.test(s) || !isNode()) return readFromHandler(tf.io.http(s), s);
    return readFromFile(s);
  }
  if (source && typeof (source as tf.io.IOHandler).load === 'function') {
    return readFromHandler(source as tf.io.IOHandler, 'the IOHandler');
  }
  const mem = source as { modelJson?: unknown; weights?: ArrayBuffer | ArrayBufferView };
  if (mem && mem.modelJson !== undefined && mem.weights !== undefined) {
    let json: unknown = mem.modelJson;
    if (json instanceof ArrayBuffer || ArrayBuffer.isView(json)) json = new TextDecoder().decode(json as ArrayBuffer);
    if (typeof json === 'string') {
      try {
        json = JSON.parse(json);
      } catch (e) {
        throw new Error(`loadParameters: modelJson is not valid JSON (${(e as Error).message})`);
      }
    }
    const specs = manifestSpecs(json, 'modelJson');
    return { tensors: decodeChecked(toArrayBuffer(mem.weights), specs, 'the given weights'), ...metadataOf(json), source: 'the given ArrayBuffers' };
  }
  throw new Error('loadParameters: source must be a path, a URL, { modelJson, weights } or a tf.io.IOHandler');
}

/** Options of {@link loadParameters}. */
export interface LoadOptions {
  /** Require an exact match of names (default true); see `assignParameters`. */
  strict?: boolean;
}

/**
 * Loads parameters saved by `saveParameters` into `module`. Names and shapes are checked before
 * anything is assigned; a mismatch throws naming the parameter, the expected and the found shape.
 * Resolves to the stored config.
 *
 * @example
 * ```ts
 * const { config } = await loadParameters(model, 'runs/exp1');            // Node
 * await loadParameters(model, new URL('/models/exp1/model.json', location.href)); // browser
 * ```
 * @param module The module whose parameters receive the values (built with the same config).
 * @param source A folder or `model.json` path (Node), a URL, or the file contents in memory.
 */
export async function loadParameters(module: Module, source: ParameterSource, options: LoadOptions = {}): Promise<{ config: unknown }> {
  const read = await readParameters(source);
  try {
    if (read.format === TORCH_STATE_DICT_FORMAT) {
      throw new Error(`loadParameters: ${read.source} holds a PyTorch state_dict; use loadTorchStateDict to map its names and layouts`);
    }
    if (read.format !== undefined && read.format !== PARAMETERS_FORMAT) {
      throw new Error(`loadParameters: ${read.source} has format '${read.format}', expected '${PARAMETERS_FORMAT}'`);
    }
    assignParameters(module, read.tensors, { strict: options.strict, source: read.source });
    return { config: read.config };
  } finally {
    tf.dispose(Object.values(read.tensors));
  }
}

/**
 * Loads a PyTorch `state_dict` exported by `scripts/export-state-dict.py` (same file format, PyTorch
 * names and layouts) into `module`, mapping names with `torchParameterName` / `options.rename` and
 * transposing 2-D weights. Resolves to the stored config.
 * @param module The module whose parameters receive the values.
 * @param source A folder or `model.json` path (Node), a URL, or the file contents in memory.
 */
export async function loadTorchStateDict(
  module: Module,
  source: ParameterSource,
  options: TorchImportOptions = {},
): Promise<{ config: unknown }> {
  const read = await readParameters(source);
  try {
    importTorchStateDict(module, read.tensors, { ...options, source: options.source ?? read.source });
    return { config: read.config };
  } finally {
    tf.dispose(Object.values(read.tensors));
  }
}

import * as tf from '@tensorflow/tfjs-core';
import type { Module } from './module';

/** `format` of files written by {@link saveParameters}. */
export const PARAMETERS_FORMAT = 'probseq-parameters';
/** `format` of files written by the PyTorch exporter (`scripts/export-state-dict.py`). */
export const TORCH_STATE_DICT_FORMAT = 'pytorch-state-dict';
/** The weights file name written next to `model.json`. */
export const WEIGHTS_FILE = 'weights.bin';

/** The `model.json` of a parameter file: a tfjs weights manifest with the config as metadata. */
export interface ParametersModelJSON {
  /** `'probseq-parameters'` or `'pytorch-state-dict'`. */
  format: string;
  /** The library that wrote the file. */
  generatedBy: string;
  /** The converter, if any. */
  convertedBy: string | null;
  /** tfjs weights manifest: groups of `paths` and `weights` (name, shape, dtype) in byte order. */
  weightsManifest: tf.io.WeightsManifestConfig;
  /** `{ config }`: the model's configuration, as given to `saveParameters`. */
  userDefinedMetadata: { config?: unknown; [key: string]: unknown };
}

/** A parameter file in memory: the parsed `model.json` and the bytes of `weights.bin`. */
export interface ParameterArtifacts {
  /** The manifest (serialise with `JSON.stringify`). */
  modelJson: ParametersModelJSON;
  /** The concatenated weights, little-endian float32 in manifest order. */
  weights: ArrayBuffer;
}

/** Options of {@link encodeParameters} and `saveParameters`. */
export interface SaveOptions {
  /** The model's configuration, stored in `model.json`'s `userDefinedMetadata.config` (JSON-serialisable). */
  config?: unknown;
}

/**
 * Encodes the module's parameters in the tfjs weights-manifest format, one weights file named
 * `weights.bin`, with `options.config` stored in `userDefinedMetadata`.
 * @param module The module whose parameters are encoded.
 */
export async function encodeParameters(module: Module, options: SaveOptions = {}): Promise<ParameterArtifacts> {
  const named = module.namedParameters().map(([name, tensor]) => ({ name, tensor }));
  if (options.config !== undefined) {
    try {
      JSON.stringify(options.config);
    } catch (e) {
      throw new Error(`saveParameters: config must be JSON-serialisable (${(e as Error).message})`);
    }
  }
  const { data, specs } = await tf.io.encodeWeights(named);
  return {
    modelJson: {
      format: PARAMETERS_FORMAT,
      generatedBy: '@probseq/nn',
      convertedBy: null,
      weightsManifest: [{ paths: [WEIGHTS_FILE], weights: specs }],
      userDefinedMetadata: options.config === undefined ? {} : { config: options.config },
    },
    weights: data,
  };
}

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1 };

/** Checks a parsed model.json and returns its weight specs in byte order. */
export function manifestSpecs(json: unknown, where: string): tf.io.WeightsManifestEntry[] {
  const manifest = (json as { weightsManifest?: unknown } | null)?.weightsManifest;
  if (!Array.isArray(manifest)) throw new Error(`${where}: expected a tfjs model.json with a 'weightsManifest' list`);
  const specs: tf.io.WeightsManifestEntry[] = [];
  manifest.forEach((group: tf.io.WeightsManifestConfig[number], g: number) => {
    if (!group || !Array.isArray(group.paths) || !Array.isArray(group.weights)) {
      throw new Error(`${where}: weightsManifest[${g}] must have 'paths' and 'weights' lists`);
    }
    specs.push(...group.weights);
  });
  return specs;
}

/** Decodes weights against specs, checking the byte count first. */
export function decodeChecked(weights: ArrayBuffer, specs: tf.io.WeightsManifestEntry[], where: string): tf.NamedTensorMap {
  let expected = 0;
  let exact = true;
  for (const s of specs) {
    const n = s.shape.reduce((a, b) => a * b, 1);
    if (s.quantization || BYTES[s.dtype] === undefined) exact = false;
    else expected += n * BYTES[s.dtype];
  }
  if (exact && weights.byteLength !== expected) {
    throw new Error(`${where}: the manifest describes ${expected} bytes of weights, found ${weights.byteLength}`);
  }
  return tf.io.decodeWeights(weights, specs);
}

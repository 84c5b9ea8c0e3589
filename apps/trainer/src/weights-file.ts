import * as tf from '@tensorflow/tfjs-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error';

/** Encodes named tensors as a tfjs weights manifest (`model.json`) and its `weights.bin`. */
export async function encodeWeightFiles(
  tensors: tf.NamedTensorMap,
  metadata: Record<string, unknown>,
  binName = 'weights.bin',
): Promise<{ manifest: string; bin: Uint8Array }> {
  const { data, specs } = await tf.io.encodeWeights(tensors);
  const manifest = {
    format: 'probseq-weights',
    generatedBy: '@probseq/trainer',
    weightsManifest: [{ paths: [binName], weights: specs }],
    userDefinedMetadata: metadata,
  };
  return { manifest: JSON.stringify(manifest), bin: new Uint8Array(data) };
}

/** Reads the manifest and the weights file {@link encodeWeightFiles} wrote and checks their sizes agree; errors name the file. */
export function checkWeightFiles(
  dir: string,
  manifestName = 'model.json',
): { buffer: ArrayBuffer; specs: tf.io.WeightsManifestEntry[]; metadata: Record<string, unknown> } {
  const path = join(dir, manifestName);
  let manifest: {
    weightsManifest?: Array<{ paths: string[]; weights: tf.io.WeightsManifestEntry[] }>;
    userDefinedMetadata?: Record<string, unknown>;
  };
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`${path}: cannot read the weights manifest (${(e as Error).message.split('\n')[0]})`);
  }
  const group = manifest.weightsManifest?.[0];
  if (!group) throw new CliError(`${path}: no weightsManifest`);
  const binPath = join(dir, group.paths[0]);
  let buf: Buffer;
  try {
    buf = readFileSync(binPath);
  } catch {
    throw new CliError(`${binPath}: missing weights file`);
  }
  const expected = group.weights.reduce((a, w) => a + w.shape.reduce((p, d) => p * d, 1) * 4, 0);
  if (buf.byteLength !== expected)
    throw new CliError(`${binPath}: expected ${expected} bytes, found ${buf.byteLength}`);
  const buffer = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  return { buffer, specs: group.weights, metadata: manifest.userDefinedMetadata ?? {} };
}

/** Reads what {@link encodeWeightFiles} wrote as tensors; errors name the file. */
export function readWeightFiles(
  dir: string,
  manifestName = 'model.json',
): { tensors: tf.NamedTensorMap; metadata: Record<string, unknown> } {
  const { buffer, specs, metadata } = checkWeightFiles(dir, manifestName);
  return { tensors: tf.io.decodeWeights(buffer, specs), metadata };
}

/**
 * Assigns saved tensors to parameters by name, checking names and shapes; a mismatch means the
 * weights come from another configuration and is reported as such. Disposes `tensors`.
 */
export function assignParameters(
  params: Array<[string, tf.Variable]>,
  tensors: tf.NamedTensorMap,
  source: string,
): void {
  try {
    for (const [name, v] of params) {
      const t = tensors[name];
      if (!t) throw new CliError(`${source}: checkpoint from another config: it has no parameter '${name}'`);
      if (t.shape.join() !== v.shape.join()) {
        throw new CliError(
          `${source}: checkpoint from another config: parameter '${name}' has shape [${t.shape}], this model expects [${v.shape}]`,
        );
      }
    }
    const extra = Object.keys(tensors).filter((k) => !params.some(([n]) => n === k));
    if (extra.length > 0)
      throw new CliError(`${source}: checkpoint from another config: unexpected parameter '${extra[0]}'`);
    for (const [name, v] of params) v.assign(tensors[name]);
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

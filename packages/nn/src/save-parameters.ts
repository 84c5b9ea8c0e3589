import * as tf from '@tensorflow/tfjs-core';
import type { Module } from './module';
import { writeFileAtomic, nodeModules } from './node-files';
import { encodeParameters, WEIGHTS_FILE, type SaveOptions } from './parameter-artifacts';

/** Where {@link saveParameters} writes: a folder (or a `…/model.json` path) in Node, or a tfjs IOHandler. */
export type ParameterTarget = string | tf.io.IOHandler;

/**
 * Saves the module's parameters as `model.json` + `weights.bin` (tfjs weights manifest), with
 * `options.config` in `userDefinedMetadata.config`.
 *
 * - Node: `target` is a folder (created if needed) or the path of the `.json` file; each file is
 *   written atomically (temporary file, then rename), weights first.
 * - Browser: pass a `tf.io.IOHandler` such as `tf.io.browserDownloads('model')`, or use
 *   `encodeParameters` to get the bytes.
 *
 * @example
 * ```ts
 * await saveParameters(vrnn, 'runs/exp1', { config: vrnn.config });
 * ```
 * @param module The module whose parameters are saved.
 * @param target A folder or `.json` path (Node), or a `tf.io.IOHandler` (browser).
 */
export async function saveParameters(module: Module, target: ParameterTarget, options: SaveOptions = {}): Promise<void> {
  const artifacts = await encodeParameters(module, options);
  if (typeof target !== 'string') {
    if (!target || typeof target.save !== 'function') {
      throw new Error('saveParameters: target must be a folder path (Node) or a tf.io.IOHandler with save()');
    }
    const { modelJson, weights } = artifacts;
    await target.save({
      format: modelJson.format,
      generatedBy: modelJson.generatedBy,
      convertedBy: modelJson.convertedBy,
      weightSpecs: modelJson.weightsManifest[0].weights,
      weightData: weights,
      userDefinedMetadata: modelJson.userDefinedMetadata as Record<string, {}>,
    });
    return;
  }
  const { fs, path } = await nodeModules();
  const jsonPath = target.endsWith('.json') ? target : path.join(target, 'model.json');
  const dir = path.dirname(jsonPath);
  await fs.mkdir(dir, { recursive: true });
  await writeFileAtomic(path.join(dir, WEIGHTS_FILE), new Uint8Array(artifacts.weights));
  await writeFileAtomic(jsonPath, `${JSON.stringify(artifacts.modelJson, null, 1)}\n`);
}

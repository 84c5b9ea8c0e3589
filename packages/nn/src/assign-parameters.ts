import * as tf from '@tensorflow/tfjs-core';
import type { Module } from './module';

/** Options of {@link assignParameters}. */
export interface AssignOptions {
  /** Where the tensors came from, for error messages (a file name or URL). */
  source?: string;
  /**
   * With `true` (default) every parameter of the module must be present and every tensor must
   * belong to a parameter; with `false` only the tensors present are assigned and extra ones ignored.
   */
  strict?: boolean;
}

const shapeStr = (s: readonly number[]) => `[${s.join(', ')}]`;

/**
 * Assigns named tensors to the module's parameters of the same dotted name. Everything is checked
 * before anything is assigned, so a mismatch leaves the module unchanged; the error names the
 * parameter, the expected and the found shape. The tensors are not disposed.
 * @param module The module whose parameters receive the values.
 * @param tensors Values by dotted parameter name (`layers.0.weight`), in probseq layout.
 */
export function assignParameters(module: Module, tensors: tf.NamedTensorMap, options: AssignOptions = {}): string[] {
  const source = options.source ? ` in ${options.source}` : '';
  const strict = options.strict ?? true;
  const params = new Map(module.namedParameters());
  const problems: string[] = [];
  for (const [name, v] of params) {
    const t = tensors[name];
    if (t === undefined) {
      if (strict) problems.push(`missing parameter '${name}' (expected shape ${shapeStr(v.shape)})${source}`);
      continue;
    }
    if (t.rank !== v.rank || t.shape.some((d, i) => d !== v.shape[i])) {
      problems.push(`parameter '${name}': expected shape ${shapeStr(v.shape)}, found ${shapeStr(t.shape)}${source}`);
    } else if (t.dtype !== 'float32') {
      problems.push(`parameter '${name}': expected dtype float32, found ${t.dtype}${source}`);
    }
  }
  if (strict) {
    for (const name of Object.keys(tensors)) {
      if (!params.has(name)) {
        problems.push(`unexpected tensor '${name}' (shape ${shapeStr(tensors[name].shape)})${source}: ${module.constructor.name} has no such parameter`);
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`Cannot load parameters into ${module.constructor.name}: ${problems.join('; ')}`);
  }
  const assigned: string[] = [];
  for (const [name, v] of params) {
    const t = tensors[name];
    if (t !== undefined) {
      v.assign(t);
      assigned.push(name);
    }
  }
  return assigned;
}

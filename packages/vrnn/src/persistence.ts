import { assignParameters, readParameters, saveParameters, type Module, type ParameterSource, type ParameterTarget } from '@probseq/nn';

/** Where a model is saved: a folder (or `…/model.json`) in Node, or a `tf.io.IOHandler` (browser). */
export type ModelTarget = ParameterTarget;
/** Where a model is loaded from: a Node path, a URL, `{ modelJson, weights }` bytes, or an IOHandler. */
export type ModelSource = ParameterSource;

/** Writes the weights with `{ kind, ...config }` as the stored configuration. */
export async function saveModelFiles(module: Module, target: ModelTarget, meta: { kind: string; config: object }): Promise<void> {
  await saveParameters(module, target, { config: { kind: meta.kind, ...meta.config } });
}

/**
 * Reads a saved model, checks that it was saved by the expected model kind, rebuilds it from the stored
 * configuration with `build` and assigns the weights (shape-checked; a mismatch names the parameter).
 */
export async function loadModelFiles<M extends Module>(
  source: ModelSource,
  kind: string,
  build: (config: Record<string, unknown>) => M,
): Promise<M> {
  const read = await readParameters(source);
  try {
    const stored = read.config as Record<string, unknown> | undefined;
    if (!stored || typeof stored !== 'object') {
      throw new Error(`load: ${read.source} has no stored configuration (userDefinedMetadata.config); was it saved by ${kind}.save()?`);
    }
    if (stored.kind !== kind) {
      throw new Error(`load: ${read.source} holds a '${String(stored.kind)}' model, expected '${kind}'`);
    }
    const { kind: _kind, ...config } = stored;
    void _kind;
    const model = build(config);
    try {
      assignParameters(model, read.tensors, { source: read.source });
    } catch (e) {
      model.dispose();
      throw e;
    }
    return model;
  } finally {
    for (const t of Object.values(read.tensors)) t.dispose();
  }
}

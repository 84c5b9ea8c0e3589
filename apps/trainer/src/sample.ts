import { join, resolve } from 'node:path';
import { setBackend, type BackendName } from '@probseq/backend';
import { writeDirAtomic } from './atomic';
import { CliError } from './cli-error';
import { loadRunModel } from './load-run-model';
import { readRunConfig } from './run-files';
import { renderSamples } from './sample-outputs';

/** Options of `probseq sample`. */
export interface SampleRequest {
  run: string;
  count: number;
  steps?: number;
  seed: number;
  outDir?: string;
  checkpoint: boolean;
  backend: BackendName;
}

/** `probseq sample`: generated sequences as JSON plus pictures (and MIDI for piano rolls). */
export async function sample(req: SampleRequest): Promise<number> {
  readRunConfig(resolve(req.run));
  await setBackend(req.backend).catch((e: Error) => {
    throw new CliError(`--backend ${req.backend}: ${e.message}`);
  });
  const run = await loadRunModel(req.run, { checkpoint: req.checkpoint });
  const steps = req.steps ?? run.file.data.medianLength;
  const files = await renderSamples(run.model, run.file.data, run.file.normalization, {
    count: req.count,
    steps,
    seed: req.seed,
  });
  run.model.dispose();
  const out = req.outDir ? resolve(req.outDir) : join(run.runDir, `samples-seed${req.seed}`);
  writeDirAtomic(out, files);
  process.stdout.write(
    `${req.count} samples of ${steps} steps from ${run.which} → ${Object.keys(files)
      .map((f) => join(out, f))
      .join(', ')}\n`,
  );
  return 0;
}

import { join, resolve } from 'node:path';
import { setBackend, type BackendName } from '@probseq/backend';
import type { SequenceDataset } from '@probseq/data';
import { writeFileAtomic } from './atomic';
import { CliError } from './cli-error';
import { describeData, loadData } from './data-source';
import { evalProgress } from './eval-progress';
import { evaluateSplit, type SplitScores } from './evaluate-split';
import { DEFAULT_EVAL_MEMORY_MIB, bytesPerRowStep, isOutOfMemory, rowStepBudget } from './memory-budget';
import { loadRunModel } from './load-run-model';
import { readRunConfig, runDataPath } from './run-files';
import { hasLatents } from './model-factory';

/** Options of `probseq eval`. */
export interface EvalRequest {
  run: string;
  split: 'train' | 'valid' | 'test';
  samples: number;
  particles: number;
  batch: number;
  seed: number;
  data?: string;
  json: boolean;
  checkpoint: boolean;
  backend: BackendName;
  /** Memory budget of one evaluation chunk in MiB (default {@link DEFAULT_EVAL_MEMORY_MIB}). */
  maxMemory?: number;
}

/** The figures `probseq eval` prints and writes to `<run>/eval-<split>.json`. */
export interface EvalResult {
  run: string;
  model: string;
  data: string;
  split: string;
  sequences: number;
  steps: number;
  samples: number;
  elbo: { perSequence: number; perStep: number };
  logLikelihood: { perSequence: number; perStep: number; exact: boolean };
  /** The FIVO bound with `particles` particles (exact log-likelihood for models without latents); absent with --particles 0. */
  fivo?: { perSequence: number; perStep: number; particles: number };
}

function table(r: EvalResult): string {
  const rows: Array<[string, string, string]> = [
    ['', 'nats/sequence', 'nats/step'],
    ['ELBO', r.elbo.perSequence.toFixed(3), r.elbo.perStep.toFixed(4)],
    [
      r.logLikelihood.exact ? 'log-likelihood (exact)' : `log-likelihood (IS, K=${r.samples})`,
      r.logLikelihood.perSequence.toFixed(3),
      r.logLikelihood.perStep.toFixed(4),
    ],
  ];
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: [string, string, string]) =>
    `${row[0].padEnd(w[0])}  ${row[1].padStart(w[1])}  ${row[2].padStart(w[2])}`;
  return [
    `${r.split} split of ${r.data}: ${r.sequences} sequences, ${r.steps} steps · model ${r.model}`,
    line(rows[0]),
    line(rows[1]),
    line(rows[2]),
    ...(r.fivo
      ? [line([`FIVO (N=${r.fivo.particles})`, r.fivo.perSequence.toFixed(3), r.fivo.perStep.toFixed(4)])]
      : []),
  ].join('\n');
}

/** `probseq eval`: ELBO and importance-sampled log-likelihood on a split, as a table and JSON. */
export async function evaluate(req: EvalRequest): Promise<number> {
  readRunConfig(resolve(req.run));
  if (!Number.isInteger(req.particles) || req.particles < 0) {
    throw new CliError(`--particles must be an integer ≥ 0 (0 skips the FIVO bound), found ${req.particles}`);
  }
  await setBackend(req.backend).catch((e: Error) => {
    throw new CliError(`--backend ${req.backend}: ${e.message}`);
  });
  const run = await loadRunModel(req.run, { checkpoint: req.checkpoint });
  const { file } = run;
  let ds: SequenceDataset;
  if (req.data) {
    ds = await loadData(req.data, file.config);
    const info = describeData(ds);
    if (info.dims !== file.data.dims) {
      throw new CliError(
        `${req.data}: checkpoint from another config: the model was trained on ${file.data.dims} features, this data has ${info.dims}`,
      );
    }
  } else {
    ds = await loadData(runDataPath(run.runDir, file), file.config);
  }
  const seqs = ds.splits[req.split];
  if (seqs.length === 0) throw new CliError(`${ds.source}: the ${req.split} split is empty`);
  const latent = hasLatents(run.model);
  const mib = req.maxMemory ?? DEFAULT_EVAL_MEMORY_MIB;
  let s: SplitScores;
  const progress = evalProgress(`evaluating the ${req.split} split`);
  try {
    s = await evaluateSplit(run.model, seqs, {
      dims: file.data.dims,
      stats: file.normalization,
      batch: req.batch,
      seed: req.seed,
      samples: latent ? req.samples : 1,
      particles: req.particles,
      maxRowSteps: rowStepBudget(mib, bytesPerRowStep(file.config, file.data.dims, file.output)),
      onProgress: progress.update,
    });
  } catch (e) {
    if (!isOutOfMemory(e)) throw e;
    const longest = Math.max(...seqs.map((q) => q.length));
    throw new CliError(
      `out of memory evaluating sequences of up to ${longest} steps with ${latent ? req.samples : 1} samples: try a lower --max-memory (now ${mib} MiB)`,
    );
  } finally {
    progress.stop();
    run.model.dispose();
  }
  const ll = s.logLikelihood ?? s.elbo;
  const result: EvalResult = {
    run: run.runDir,
    model: `${file.config.model} ${run.which}`,
    data: ds.source,
    split: req.split,
    sequences: s.sequences,
    steps: s.steps,
    samples: latent ? req.samples : 1,
    elbo: { perSequence: s.elbo / s.sequences, perStep: s.elbo / s.steps },
    logLikelihood: { perSequence: ll / s.sequences, perStep: ll / s.steps, exact: !latent },
    ...(s.fivo !== null
      ? { fivo: { perSequence: s.fivo / s.sequences, perStep: s.fivo / s.steps, particles: req.particles } }
      : {}),
  };
  writeFileAtomic(join(run.runDir, `eval-${req.split}.json`), JSON.stringify(result, null, 2));
  process.stdout.write(`${req.json ? JSON.stringify(result, null, 2) : table(result)}\n`);
  return 0;
}

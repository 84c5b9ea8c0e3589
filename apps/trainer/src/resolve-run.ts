import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SequenceDataset } from '@probseq/data';
import { resumePoint, type ResumePoint } from './checkpoint';
import { CliError } from './cli-error';
import { RESUMABLE_KEYS, parseTrainConfig, type TrainConfig, type TrainConfigInput } from './config';
import { checkOutputFits, defaultOutput, describeData, loadData, normalizationFor } from './data-source';
import { RunLock } from './run-lock';
import { isDataPath, readRunConfig, runDataPath, storedDataPaths, type RunConfigFile } from './run-files';

/** What `probseq train` was asked: the merged options and which keys the user set explicitly. */
export interface TrainRequest {
  options: Partial<TrainConfigInput>;
  explicit: Set<string>;
  resume?: string;
  quiet?: boolean;
}

/** A checked plan of a run: nothing has been written yet. */
export interface RunPlan {
  runDir: string;
  /** What config.json holds (for a resumed run, as stored, with the allowed overrides applied). */
  file: RunConfigFile;
  cfg: TrainConfig;
  ds: SequenceDataset;
  /** The checkpoint a resumed run continues from; null for a new run. */
  resume: ResumePoint | null;
}

function defaultName(cfg: TrainConfig): string {
  const data = isDataPath(cfg.data)
    ? (cfg.data.split('?')[0].replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? 'data').replace(/\.[^.]+$/, '')
    : cfg.data.slice('synthetic:'.length);
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${cfg.model}-${data}-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** A new run: options, data and output checked, the run directory named and not yet taken. */
async function planNewRun(req: TrainRequest): Promise<RunPlan> {
  const cfg = parseTrainConfig(req.options, 'options');
  const ds = await loadData(cfg.data, cfg);
  const output = cfg.output ?? defaultOutput(ds.kind);
  checkOutputFits(output, ds);
  if (cfg.transpose > 0 && ds.kind !== 'binary') {
    throw new CliError(`--transpose ${cfg.transpose}: transposition applies to piano rolls (0/1 data); ${cfg.data} is ${ds.kind} data`);
  }
  const name = cfg.name ?? defaultName(cfg);
  const runDir = resolve(cfg.out, name);
  if (existsSync(runDir))
    throw new CliError(
      `${runDir} already exists: resume it with --resume ${join(cfg.out, name)} or pick another --name`,
    );
  const { data, dataFromRun } = storedDataPaths(cfg.data, runDir);
  const file: RunConfigFile = {
    version: 1,
    config: { ...cfg, data, name },
    output,
    data: describeData(ds),
    normalization: normalizationFor(ds),
    createdAt: new Date().toISOString(),
    ...(dataFromRun !== undefined ? { dataFromRun } : {}),
  };
  return { runDir, file, cfg: file.config, ds, resume: null };
}

/** Whether an option given on resume asks for something other than what the run was trained with. */
function differs(key: keyof TrainConfig, given: unknown, stored: unknown): boolean {
  if (key === 'data' && typeof given === 'string' && typeof stored === 'string' && isDataPath(given))
    return resolve(given) !== resolve(stored);
  return JSON.stringify(given) !== JSON.stringify(stored);
}

/** A resumed run: same configuration (but for the resumable keys), same data shape, a checkpoint that verifies. */
async function planResume(req: TrainRequest, dir: string): Promise<RunPlan> {
  const runDir = resolve(dir);
  const file = readRunConfig(runDir);
  RunLock.checkFree(runDir);
  for (const key of req.explicit) {
    const k = key as keyof TrainConfig;
    if (RESUMABLE_KEYS.has(k) || !differs(k, req.options[k], file.config[k])) continue;
    throw new CliError(
      `${join(runDir, 'config.json')}: checkpoint from another config: it was trained with ${k}=${JSON.stringify(file.config[k])}, this command asks for ${k}=${JSON.stringify(req.options[k])}`,
    );
  }
  const overrides: Partial<TrainConfigInput> = {};
  for (const k of RESUMABLE_KEYS) if (req.explicit.has(k)) (overrides as Record<string, unknown>)[k] = req.options[k];
  const stored: Partial<TrainConfig> = { ...file.config, data: runDataPath(runDir, file) };
  if (overrides.steps !== undefined) delete stored.epochs;
  if (overrides.epochs !== undefined) delete stored.steps;
  const cfg = parseTrainConfig({ ...stored, ...overrides }, 'options');
  const ds = await loadData(cfg.data, cfg);
  const dims = describeData(ds).dims;
  if (dims !== file.data.dims)
    throw new CliError(
      `${cfg.data}: checkpoint from another config: the run was trained on ${file.data.dims} features, the data now has ${dims}`,
    );
  const resume = resumePoint(runDir);
  if (!resume) throw new CliError(`${runDir}: no complete checkpoint to resume from (start a new run instead)`);
  // config.json keeps the stored options; the data paths are stored afresh (the run may have moved).
  const { data, dataFromRun } = storedDataPaths(cfg.data, runDir);
  const { dataFromRun: _old, ...rest } = file;
  return {
    runDir,
    file: { ...rest, config: { ...file.config, data }, ...(dataFromRun !== undefined ? { dataFromRun } : {}) },
    cfg,
    ds,
    resume,
  };
}

/** Checks the options, the data and (on resume) the run and its checkpoint, writing nothing. */
export async function resolveRun(req: TrainRequest): Promise<RunPlan> {
  const plan = req.resume ? await planResume(req, req.resume) : await planNewRun(req);
  if (plan.ds.splits.valid.length === 0)
    throw new CliError(`${plan.ds.source}: the valid split is empty; validation needs at least one sequence`);
  return plan;
}

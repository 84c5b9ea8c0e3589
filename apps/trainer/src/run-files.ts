import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { NormalizationStats } from '@probseq/data';
import { CliError } from './cli-error';
import { parseTrainConfig, type TrainConfig } from './config';
import type { DataInfo } from './data-source';

/** The content of `<run>/config.json`. */
export interface RunConfigFile {
  version: 1;
  config: TrainConfig;
  output: 'gaussian' | 'gmm' | 'bernoulli';
  data: DataInfo;
  normalization: NormalizationStats;
  createdAt: string;
  /** The data file's path relative to the run directory (file data only), so a run moved with its data finds it. */
  dataFromRun?: string;
}

/** Whether a `--data` value names a file or directory (rather than built-in synthetic data). */
export function isDataPath(data: string): boolean {
  return !data.startsWith('synthetic:');
}

/**
 * The data a run was trained on, as config.json stores it: file data as an absolute path plus its path
 * relative to the run directory, so the run can be evaluated, sampled and resumed from any folder.
 */
export function storedDataPaths(data: string, runDir: string): { data: string; dataFromRun?: string } {
  if (!isDataPath(data)) return { data };
  const abs = resolve(data);
  return { data: abs, dataFromRun: relative(runDir, abs) };
}

/**
 * Where a run's data is now: the stored absolute path; else the path relative to the run directory (the run
 * and its data moved together); else, for runs written before paths were stored absolute, relative to the
 * current folder.
 */
export function runDataPath(runDir: string, file: RunConfigFile): string {
  const d = file.config.data;
  if (!isDataPath(d)) return d;
  const candidates = [
    ...(isAbsolute(d) ? [d] : []),
    ...(file.dataFromRun !== undefined ? [resolve(runDir, file.dataFromRun)] : []),
    resolve(d),
  ];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** Reads and validates a run's config.json. */
export function readRunConfig(runDir: string): RunConfigFile {
  const path = join(runDir, 'config.json');
  if (!existsSync(runDir)) throw new CliError(`${runDir}: no such run directory`);
  if (!existsSync(path)) throw new CliError(`${path}: missing (is ${runDir} a probseq run directory?)`);
  let json: RunConfigFile;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`${path}: malformed JSON (${(e as Error).message})`);
  }
  if (json.version !== 1 || !json.data || !json.normalization)
    throw new CliError(`${path}: not a probseq run config (version 1)`);
  json.config = parseTrainConfig(json.config, `${path} (config)`);
  return json;
}

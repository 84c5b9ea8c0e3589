import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

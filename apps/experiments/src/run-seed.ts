import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from './atomic';
import { cachedEvaluation, EVAL_CACHE, evalKey } from './eval-cache';
import type { Experiment, ExperimentRow } from './definition';
import { nextTrainingTarget, stoppingState, type Validation } from './early-stopping';
import { commandLine, probseq } from './probseq-cli';
import { writeWindowed } from './windows';

/** Test-set figures of one trained model, nats per time step (sum over all test steps ÷ number of steps). */
export interface TestFigures {
  sequences: number;
  steps: number;
  elbo: number;
  iwae: number;
  fivo: number;
  importance: number;
}

/** The outcome of one (row, seed): training, early stopping, test figures and the commands that produced them. */
export interface SeedResult {
  row: string;
  seed: number;
  runDir: string;
  steps: number;
  best: Validation;
  validBound: string;
  stoppedBy: 'patience' | 'maxSteps';
  flat: boolean;
  lastFifthGain: number | null;
  trainSeconds: number;
  /** The machine and its 1-minute load average when this seed started and when it finished (a busy machine trains slower). */
  machine: { cpus: string; loadAverage: { start: number; end: number } };
  test: TestFigures;
  commands: string[];
  /**
   * The repository's commit (and whether its tree had uncommitted changes) of every runner invocation that
   * trained or evaluated this seed: a seed is deterministic for one code version, and numerics changes in
   * the engine move the trajectory within the spread over seeds.
   */
  code: CodeVersion[];
}

/** The code a runner invocation ran. */
export interface CodeVersion {
  commit: string | null;
  dirty: boolean;
  at: string;
  did: 'train' | 'evaluate';
}

/** HEAD of the repository and whether the tree differs from it (null commit outside a git checkout). */
export function codeVersion(repo: string, did: CodeVersion['did']): CodeVersion {
  const git = (args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    return { commit: git(['rev-parse', 'HEAD']).trim(), dirty: git(['status', '--porcelain', '--untracked-files=no']).trim() !== '', at: new Date().toISOString(), did };
  } catch {
    return { commit: null, dirty: false, at: new Date().toISOString(), did };
  }
}

/**
 * Appends a code version to the run folder's record unless the last entry already names the same commit,
 * tree state and kind of work; returns the record. Called after every trainer invocation, since the
 * checkout can move while a long run goes on.
 */
function recordCode(runDir: string, version: CodeVersion): CodeVersion[] {
  const file = join(runDir, 'code-versions.json');
  const list = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CodeVersion[]) : [];
  const last = list[list.length - 1];
  if (!last || last.commit !== version.commit || last.dirty !== version.dirty || last.did !== version.did) {
    list.push(version);
    writeFileAtomic(file, `${JSON.stringify(list, null, 2)}\n`);
  }
  return list;
}

/** Where the runner works: the repository root (data paths are relative to it) and the output folder. */
export interface RunContext {
  repo: string;
  out: string;
  quiet: boolean;
  log: (line: string) => void;
}

interface MetricsLine {
  type: string;
  step: number;
  boundPerStep?: number;
  elboPerStep?: number;
  bound?: string;
  seconds?: number;
}

function readMetrics(runDir: string): MetricsLine[] {
  const path = join(runDir, 'metrics.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as MetricsLine];
      } catch {
        return [];
      }
    });
}

/** The trainer options of a row: experiment defaults, then the row's own. */
export function rowOptions(exp: Experiment, row: ExperimentRow): Record<string, unknown> {
  return { ...exp.train, ...row.train };
}

/** Which test column is a row's "own" bound. */
export function ownBound(options: Record<string, unknown>): 'elbo' | 'iwae' | 'fivo' {
  const o = options.objective ?? 'elbo';
  return o === 'iwae' ? 'iwae' : o === 'fivo' ? 'fivo' : 'elbo';
}

/**
 * Trains one (row, seed) with the probseq CLI in chunks of `stopping.chunk` steps (`--resume` between
 * them) until the validation bound of its objective has not improved for `patience` validations or
 * `maxSteps` is reached; the trainer keeps the best-validated model in `<run>/best`. Then evaluates that
 * model on the whole test sequences: ELBO, IWAE(K) (= IS with K), FIVO(N) and IS with many samples.
 * A finished seed is not retrained: its `experiment-result.json` is read back.
 */
export async function runSeed(exp: Experiment, row: ExperimentRow, seed: number, ctx: RunContext): Promise<SeedResult> {
  const rowDir = join(ctx.out, 'runs', row.id);
  const name = `seed-${seed}`;
  const runDir = join(rowDir, name);
  const resultFile = join(runDir, 'experiment-result.json');
  if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as SeedResult;
  const loadAtStart = loadavg()[0];
  const data = resolve(ctx.repo, row.data);
  const trainData = exp.window
    ? writeWindowed(data, join(ctx.out, 'data', `${basename(data, '.json')}-w${exp.window}.json`), exp.window)
    : data;
  const options: Record<string, unknown> = {
    ...rowOptions(exp, row),
    data: trainData,
    seed,
    out: rowDir,
    name,
    steps: exp.stopping.chunk,
  };
  if (row.refitQOf) {
    options.initFrom = join(ctx.out, 'runs', row.refitQOf, name, 'best');
    options.trainOnly = 'q';
  }
  const configFile = join(rowDir, `${name}.train.json`);
  if (!existsSync(configFile)) writeFileAtomic(configFile, `${JSON.stringify(options, null, 2)}\n`);
  const quiet = ctx.quiet ? ['--quiet'] : [];
  // Commands as a stranger would type them from the repository root (paths relative to it).
  const shown = (args: string[]) => commandLine(args.map((a) => (isAbsolute(a) ? relative(ctx.repo, a) || '.' : a)));
  const commands = [shown(['train', '--config', configFile])];
  const { patience, maxSteps, flatTolerance } = exp.stopping;
  const stopping = { patience, maxSteps, tolerance: flatTolerance, chunk: exp.stopping.chunk };
  const validations = () => readMetrics(runDir).filter((r) => r.type === 'valid');
  const points = (valid: MetricsLine[]) =>
    valid.map((r) => ({ step: r.step, bound: r.boundPerStep ?? (r.elboPerStep as number) }));
  let valid = validations();
  for (let target = nextTrainingTarget(points(valid), stopping); target !== null; ) {
    if (target === 0) await probseq(['train', '--config', configFile, ...quiet], { quiet: ctx.quiet });
    else await probseq(['train', '--resume', runDir, '--steps', String(target), ...quiet], { quiet: ctx.quiet });
    recordCode(runDir, codeVersion(ctx.repo, 'train'));
    valid = validations();
    const state = stoppingState(points(valid), stopping);
    const at = valid.length ? valid[valid.length - 1] : null;
    ctx.log(
      `${row.id} seed ${seed}: step ${at?.step ?? 0}, valid ${at?.bound ?? 'elbo'} ${(at?.boundPerStep ?? at?.elboPerStep ?? NaN).toFixed(4)} nats/step ` +
        `(best ${state.best?.bound.toFixed(4)} at step ${state.best?.step}; ${state.sinceBest}/${patience} without improvement)`,
    );
    target = nextTrainingTarget(points(valid), stopping);
  }
  const state = stoppingState(points(valid), stopping);
  const validBound = valid[valid.length - 1]?.bound ?? 'elbo';
  const steps = Math.max(...valid.map((r) => r.step));
  commands.push(shown(['train', '--resume', runDir, '--steps', String(steps)]));
  const ev = exp.evaluation;
  const evalArgs = (samples: number, particles: number) => [
    'eval',
    runDir,
    '--data',
    data,
    '--split',
    ev.split,
    '--samples',
    String(samples),
    '--particles',
    String(particles),
    '--batch',
    String(ev.batch),
    '--seed',
    '0',
    '--json',
  ];
  ctx.log(`${row.id} seed ${seed}: evaluating the best model (step ${state.best?.step}) on the ${ev.split} split`);
  const evaluate = async (args: string[]) => {
    // The run folder and the data path are not part of the key: the model's and the data's contents are.
    const key = evalKey(join(runDir, 'best'), data, args.filter((_, i) => i !== 1 && i !== 3));
    const { output, reused } = await cachedEvaluation(runDir, key, () => probseq(args, { quiet: true }));
    if (reused) ctx.log(`${row.id} seed ${seed}: reusing the finished evaluation ${EVAL_CACHE}/${key}.json (${shown(args)})`);
    return JSON.parse(output);
  };
  const code = recordCode(runDir, codeVersion(ctx.repo, 'evaluate'));
  const bounds = await evaluate(evalArgs(ev.iwae, ev.fivo));
  const is = await evaluate(evalArgs(ev.importance, 0));
  commands.push(shown(evalArgs(ev.iwae, ev.fivo)), shown(evalArgs(ev.importance, 0)));
  const seconds = readMetrics(runDir).filter((r) => r.type === 'train' && r.seconds !== undefined);
  const result: SeedResult = {
    row: row.id,
    seed,
    runDir: relative(ctx.repo, runDir),
    steps,
    best: state.best as Validation,
    validBound,
    stoppedBy: state.sinceBest >= patience ? 'patience' : 'maxSteps',
    flat: state.flat,
    lastFifthGain: state.lastFifthGain,
    trainSeconds: seconds.length ? (seconds[seconds.length - 1].seconds as number) : 0,
    machine: {
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
      loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number(loadavg()[0].toFixed(2)) },
    },
    test: {
      sequences: bounds.sequences,
      steps: bounds.steps,
      elbo: bounds.elbo.perStep,
      iwae: bounds.logLikelihood.perStep,
      fivo: bounds.fivo.perStep,
      importance: is.logLikelihood.perStep,
    },
    commands,
    code,
  };
  writeFileAtomic(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

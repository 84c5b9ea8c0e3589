import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getKernelEngine } from '@probseq/backend';
import { deriveSeed } from '@probseq/nn';
import { writeDirAtomic } from './atomic';
import { CliError } from './cli-error';
import { readMetrics } from './metrics';
import { resolveRun, type TrainRequest } from './resolve-run';
import { checkpoint, validate, writeLossCurve } from './run-outputs';
import { renderSamples } from './sample-outputs';
import { StopSignals } from './stop-signals';
import { runSteps, type LoopOutcome } from './train-loop';
import { closeTrainingRun, openTrainingRun, type TrainingRun } from './training-run';
import { assignParameters, readWeightFiles } from './weights-file';

export type { TrainRequest } from './resolve-run';
export { planSteps } from './training-run';

/**
 * `probseq train`: checks everything first (options, data, and on resume the run and a checkpoint that
 * verifies), sets up the backend and model, only then takes the run directory, trains, and finishes with
 * the best model's samples. Resolves to the process exit code.
 */
export async function train(req: TrainRequest): Promise<number> {
  const plan = await resolveRun(req);
  const run = await openTrainingRun(plan, Boolean(req.quiet));
  const signals = new StopSignals();
  try {
    announce(run, plan.resume !== null);
    const outcome = await runSteps(run, signals, Boolean(req.quiet));
    return outcome.kind === 'done' ? await finish(run) : await stopEarly(run, outcome);
  } finally {
    signals.dispose();
    closeTrainingRun(run);
  }
}

function announce(run: TrainingRun, resumed: boolean): void {
  const { cfg, file, model } = run;
  run.say(
    `${resumed ? `resuming ${run.runDir} at step ${run.state.step}` : `training ${run.runDir}`}: ${cfg.model} (${file.output}${cfg.model === 'vrnn' ? `, ${cfg.posterior}` : ''}), ` +
      `${model.numParams()} parameters, ${file.data.name} (${file.data.sequences.train} train sequences, ${file.data.dims} features), ` +
      `${run.total} steps of batch ${cfg.batch} (${run.perEpoch} per epoch), backend ${run.backend}`,
  );
}

/** A run stopped by a signal or by non-finite losses: a checkpoint where it stands, and the exit code. */
async function stopEarly(run: TrainingRun, outcome: Exclude<LoopOutcome, { kind: 'done' }>): Promise<number> {
  await checkpoint(run);
  const event = outcome.kind === 'non-finite' ? 'stopped-non-finite' : 'interrupted';
  run.metrics.append({ type: 'event', step: run.state.step, event });
  writeLossCurve(run);
  if (outcome.kind === 'non-finite') throw new CliError(outcome.message);
  process.stderr.write(
    `interrupted (${outcome.signal}) at step ${run.state.step}: checkpoint written. Resume with: probseq train --resume ${run.runDir}\n`,
  );
  return StopSignals.exitCode(outcome.signal);
}

/** The end of a complete run: a last validation if needed, the loss curve, and samples from the best model. */
async function finish(run: TrainingRun): Promise<number> {
  const { cfg, file, state, runDir } = run;
  const reduced = getKernelEngine()?.info.reduced;
  if (reduced) run.say(`kernel engine: ${reduced.reason}`);
  if (!readMetrics(run.metrics.path).some((r) => r.type === 'valid' && r.step === state.step)) {
    // Resumed with --steps at or below the checkpoint's step: validate and checkpoint where training stands.
    await validate(run, state.step);
    await checkpoint(run);
  }
  writeLossCurve(run);
  // Samples come from the best model (the final weights are in the last checkpoint).
  if (existsSync(join(runDir, 'best', 'model.json')))
    assignParameters(run.model.namedParameters(), readWeightFiles(join(runDir, 'best')).tensors, join(runDir, 'best'));
  const samples = await renderSamples(run.model, file.data, file.normalization, {
    count: cfg.sampleCount,
    steps: cfg.sampleSteps ?? file.data.medianLength,
    seed: deriveSeed(cfg.seed, 'samples'),
  });
  writeDirAtomic(join(runDir, 'samples'), samples);
  run.say(
    `done: ${run.total} steps in ${state.trainSeconds.toFixed(1)} s of training${state.skipped ? ` (${state.skipped} skipped)` : ''}; ` +
      `best valid ${cfg.objective.toUpperCase()} bound ${state.bestValid?.toFixed(4)} nats/step at step ${state.bestStep}. Outputs in ${runDir}`,
  );
  return 0;
}

import { batchOrder } from '@probseq/data';
import { deriveSeed } from '@probseq/nn';
import { logJacobianPerStep } from './data-source';
import { Progress } from './progress';
import { checkpoint, validate, writeLossCurve } from './run-outputs';
import type { StopSignals } from './stop-signals';
import { trainStep } from './train-step';
import type { TrainingRun } from './training-run';

/** How the step loop ended. */
export type LoopOutcome =
  { kind: 'done' } | { kind: 'interrupted'; signal: NodeJS.Signals } | { kind: 'non-finite'; message: string };

/** Fault injection for tests: PROBSEQ_FAULT_NAN_STEPS="3,4,5" makes those steps' loss NaN. */
function faultSteps(): Set<number> {
  const v = process.env.PROBSEQ_FAULT_NAN_STEPS;
  return new Set(v ? v.split(',').map((s) => Number(s.trim())) : []);
}

/**
 * Fault injection for tests: PROBSEQ_FAULT_HOLD_AT_STEP=N makes the loop stop after step N (and its
 * checkpoint), say "held at step N" on stderr and wait there for a signal, so that a test's signal
 * arrives at a known step however busy the machine is.
 */
function holdStep(): number {
  const v = process.env.PROBSEQ_FAULT_HOLD_AT_STEP;
  return v ? Number(v) : -1;
}

async function holdUntilSignal(signals: StopSignals, step: number): Promise<void> {
  process.stderr.write(`held at step ${step}\n`);
  while (!signals.received) await new Promise((r) => setTimeout(r, 10));
}

/**
 * Runs steps from the run's current step to its total: each step's batch comes from the epoch's seeded
 * order, its figures go to metrics.jsonl and the progress line; validation, checkpoints and the loss curve
 * follow at their intervals. Stops early on a signal (after the step) or after too many non-finite steps.
 */
export async function runSteps(run: TrainingRun, signals: StopSignals, quiet: boolean): Promise<LoopOutcome> {
  const { cfg, state, total, perEpoch, lengths } = run;
  const faults = faultSteps();
  const hold = holdStep();
  const jac = logJacobianPerStep(run.file.normalization);
  const progress = new Progress(total, state.step, quiet);
  let order = null as { epoch: number; batches: number[][] } | null;
  try {
    while (state.step < total) {
      const t0 = performance.now();
      const step = state.step;
      const epoch = Math.floor(step / perEpoch);
      if (order?.epoch !== epoch)
        order = {
          epoch,
          batches: batchOrder(lengths, { batchSize: cfg.batch, seed: deriveSeed(cfg.seed, 'epoch', epoch) }),
        };
      const idx = order.batches[step % perEpoch];
      const r = await trainStep(run, step, idx, faults.has(step));
      const now = performance.now();
      state.trainSeconds += (now - t0) / 1000;
      state.step = step + 1;
      if (r.finite) {
        state.nonFiniteStreak = 0;
        const meanLen = idx.reduce((a, i) => a + lengths[i], 0) / idx.length;
        const klWeight = cfg.klAnneal > 0 ? Math.min(1, (step + 1) / cfg.klAnneal) : 1;
        run.metrics.append({
          type: 'train',
          step,
          epoch,
          loss: r.loss,
          lossPerStep: r.loss / meanLen + jac,
          kl: r.kl,
          nll: r.nll,
          gradNorm: r.norm,
          klWeight,
          seconds: Number(state.trainSeconds.toFixed(3)),
        });
        progress.update(state.step, {
          epoch,
          loss: r.loss / meanLen + jac,
          kl: r.kl / meanLen,
          rec: r.nll / meanLen + jac,
          rate: state.step / Math.max(1e-9, state.trainSeconds) || 1000 / Math.max(1e-3, now - t0),
        });
      } else {
        state.skipped += 1;
        state.nonFiniteStreak += 1;
        const what = Number.isFinite(r.loss) ? 'gradient norm' : 'loss';
        run.metrics.append({
          type: 'skip',
          step,
          reason: `non-finite ${what} (${Number.isFinite(r.loss) ? r.norm : r.loss})`,
        });
        progress.log(
          `step ${step}: non-finite ${Number.isFinite(r.loss) ? 'gradient' : 'loss'}, step skipped (${state.nonFiniteStreak} in a row)`,
        );
        if (state.nonFiniteStreak >= cfg.maxNonFinite)
          return {
            kind: 'non-finite',
            message: `stopped: ${state.nonFiniteStreak} consecutive non-finite steps (last at step ${step}); checkpoint written at step ${state.step}. Try a lower --lr or a tighter --clip.`,
          };
      }
      const done = state.step === total;
      if (state.step % cfg.evalEvery === 0 || done) await validate(run, state.step);
      if (state.step % cfg.checkpointEvery === 0 || done) await checkpoint(run);
      if (state.step % 50 === 0) writeLossCurve(run);
      // Let the event loop run (signals are delivered there; tfjs's data() may resolve as a microtask).
      await new Promise((r) => setImmediate(r));
      if (state.step === hold) await holdUntilSignal(signals, hold);
      if (signals.received) return { kind: 'interrupted', signal: signals.received };
    }
    return { kind: 'done' };
  } finally {
    progress.stop();
  }
}

import * as tf from '@tensorflow/tfjs-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setBackend } from '@probseq/backend';
import { batchOrder, normalize, padBatch, type SequenceDataset } from '@probseq/data';
import { clipByGlobalNorm, deriveSeed, encodeParameters } from '@probseq/nn';
import { Adam } from '@probseq/nn';
import { writeDirAtomic, writeFileAtomic } from './atomic';
import { latestCheckpoint, loadCheckpoint, saveCheckpoint, type TrainerState } from './checkpoint';
import { CliError } from './cli-error';
import { RESUMABLE_KEYS, parseTrainConfig, type TrainConfig, type TrainConfigInput } from './config';
import {
  checkOutputFits,
  defaultOutput,
  describeData,
  loadData,
  logJacobianPerStep,
  normalizationFor,
} from './data-source';
import { evaluateSplit } from './evaluate-split';
import { lossCurveSvg } from './loss-curve';
import { MetricsLog, readMetrics } from './metrics';
import { initGenerative, isPosteriorParameter } from './init-from';
import { buildModel, trainableNamed, type TrainerModel } from './model-factory';
import { Progress } from './progress';
import { readRunConfig, type RunConfigFile } from './run-files';
import { renderSamples } from './sample-outputs';
import { assignParameters, readWeightFiles } from './weights-file';

/** What `probseq train` was asked: the merged options and which keys the user set explicitly. */
export interface TrainRequest {
  options: Partial<TrainConfigInput>;
  explicit: Set<string>;
  resume?: string;
  quiet?: boolean;
}

function defaultName(cfg: TrainConfig): string {
  const data = cfg.data.startsWith('synthetic:')
    ? cfg.data.slice(10)
    : (cfg.data.split(/[\\/]/).pop() ?? 'data').replace(/\.[^.]+$/, '');
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${cfg.model}-${data}-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Steps per epoch and the total number of steps a configuration asks for. */
export function planSteps(cfg: TrainConfig, trainSequences: number): { perEpoch: number; total: number } {
  const perEpoch = Math.ceil(trainSequences / cfg.batch);
  const total = cfg.steps ?? (cfg.epochs !== undefined ? Math.ceil(cfg.epochs * perEpoch) : 800);
  return { perEpoch, total };
}

/** Fault injection for tests: PROBSEQ_FAULT_NAN_STEPS="3,4,5" makes those steps' loss NaN. */
function faultSteps(): Set<number> {
  const v = process.env.PROBSEQ_FAULT_NAN_STEPS;
  return new Set(v ? v.split(',').map((s) => Number(s.trim())) : []);
}

/**
 * Writes `<run>/best` in @probseq/nn's parameter format with `{ kind, ...config }` as the stored
 * configuration, as `VRNN.save` / `RNNBaseline.save` do (so `VRNN.load(<run>/best)` works), plus the
 * step; the directory as a whole is replaced atomically.
 */
async function saveBest(runDir: string, model: TrainerModel, file: RunConfigFile, step: number): Promise<void> {
  const kind = file.config.model; // 'vrnn' | 'rnn', the kinds VRNN.save and RNNBaseline.save store
  const { modelJson, weights } = await encodeParameters(model, { config: { kind, ...model.config } });
  modelJson.userDefinedMetadata.step = step;
  writeDirAtomic(join(runDir, 'best'), {
    'model.json': JSON.stringify(modelJson),
    'weights.bin': new Uint8Array(weights),
    'trainer.json': JSON.stringify(
      { step, output: file.output, data: file.data, normalization: file.normalization },
      null,
      2,
    ),
  });
}

/**
 * `probseq train`: validates everything first (options, data, backend, model, resume checkpoint),
 * only then creates the run directory, and trains with checkpoints, validation, metrics and
 * samples. Resolves to the process exit code.
 */
export async function train(req: TrainRequest): Promise<number> {
  // ---- validate before touching the file system -------------------------------------------
  let runDir: string;
  let file: RunConfigFile;
  let cfg: TrainConfig;
  let ds: SequenceDataset;
  let resumeFrom: { step: number; dir: string } | null = null;
  if (req.resume) {
    runDir = resolve(req.resume);
    file = readRunConfig(runDir);
    for (const key of req.explicit) {
      const k = key as keyof TrainConfig;
      if (RESUMABLE_KEYS.has(k)) continue;
      const given = req.options[k];
      const stored = file.config[k];
      if (JSON.stringify(given) !== JSON.stringify(stored)) {
        throw new CliError(
          `${join(runDir, 'config.json')}: checkpoint from another config: it was trained with ${k}=${JSON.stringify(stored)}, this command asks for ${k}=${JSON.stringify(given)}`,
        );
      }
    }
    const overrides: Partial<TrainConfigInput> = {};
    for (const k of RESUMABLE_KEYS) if (req.explicit.has(k)) (overrides as Record<string, unknown>)[k] = req.options[k];
    if (overrides.steps !== undefined) delete (file.config as Partial<TrainConfig>).epochs;
    if (overrides.epochs !== undefined) delete (file.config as Partial<TrainConfig>).steps;
    cfg = parseTrainConfig({ ...file.config, ...overrides }, 'options');
    ds = await loadData(cfg.data, cfg);
    const info = describeData(ds);
    if (info.dims !== file.data.dims) {
      throw new CliError(
        `${cfg.data}: checkpoint from another config: the run was trained on ${file.data.dims} features, the data now has ${info.dims}`,
      );
    }
    resumeFrom = latestCheckpoint(runDir);
    if (!resumeFrom) throw new CliError(`${runDir}: no complete checkpoint to resume from (start a new run instead)`);
  } else {
    cfg = parseTrainConfig(req.options, 'options');
    ds = await loadData(cfg.data, cfg);
    const output = cfg.output ?? defaultOutput(ds.kind);
    checkOutputFits(output, ds);
    const name = cfg.name ?? defaultName(cfg);
    runDir = resolve(cfg.out, name);
    if (existsSync(runDir))
      throw new CliError(
        `${runDir} already exists: resume it with --resume ${join(cfg.out, name)} or pick another --name`,
      );
    file = {
      version: 1,
      config: { ...cfg, name },
      output,
      data: describeData(ds),
      normalization: normalizationFor(ds),
      createdAt: new Date().toISOString(),
    };
  }
  if (ds.splits.valid.length === 0)
    throw new CliError(`${ds.source}: the valid split is empty; validation needs at least one sequence`);
  const backend = await setBackend(cfg.backend).catch((e: Error) => {
    throw new CliError(`--backend ${cfg.backend}: ${e.message}`);
  });
  const model = buildModel(cfg, file.data.dims, file.output);
  initGenerative(model, cfg);
  const params = trainableNamed(model).filter(([name]) => cfg.trainOnly === 'all' || isPosteriorParameter(name));
  const adam = new Adam(
    params.map(([, v]) => v),
    cfg.lr,
  );
  let state: TrainerState = {
    step: 0,
    adamT: 0,
    bestValid: null,
    bestStep: null,
    nonFiniteStreak: 0,
    skipped: 0,
    trainSeconds: 0,
  };
  if (resumeFrom) state = loadCheckpoint(resumeFrom.dir, params, adam);

  // ---- from here on, outputs are written ------------------------------------------------------
  mkdirSync(runDir, { recursive: true });
  writeFileAtomic(join(runDir, 'config.json'), JSON.stringify(file, null, 2));
  const metrics = new MetricsLog(join(runDir, 'metrics.jsonl'));
  if (resumeFrom) metrics.truncateTo(state.step);
  else writeFileAtomic(metrics.path, '');

  const train = normalize(ds.splits.train, file.normalization);
  const lengths = train.map((s) => s.length);
  const { perEpoch, total } = planSteps(cfg, train.length);
  const valid = ds.splits.valid;
  const faults = faultSteps();
  const jac = logJacobianPerStep(file.normalization);
  const say = (m: string) => {
    if (!req.quiet) process.stderr.write(`${m}\n`);
  };
  say(
    `${resumeFrom ? `resuming ${runDir} at step ${state.step}` : `training ${runDir}`}: ${cfg.model} (${file.output}${cfg.model === 'vrnn' ? `, ${cfg.posterior}` : ''}), ` +
      `${model.numParams()} parameters, ${file.data.name} (${file.data.sequences.train} train sequences, ${file.data.dims} features), ` +
      `${total} steps of batch ${cfg.batch} (${perEpoch} per epoch), backend ${backend.name}`,
  );

  let interrupted = false;
  const onSigint = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
  };
  process.on('SIGINT', onSigint);
  const progress = new Progress(total, state.step, req.quiet);
  let epochCache: { epoch: number; batches: number[][] } | null = null;
  const validate = async (completed: number) => {
    const s = await evaluateSplit(model, valid, {
      dims: file.data.dims,
      stats: file.normalization,
      batch: Math.max(cfg.batch, 32),
      seed: deriveSeed(cfg.seed, 'valid'),
      // Validate (and keep the best model by) the bound being trained: ELBO, IWAE(K) = IS with K, or FIVO(N).
      ...(cfg.objective === 'iwae'
        ? { samples: cfg.iwaeSamples }
        : cfg.objective === 'fivo'
          ? { particles: cfg.particles }
          : {}),
    });
    const own = cfg.objective === 'iwae' ? s.logLikelihood : cfg.objective === 'fivo' ? s.fivo : null;
    const perStep = (own ?? s.elbo) / s.steps;
    const best = state.bestValid === null || perStep > state.bestValid;
    if (best) {
      state.bestValid = perStep;
      state.bestStep = completed;
      await saveBest(runDir, model, file, completed);
    }
    metrics.append({
      type: 'valid',
      step: completed,
      elboPerStep: s.elbo / s.steps,
      elboPerSequence: s.elbo / s.sequences,
      boundPerStep: perStep,
      bound:
        cfg.objective === 'elbo'
          ? 'elbo'
          : cfg.objective === 'iwae'
            ? `iwae(${cfg.iwaeSamples})`
            : `fivo(${cfg.particles})`,
      best,
    });
  };
  const checkpoint = async () => {
    state.adamT = adam.t;
    await saveCheckpoint(runDir, params, adam, state);
  };
  const writeCurve = () =>
    writeFileAtomic(
      join(runDir, 'loss.svg'),
      lossCurveSvg(readMetrics(metrics.path), `${cfg.model} on ${file.data.name}`),
    );

  let stopReason: string | null = null;
  let t0 = performance.now();
  let lastRate = 0;
  try {
    while (state.step < total) {
      const step = state.step;
      const epoch = Math.floor(step / perEpoch);
      if (!epochCache || epochCache.epoch !== epoch) {
        epochCache = {
          epoch,
          batches: batchOrder(lengths, { batchSize: cfg.batch, seed: deriveSeed(cfg.seed, 'epoch', epoch) }),
        };
      }
      const idx = epochCache.batches[step % perEpoch];
      const { x, mask } = padBatch(
        idx.map((i) => train[i]),
        file.data.dims,
      );
      const B = idx.length;
      const klWeight = cfg.klAnneal > 0 ? Math.min(1, (step + 1) / cfg.klAnneal) : 1;
      const stepSeed = deriveSeed(cfg.seed, 'step', step);
      let klSum: tf.Scalar | null = null;
      let nllSum: tf.Scalar | null = null;
      const { value, grads } = tf.variableGrads(
        () => {
          let loss: tf.Scalar;
          if (cfg.objective === 'elbo') {
            const e = model.elbo(x, { mask, seed: stepSeed });
            klSum = tf.keep(tf.div(tf.sum(e.kl), B) as tf.Scalar);
            nllSum = tf.keep(tf.div(tf.sum(e.nll), B) as tf.Scalar);
            loss = tf.add(nllSum, tf.mul(klSum, klWeight)) as tf.Scalar;
          } else {
            const objective = cfg.objective === 'fivo' ? `fivo(${cfg.particles})` : `iwae(${cfg.iwaeSamples})`;
            loss = model.loss(x, { mask, seed: stepSeed, objective });
          }
          return faults.has(step) ? (tf.mul(loss, Number.NaN) as tf.Scalar) : loss;
        },
        params.map(([, v]) => v),
      );
      const ordered = params.map(([, v]) => grads[v.name]);
      const clipped =
        cfg.clip > 0
          ? clipByGlobalNorm(ordered, cfg.clip)
          : {
              grads: ordered,
              globalNorm: tf.tidy(
                () => tf.sqrt(ordered.map((g) => tf.sum(tf.square(g))).reduce((a, b) => tf.add(a, b))) as tf.Scalar,
              ),
            };
      // One read-back per step: loss, gradient norm, KL and reconstruction (NaN for IWAE) together.
      const readout = tf.tidy(() =>
        tf.stack([value, clipped.globalNorm, klSum ?? tf.scalar(Number.NaN), nllSum ?? tf.scalar(Number.NaN)]),
      );
      const [loss, norm, kl, nll] = await readout.data();
      readout.dispose();
      const finite = Number.isFinite(loss) && Number.isFinite(norm);
      if (finite) {
        adam.step(clipped.grads);
        state.nonFiniteStreak = 0;
      } else {
        state.skipped += 1;
        state.nonFiniteStreak += 1;
        metrics.append({
          type: 'skip',
          step,
          reason: `non-finite ${Number.isFinite(loss) ? 'gradient norm' : 'loss'} (${Number.isFinite(loss) ? norm : loss})`,
        });
        progress.log(
          `step ${step}: non-finite ${Number.isFinite(loss) ? 'gradient' : 'loss'}, step skipped (${state.nonFiniteStreak} in a row)`,
        );
      }
      tf.dispose([
        value,
        x,
        mask,
        clipped.globalNorm,
        ...Object.values(grads),
        ...(clipped.grads === ordered ? [] : clipped.grads),
      ]);
      if (klSum) (klSum as tf.Scalar).dispose();
      if (nllSum) (nllSum as tf.Scalar).dispose();
      const now = performance.now();
      state.trainSeconds += (now - t0) / 1000;
      lastRate = 1000 / Math.max(1e-3, now - t0);
      state.step = step + 1;
      const meanLen = idx.reduce((a, i) => a + lengths[i], 0) / B;
      if (finite) {
        metrics.append({
          type: 'train',
          step,
          epoch,
          loss,
          lossPerStep: loss / meanLen + jac,
          kl,
          nll,
          gradNorm: norm,
          klWeight,
          seconds: Number(state.trainSeconds.toFixed(3)),
        });
        progress.update(state.step, {
          epoch,
          loss: loss / meanLen + jac,
          kl: kl / meanLen,
          rec: nll / meanLen + jac,
          rate: state.step / Math.max(1e-9, state.trainSeconds) || lastRate,
        });
      }
      if (state.nonFiniteStreak >= cfg.maxNonFinite) {
        stopReason = `stopped: ${state.nonFiniteStreak} consecutive non-finite steps (last at step ${step}); checkpoint written at step ${state.step}. Try a lower --lr or a tighter --clip.`;
        break;
      }
      const done = state.step === total;
      if (state.step % cfg.evalEvery === 0 || done) await validate(state.step);
      if (state.step % cfg.checkpointEvery === 0 || done) await checkpoint();
      if (state.step % 50 === 0) writeCurve();
      // Let the event loop run (signals are delivered there; tfjs's data() may resolve as a microtask).
      await new Promise((r) => setImmediate(r));
      if (interrupted) break;
      t0 = performance.now();
    }
  } finally {
    process.off('SIGINT', onSigint);
    progress.stop();
  }
  if (stopReason || interrupted) {
    await checkpoint();
    metrics.append({ type: 'event', step: state.step, event: stopReason ? 'stopped-non-finite' : 'interrupted' });
    writeCurve();
    model.dispose();
    adam.dispose();
    if (stopReason) throw new CliError(stopReason);
    process.stderr.write(
      `interrupted at step ${state.step}: checkpoint written. Resume with: probseq train --resume ${runDir}\n`,
    );
    return 130;
  }
  if (!readMetrics(metrics.path).some((r) => r.type === 'valid' && r.step === state.step)) {
    // Resumed with --steps at or below the checkpoint's step: validate and checkpoint where training stands.
    await validate(state.step);
    await checkpoint();
  }
  writeCurve();
  // Samples come from the best model (the final weights are in the last checkpoint).
  if (existsSync(join(runDir, 'best', 'model.json'))) {
    assignParameters(model.namedParameters(), readWeightFiles(join(runDir, 'best')).tensors, join(runDir, 'best'));
  }
  const samples = await renderSamples(model, file.data, file.normalization, {
    count: cfg.sampleCount,
    steps: cfg.sampleSteps ?? file.data.medianLength,
    seed: deriveSeed(cfg.seed, 'samples'),
  });
  writeDirAtomic(join(runDir, 'samples'), samples);
  say(
    `done: ${total} steps in ${state.trainSeconds.toFixed(1)} s of training${state.skipped ? ` (${state.skipped} skipped)` : ''}; ` +
      `best valid ${cfg.objective.toUpperCase()} bound ${state.bestValid?.toFixed(4)} nats/step at step ${state.bestStep}. Outputs in ${runDir}`,
  );
  model.dispose();
  adam.dispose();
  return 0;
}

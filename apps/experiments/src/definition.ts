import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Training options passed to `probseq train --config` (the trainer validates every key). */
const trainOptions = z.record(z.string(), z.unknown());

/** A published figure for the same bound, to print beside ours. */
const published = z.object({ value: z.number(), bound: z.string(), source: z.string() }).strict();

const row = z
  .object({
    /** Row id (also the run directory name), e.g. `jsb-fivo4`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
    /** Data file, relative to the repository root (e.g. `../shared/data/jsb-chorales.json`) or absolute. */
    data: z.string().min(1),
    /** Options of this row, over the experiment's `train` defaults (e.g. `{ "objective": "fivo", "particles": 4 }`). */
    train: trainOptions.default({}),
    /** Published figure of the bound this row trains, evaluated the same way. */
    published: published.optional(),
    /** Refit only q of another row's generative model (frozen): that row's id. */
    refitQOf: z.string().optional(),
  })
  .strict();

/** An experiment: rows × seeds of trained models, each evaluated on whole test sequences. */
export const experimentSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    description: z.string(),
    seeds: z.array(z.number().int().nonnegative()).min(1),
    /** Training defaults of every row (trainer config keys). */
    train: trainOptions.default({}),
    stopping: z
      .object({
        /** Steps per trainer invocation between early-stopping decisions (a multiple of evalEvery). */
        chunk: z.number().int().positive(),
        /** Stop after this many validations without a new best. */
        patience: z.number().int().positive(),
        /** Upper bound on steps. */
        maxSteps: z.number().int().positive(),
        /** "Flat": the best validation bound of the last 20 % of training is within this of the best before it. */
        flatTolerance: z.number().nonnegative().default(0.01),
      })
      .strict(),
    /** Training windows: training sequences are cut into pieces of at most this many steps (null: whole). */
    window: z.number().int().positive().nullable().default(null),
    evaluation: z
      .object({
        split: z.enum(['valid', 'test']).default('test'),
        /** IWAE samples K, FIVO particles N and importance samples of the log-likelihood estimate. */
        iwae: z.number().int().positive().default(4),
        fivo: z.number().int().positive().default(4),
        importance: z.number().int().positive().default(1000),
        batch: z.number().int().positive().default(8),
      })
      .strict()
      .default({ split: 'test', iwae: 4, fivo: 4, importance: 1000, batch: 8 }),
    rows: z.array(row).min(1),
  })
  .strict();

export type Experiment = z.infer<typeof experimentSchema>;
export type ExperimentRow = Experiment['rows'][number];

/** The folder of experiment definitions (JSON, one per experiment). */
export const DEFINITIONS = join(import.meta.dirname, '..', 'experiments');

/** The names of the defined experiments. */
export function experimentNames(dir = DEFINITIONS): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Reads and validates `<dir>/<name>.json`; errors name the file and the field. */
export function loadExperiment(name: string, dir = DEFINITIONS): Experiment {
  const file = join(dir, `${name}.json`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const known = experimentNames(dir).join(', ');
    throw new Error(
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? `no experiment '${name}' (defined: ${known})`
        : `${file}: ${(e as Error).message}`,
    );
  }
  const r = experimentSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || 'value'}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const [i, row] of r.data.rows.entries()) {
    if (ids.has(row.id)) throw new Error(`${file}: rows.${i}.id: '${row.id}' appears twice`);
    if (row.refitQOf && !ids.has(row.refitQOf)) {
      throw new Error(`${file}: rows.${i}.refitQOf: '${row.refitQOf}' must name an earlier row`);
    }
    ids.add(row.id);
  }
  if (r.data.stopping.chunk % Number(r.data.train.evalEvery ?? 250) !== 0) {
    throw new Error(
      `${file}: stopping.chunk: ${r.data.stopping.chunk} must be a multiple of train.evalEvery (${r.data.train.evalEvery ?? 250})`,
    );
  }
  return r.data;
}

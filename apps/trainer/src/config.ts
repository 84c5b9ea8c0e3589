import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CliError } from './cli-error';

const positiveInt = z.number().int().positive();

/**
 * Every training option. Keys are the camelCase forms of the CLI flags (`--h-dim` ↔ `hDim`);
 * a `--config` file holds a subset of them, and unknown keys are errors.
 */
export const trainConfigSchema = z
  .object({
    data: z.string().min(1).default('synthetic:multimodal'),
    model: z.enum(['vrnn', 'rnn']).default('vrnn'),
    /** Output distribution; default from the data: bernoulli for piano rolls, gaussian otherwise. */
    output: z.enum(['gaussian', 'gmm', 'bernoulli']).optional(),
    posterior: z.enum(['filtering', 'smoothing']).default('filtering'),
    objective: z.enum(['elbo', 'iwae', 'fivo']).default('elbo'),
    iwaeSamples: positiveInt.default(4),
    /** Particles N of the fivo objective. */
    particles: positiveInt.default(4),
    /** A saved model (e.g. another run's best/) whose generative part initialises this one (q starts fresh). */
    initFrom: z.string().min(1).optional(),
    /** 'q': train only the posterior (encoder, backward RNN), the generative model stays frozen. */
    trainOnly: z.enum(['all', 'q']).default('all'),
    cell: z.enum(['lstm', 'gru']).default('lstm'),
    hDim: positiveInt.default(32),
    zDim: positiveInt.default(8),
    hidden: positiveInt.default(32),
    mixtureComponents: positiveInt.default(5),
    batch: positiveInt.default(32),
    lr: z.number().positive().default(3e-3),
    /** Decoupled weight decay λ of Adam (AdamW): each step scales every trained parameter by 1 − lr·λ (0: off). */
    weightDecay: z.number().nonnegative().default(0),
    /** Validations without a new best after which the learning rate is multiplied by lrFactor (0: constant rate). */
    lrPatience: z.number().int().nonnegative().default(0),
    /** The factor of each cut of the learning rate on a plateau. */
    lrFactor: z.number().positive().lt(1).default(0.3),
    /**
     * Input dropout p: in training, each feature of x_t as the model reads it (φx, so the recurrence and q)
     * is zeroed with probability p and the rest scaled by 1/(1 − p); the likelihood scores the clean x_t (0: off).
     */
    inputDropout: z.number().nonnegative().lt(1).default(0),
    steps: positiveInt.optional(),
    epochs: z.number().positive().optional(),
    clip: z.number().nonnegative().default(10),
    klAnneal: z.number().int().nonnegative().default(200),
    /** Piano rolls: transpose each training sequence of a batch by a random shift of at most this many keys (0: off). */
    transpose: z.number().int().nonnegative().default(0),
    seed: z.number().int().nonnegative().default(0),
    backend: z.enum(['auto', 'cpu', 'wasm', 'webgpu']).default('auto'),
    evalEvery: positiveInt.default(250),
    checkpointEvery: positiveInt.default(100),
    maxNonFinite: positiveInt.default(10),
    syntheticSequences: positiveInt.default(600),
    syntheticSteps: positiveInt.default(24),
    sampleCount: positiveInt.default(8),
    sampleSteps: positiveInt.optional(),
    out: z.string().min(1).default('runs'),
    name: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only')
      .optional(),
  })
  .strict();

/** A fully resolved training configuration. */
export type TrainConfig = z.infer<typeof trainConfigSchema>;
/** What a user may set (from flags or a config file). */
export type TrainConfigInput = z.input<typeof trainConfigSchema>;

/** Keys that may change when resuming (training length, where outputs go, how often to report). */
export const RESUMABLE_KEYS: ReadonlySet<keyof TrainConfig> = new Set([
  'steps',
  'epochs',
  'evalEvery',
  'checkpointEvery',
  'maxNonFinite',
  'backend',
  'out',
  'name',
  'sampleCount',
  'sampleSteps',
]);

function formatIssue(source: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const allowed = Object.keys(trainConfigSchema.shape).join(', ');
    return `${source}: unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')} (allowed: ${allowed})`;
  }
  return `${source}: ${path || 'value'}: ${issue.message}`;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What an option value failed, in words ("expected an integer > 0"). */
function expectation(issue: z.core.$ZodIssue): string {
  const i = issue as {
    code: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    inclusive?: boolean;
    expected?: string;
    message: string;
  };
  if (i.code === 'too_small' && i.minimum !== undefined)
    return `expected a value ${i.inclusive ? '≥' : '>'} ${i.minimum}`;
  if (i.code === 'too_big' && i.maximum !== undefined) return `expected a value ${i.inclusive ? '≤' : '<'} ${i.maximum}`;
  if (i.code === 'invalid_type' && i.expected === 'int') return 'expected an integer';
  return i.message.replace(/^Invalid input: /, '');
}

/**
 * Checks the values given as command-line flags (camelCase keys); a bad one is a usage error (exit 2) that
 * names the flag: `--steps -5: expected a value > 0`.
 */
export function checkFlagValues(flags: Record<string, unknown>, command: string): void {
  const r = trainConfigSchema.partial().safeParse(flags);
  if (r.success) return;
  const issue = r.error.issues[0];
  const key = String(issue.path[0]);
  throw new CliError(`--${kebab(key)} ${String(flags[key])}: ${expectation(issue)} (see probseq ${command} --help)`, 2);
}

/** Validates a configuration object; throws a one-line {@link CliError} naming the source and the key. */
export function parseTrainConfig(value: unknown, source: string): TrainConfig {
  const r = trainConfigSchema.safeParse(value);
  if (!r.success) throw new CliError(formatIssue(source, r.error.issues[0]));
  return r.data;
}

/** Checks a partial configuration (a `--config` file) without applying defaults. */
export function parsePartialConfig(value: unknown, source: string): Partial<TrainConfigInput> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`${source}: expected a JSON object of training options`);
  }
  const r = trainConfigSchema.partial().strict().safeParse(value);
  if (!r.success) throw new CliError(formatIssue(source, r.error.issues[0]));
  return value as Partial<TrainConfigInput>;
}

/** Reads and validates a `--config` JSON file. */
export function readConfigFile(path: string): Partial<TrainConfigInput> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`${path}: no such config file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: malformed JSON (${(e as Error).message})`);
  }
  return parsePartialConfig(json, path);
}

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError } from './cli-error';
import { checkFlagValues, readConfigFile, type TrainConfigInput } from './config';
import { evaluate } from './evaluate';
import { DEFAULT_EVAL_MEMORY_MIB } from './memory-budget';
import { sample } from './sample';
import { train } from './train';

function int(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\s*-?\d+\s*$/.test(v) || !Number.isSafeInteger(n))
      throw new InvalidArgumentError(`${name} must be an integer.`);
    return n;
  };
}

function positiveInt(name: string) {
  const parse = int(name);
  return (v: string): number => {
    const n = parse(v);
    if (n < 1) throw new InvalidArgumentError(`${name} must be a positive integer.`);
    return n;
  };
}

function nonNegativeInt(name: string) {
  const parse = int(name);
  return (v: string): number => {
    const n = parse(v);
    if (n < 0) throw new InvalidArgumentError(`${name} must be a non-negative integer.`);
    return n;
  };
}

function num(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${name} must be a number.`);
    return n;
  };
}

const BACKENDS = ['auto', 'cpu', 'wasm', 'webgpu'];

const TRAIN_EXAMPLES = `
Examples:
  $ probseq train                                   # VRNN on the built-in multimodal synthetic data
  $ probseq train --model rnn --output gmm          # the RNN-GMM baseline on the same data
  $ probseq train --data ../shared/data/jsb-chorales.json --epochs 20 --name jsb
  $ probseq train --data synthetic:strokes --posterior smoothing --objective iwae --iwae-samples 8
  $ probseq train --data walks.csv --steps 2000 --lr 1e-3 --clip 5 --kl-anneal 500
  $ probseq train --config experiment.json --seed 3  # flags override the file; unknown keys are errors
  $ probseq train --resume runs/jsb --steps 4000     # continue (same seed → same trajectory)

Data (--data): synthetic:multimodal | synthetic:strokes | a piano-roll or pen-stroke .json |
a .csv (header row, one row per step, optional 'sequence' id column) | .mid/.midi (piano rolls) |
.wav (frames of 200 samples at 16 kHz) | QuickDraw .ndjson (strokes) | a folder of one of these.
Reader options follow '?': song.mid?steps-per-quarter=2&transpose=c&segment=64,
speech.wav?rate=16000&frame=200&segment=40, cat.ndjson?limit=5000&recognized=true, walks.csv?id=run.
Outputs go to <out>/<name>/: config.json, metrics.jsonl, loss.svg, checkpoints/, best/, samples/.
Ctrl-C, SIGTERM and SIGHUP write a checkpoint and exit (codes 130, 143, 129); resume with --resume <run dir>.
A run directory is locked while a trainer writes it; a second trainer on it refuses.`;

/** Builds the `probseq` command tree; `onExit` receives the exit code of the command that ran. */
export function buildProgram(onExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('probseq')
    .description('Train, evaluate and sample probabilistic sequence models (VRNN, RNN baselines).')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ probseq train                                 # train a VRNN on the built-in synthetic data
  $ probseq eval runs/<name> --samples 100        # test-set ELBO and log-likelihood
  $ probseq sample runs/<name> --count 4          # generated sequences as JSON + pictures
  $ probseq train --help                          # every training option`,
    );

  program
    .command('train')
    .description('Train a model; writes a run directory with checkpoints, metrics, the best model and samples.')
    .option(
      '--data <source>',
      "data: 'synthetic:multimodal' (default), 'synthetic:strokes', or a .json/.csv/.mid/.wav/.ndjson file or folder",
    )
    .option('--config <file>', 'JSON file of training options (camelCase keys, e.g. {"hDim": 32}); flags override it')
    .addOption(new Option('--model <kind>', 'model (default vrnn)').choices(['vrnn', 'rnn']))
    .addOption(
      new Option(
        '--output <dist>',
        'observation model (default: bernoulli for piano rolls, gaussian otherwise)',
      ).choices(['gaussian', 'gmm', 'bernoulli']),
    )
    .addOption(
      new Option('--posterior <family>', 'VRNN posterior (default filtering)').choices(['filtering', 'smoothing']),
    )
    .addOption(new Option('--objective <name>', 'training objective (default elbo)').choices(['elbo', 'iwae', 'fivo']))
    .option('--iwae-samples <K>', 'importance samples of the iwae objective (default 4)', int('--iwae-samples'))
    .option('--particles <N>', 'particles of the fivo objective (default 4)', int('--particles'))
    .option(
      '--init-from <model-dir>',
      "copy the generative model (all but q) from a saved model, e.g. another run's best/",
    )
    .addOption(
      new Option('--train-only <part>', "'q': refit only the posterior, generative model frozen (default all)").choices(
        ['all', 'q'],
      ),
    )
    .addOption(new Option('--cell <kind>', 'recurrent cell (default lstm)').choices(['lstm', 'gru']))
    .option('--h-dim <n>', 'recurrent state size (default 32)', int('--h-dim'))
    .option('--z-dim <n>', 'latent size (default 8)', int('--z-dim'))
    .option('--hidden <n>', 'width of every feature / prior / encoder / decoder layer (default 32)', int('--hidden'))
    .option('--mixture-components <n>', 'components of a gmm output (default 5)', int('--mixture-components'))
    .option('--batch <n>', 'sequences per batch (default 32)', int('--batch'))
    .option('--lr <rate>', 'Adam learning rate (default 3e-3)', num('--lr'))
    .option(
      '--weight-decay <lambda>',
      'decoupled weight decay (AdamW): each step scales the parameters by 1 - lr·lambda (default 0: off)',
      num('--weight-decay'),
    )
    .option(
      '--lr-patience <n>',
      'multiply the learning rate by --lr-factor once more than n validations pass without a new best (default 0: constant)',
      int('--lr-patience'),
    )
    .option('--lr-factor <f>', 'the factor of each learning-rate cut, in (0, 1) (default 0.3)', num('--lr-factor'))
    .option(
      '--input-dropout <p>',
      'training only: zero each input feature the model reads with probability p, the likelihood still scores the clean x (default 0: off)',
      num('--input-dropout'),
    )
    .option('--steps <n>', 'training steps (default 800 unless --epochs)', int('--steps'))
    .option('--epochs <n>', 'training epochs (alternative to --steps)', num('--epochs'))
    .option('--clip <norm>', 'clip gradients to this global norm, 0 = off (default 10)', num('--clip'))
    .option(
      '--kl-anneal <steps>',
      'raise the KL weight linearly from 0 to 1 over this many steps, 0 = off (default 200)',
      int('--kl-anneal'),
    )
    .option(
      '--transpose <keys>',
      'piano rolls: transpose each training sequence of a batch by a random shift of at most this many keys (default 0: off)',
      int('--transpose'),
    )
    .option('--seed <n>', 'seed of initialisation, batch order and noise (default 0)', int('--seed'))
    .addOption(
      new Option('--backend <name>', 'tfjs backend (default auto: WebGPU adapter, else WASM, else cpu)').choices(
        BACKENDS,
      ),
    )
    .option('--eval-every <steps>', 'validate every N steps (default 250)', int('--eval-every'))
    .option('--checkpoint-every <steps>', 'checkpoint every N steps (default 100)', int('--checkpoint-every'))
    .option('--max-non-finite <n>', 'stop after N consecutive non-finite steps (default 10)', int('--max-non-finite'))
    .option('--synthetic-sequences <n>', 'sequences of synthetic data (default 600)', int('--synthetic-sequences'))
    .option('--synthetic-steps <n>', 'steps per synthetic sequence (default 24)', int('--synthetic-steps'))
    .option('--sample-count <n>', 'samples drawn at the end of training (default 8)', int('--sample-count'))
    .option('--sample-steps <n>', 'length of those samples (default: median training length)', int('--sample-steps'))
    .option('--out <dir>', 'parent directory of run directories (default runs)')
    .option('--name <name>', 'run directory name (default <model>-<data>-<timestamp>)')
    .option('--resume <run-dir>', 'continue a run from its last checkpoint')
    .option('--quiet', 'no progress output')
    .addHelpText('after', TRAIN_EXAMPLES)
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const fromFile: Partial<TrainConfigInput> = typeof opts.config === 'string' ? readConfigFile(opts.config) : {};
      const flags: Record<string, unknown> = {};
      const explicit = new Set<string>(Object.keys(fromFile));
      for (const [k, v] of Object.entries(opts)) {
        if (['config', 'resume', 'quiet'].includes(k) || v === undefined) continue;
        if (cmd.getOptionValueSource(k) === 'cli') {
          flags[k] = v;
          explicit.add(k);
        }
      }
      checkFlagValues(flags, 'train');
      onExit(
        await train({
          options: { ...fromFile, ...flags },
          explicit,
          resume: opts.resume as string | undefined,
          quiet: Boolean(opts.quiet),
        }),
      );
    });

  program
    .command('eval')
    .description('Evaluate a run: ELBO and importance-sampled log-likelihood, in nats per sequence and per time step.')
    .argument('<run-dir>', 'a run directory written by probseq train')
    .addOption(new Option('--split <name>', 'which split').choices(['train', 'valid', 'test']).default('test'))
    .option('--samples <K>', 'importance samples for the log-likelihood (VRNN)', positiveInt('--samples'), 100)
    .option('--particles <N>', 'particles of the FIVO bound, 0 = skip it', nonNegativeInt('--particles'), 4)
    .option('--batch <n>', 'sequences per evaluation batch', positiveInt('--batch'), 16)
    .option(
      '--max-memory <MiB>',
      'memory for one chunk of the evaluation; long sequences go in smaller chunks',
      positiveInt('--max-memory'),
      DEFAULT_EVAL_MEMORY_MIB,
    )
    .option('--seed <n>', 'seed of the evaluation noise', nonNegativeInt('--seed'), 0)
    .option('--data <source>', "evaluate on other data with the model's dimensions")
    .option('--checkpoint', 'use the latest checkpoint instead of the best model')
    .addOption(new Option('--backend <name>', 'tfjs backend').choices(BACKENDS).default('auto'))
    .option('--json', 'print JSON instead of the table')
    .addHelpText(
      'after',
      `
Examples:
  $ probseq eval runs/jsb                       # test split, K = 100
  $ probseq eval runs/jsb --samples 500 --json  # tighter estimate, machine-readable
The result is also written to <run-dir>/eval-<split>.json.`,
    )
    .action(async (run: string, opts: Record<string, unknown>) => {
      onExit(
        await evaluate({
          run,
          split: opts.split as 'test',
          samples: opts.samples as number,
          particles: opts.particles as number,
          batch: opts.batch as number,
          maxMemory: opts.maxMemory as number,
          seed: opts.seed as number,
          data: opts.data as string | undefined,
          json: Boolean(opts.json),
          checkpoint: Boolean(opts.checkpoint),
          backend: opts.backend as 'auto',
        }),
      );
    });

  program
    .command('sample')
    .description(
      'Generate sequences: JSON plus a piano-roll PNG and MIDI (piano rolls), an SVG drawing (strokes) or SVG line plots (real values).',
    )
    .argument('<run-dir>', 'a run directory written by probseq train')
    .option('--count <n>', 'number of sequences', positiveInt('--count'), 4)
    .option('--steps <n>', 'time steps per sequence (default: median training length)', positiveInt('--steps'))
    .option('--seed <n>', 'sampling seed', nonNegativeInt('--seed'), 0)
    .option('--out-dir <dir>', 'where to write (default <run-dir>/samples-seed<seed>)')
    .option('--checkpoint', 'use the latest checkpoint instead of the best model')
    .addOption(new Option('--backend <name>', 'tfjs backend').choices(BACKENDS).default('auto'))
    .addHelpText(
      'after',
      `
Examples:
  $ probseq sample runs/jsb --count 4 --steps 64   # samples.png, samples.mid, samples.json
  $ probseq sample runs/strokes --seed 7           # samples.svg drawing`,
    )
    .action(async (run: string, opts: Record<string, unknown>) => {
      onExit(
        await sample({
          run,
          count: opts.count as number,
          steps: opts.steps as number | undefined,
          seed: opts.seed as number,
          outDir: opts.outDir as string | undefined,
          checkpoint: Boolean(opts.checkpoint),
          backend: opts.backend as 'auto',
        }),
      );
    });
  return program;
}

/** Runs the CLI on `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      const msg = e.message.replace(/^error: /, '').split('\n')[0];
      throw new CliError(`${msg} (see probseq --help)`, 2);
    }
    throw e;
  }
}

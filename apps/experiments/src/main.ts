import { Command, CommanderError } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic';
import { experimentNames, loadExperiment } from './definition';
import { collectResults, machineNote, resultsMarkdown } from './results';
import { runSeed, type SeedResult } from './run-seed';

const APP = join(import.meta.dirname, '..');
const REPO = join(APP, '..', '..');

/** Relative paths mean what they mean where the user typed `pnpm experiment …`. */
function userPath(p: string): string {
  const base =
    process.env.npm_lifecycle_event === 'experiment' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return isAbsolute(p) ? p : resolve(base, p);
}

/** `pnpm experiment <name>`: every row × seed of a definition in experiments/, then results.json and results.md. */
export async function runExperiment(argv: string[]): Promise<void> {
  const program = new Command()
    .name('experiment')
    .description(
      'Train, early-stop and evaluate every row × seed of an experiment; write results.json beside results.md.',
    )
    .argument('[name]', `experiment definition in apps/experiments/experiments/ (${experimentNames().join(', ')})`)
    .option('--out <dir>', 'output folder (default apps/experiments/results/<name>)')
    .option('--row <id...>', 'only these rows (and the seeds given)')
    .option('--seed <n...>', 'only these seeds')
    .option('--list', 'list the experiments and their rows')
    .option('--quiet', 'no training progress lines (only one line per chunk)')
    .exitOverride()
    .configureOutput({ outputError: () => {} });
  program.parse(argv, { from: 'user' });
  const opts = program.opts<{ out?: string; row?: string[]; seed?: string[]; list?: boolean; quiet?: boolean }>();
  const name = program.args[0];
  if (opts.list || !name) {
    for (const n of experimentNames()) {
      const e = loadExperiment(n);
      process.stdout.write(
        `${n}: ${e.rows.length} rows × ${e.seeds.length} seeds — ${e.rows.map((r) => r.id).join(', ')}\n`,
      );
    }
    return;
  }
  const exp = loadExperiment(name);
  const out = opts.out ? userPath(opts.out) : join(APP, 'results', exp.name);
  const rows = opts.row ? exp.rows.filter((r) => opts.row?.includes(r.id)) : exp.rows;
  if (opts.row) {
    const unknown = opts.row.filter((id) => !exp.rows.some((r) => r.id === id));
    if (unknown.length)
      throw new Error(
        `--row ${unknown.join(', ')}: not a row of ${exp.name} (rows: ${exp.rows.map((r) => r.id).join(', ')})`,
      );
  }
  const seeds = opts.seed ? opts.seed.map(Number) : exp.seeds;
  if (seeds.some((s) => !Number.isInteger(s) || s < 0))
    throw new Error(`--seed ${opts.seed?.join(' ')}: seeds are integers ≥ 0`);
  const load = loadavg()[0];
  const started = Date.now();
  const total = rows.length * seeds.length;
  let done = 0;
  const log = (line: string) => {
    const m = Math.round((Date.now() - started) / 60000);
    process.stderr.write(`[${exp.name} ${done + 1}/${total}, ${m} min] ${line}\n`);
  };
  const results: SeedResult[] = [];
  // Seeds of rows not run in this invocation but finished earlier still appear in the table.
  const finished = (rowId: string, seed: number) => {
    const f = join(out, 'runs', rowId, `seed-${seed}`, 'experiment-result.json');
    return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as SeedResult) : null;
  };
  const write = () => {
    const all: SeedResult[] = [...results];
    for (const r of exp.rows)
      for (const s of exp.seeds)
        if (!all.some((x) => x.row === r.id && x.seed === s)) {
          const f = finished(r.id, s);
          if (f) all.push(f);
        }
    const res = collectResults(exp, all, machineNote(load));
    writeFileAtomic(join(out, 'results.json'), `${JSON.stringify(res, null, 2)}\n`);
    writeFileAtomic(join(out, 'results.md'), resultsMarkdown(res));
  };
  for (const row of rows) {
    for (const seed of seeds) {
      log(`${row.id} seed ${seed}: ${row.data}`);
      results.push(await runSeed(exp, row, seed, { repo: REPO, out, quiet: Boolean(opts.quiet), log }));
      done += 1;
      write();
    }
  }
  write();
  process.stderr.write(`[${exp.name}] done: ${join(out, 'results.md')}\n`);
}

if (process.argv[1] && /main\.ts$/.test(process.argv[1])) {
  runExperiment(process.argv.slice(2)).catch((e: Error) => {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help') process.exit(0);
      process.stderr.write(`experiment: error: ${e.message.replace(/^error: /, '')}\n`);
      process.exit(2);
    }
    process.stderr.write(`experiment: error: ${e.message.split('\n')[0]}\n`);
    if (process.env.PROBSEQ_DEBUG) process.stderr.write(`${e.stack}\n`);
    process.exit(1);
  });
}

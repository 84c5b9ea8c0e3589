import { cpus, loadavg } from 'node:os';
import type { Experiment } from './definition';
import { ownBound, rowOptions, type SeedResult, type TestFigures } from './run-seed';
import { formatSummary, summarize, type Summary } from './stats';

/** What the machine was, and how busy, while an experiment ran. */
export interface MachineNote {
  cpus: string;
  node: string;
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
}

export function machineNote(loadAtStart: number): MachineNote {
  const c = cpus();
  return {
    cpus: `${c.length} × ${c[0]?.model ?? 'unknown CPU'}`,
    node: process.version,
    loadAverageAtStart: Number(loadAtStart.toFixed(2)),
    loadAverageAtEnd: Number(loadavg()[0].toFixed(2)),
  };
}

const COLUMNS = ['elbo', 'iwae', 'fivo', 'importance'] as const;

/** One row of the results: its seeds and mean ± sd of every figure. */
export interface RowResults {
  id: string;
  data: string;
  objective: string;
  ownBound: 'elbo' | 'iwae' | 'fivo';
  refitQOf?: string;
  published?: { value: number; bound: string; source: string };
  seeds: SeedResult[];
  summary: Record<(typeof COLUMNS)[number] | 'own' | 'gap', Summary | null>;
  command: string;
}

/** The results file of an experiment. */
export interface ExperimentResults {
  experiment: string;
  description: string;
  command: string;
  units: string;
  updatedAt: string;
  machine: MachineNote;
  evaluation: Experiment['evaluation'];
  stopping: Experiment['stopping'];
  window: number | null;
  /** The seeds every row is planned with (rows list the ones finished so far). */
  seeds: number[];
  rows: RowResults[];
}

function objectiveName(o: Record<string, unknown>): string {
  const obj = String(o.objective ?? 'elbo');
  return obj === 'iwae' ? `IWAE(${o.iwaeSamples ?? 4})` : obj === 'fivo' ? `FIVO(${o.particles ?? 4})` : 'ELBO';
}

/** Collects the seeds finished so far into the results structure (mean ± sd over seeds per figure). */
export function collectResults(exp: Experiment, seeds: SeedResult[], machine: MachineNote): ExperimentResults {
  const rows = exp.rows.map((row): RowResults => {
    const mine = seeds.filter((s) => s.row === row.id).sort((a, b) => a.seed - b.seed);
    const options = rowOptions(exp, row);
    const own = ownBound(options);
    const col = (f: (t: TestFigures) => number) => summarize(mine.map((s) => f(s.test)));
    return {
      id: row.id,
      data: row.data,
      objective: objectiveName(options),
      ownBound: own,
      ...(row.refitQOf ? { refitQOf: row.refitQOf } : {}),
      ...(row.published ? { published: row.published } : {}),
      seeds: mine,
      summary: {
        elbo: col((t) => t.elbo),
        iwae: col((t) => t.iwae),
        fivo: col((t) => t.fivo),
        importance: col((t) => t.importance),
        own: col((t) => t[own]),
        gap: col((t) => t.importance - t[own]),
      },
      command: `pnpm experiment ${exp.name} --row ${row.id}`,
    };
  });
  return {
    experiment: exp.name,
    description: exp.description,
    command: `pnpm experiment ${exp.name}`,
    units: `nats per time step on the ${exp.evaluation.split} split (sum over all steps of whole sequences ÷ number of steps); mean ± sample standard deviation over seeds`,
    updatedAt: new Date().toISOString(),
    machine,
    evaluation: exp.evaluation,
    stopping: exp.stopping,
    window: exp.window,
    seeds: exp.seeds,
    rows,
  };
}

/** The markdown table of the results, with the command of every row and what the machine was doing. */
export function resultsMarkdown(r: ExperimentResults): string {
  const ev = r.evaluation;
  const head = [
    'row',
    'trained with',
    'seeds',
    'steps (best at)',
    'ELBO',
    `IWAE (K=${ev.iwae})`,
    `FIVO (N=${ev.fivo})`,
    `IS (K=${ev.importance})`,
    'own bound',
    'IS − own bound',
    'published (same bound)',
    'converged',
    'command',
  ];
  const lines = r.rows.map((row) => {
    const s = row.summary;
    const steps = row.seeds.map((x) => `${x.steps} (${x.best?.step})`).join(', ') || '–';
    const flat = row.seeds.length ? row.seeds.map((x) => (x.flat ? 'yes' : 'no')).join(', ') : '–';
    const pub = row.published ? `${row.published.value.toFixed(2)} (${row.published.bound})` : '–';
    const trained = `${row.objective}${row.refitQOf ? `, q refitted on ${row.refitQOf} (frozen)` : ''}`;
    return [
      row.id,
      trained,
      String(row.seeds.length),
      steps,
      formatSummary(s.elbo),
      formatSummary(s.iwae),
      formatSummary(s.fivo),
      formatSummary(s.importance),
      formatSummary(s.own),
      formatSummary(s.gap),
      pub,
      flat,
      `\`${row.command}\``,
    ];
  });
  const table = [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const m = r.machine;
  return [
    `# ${r.experiment}`,
    '',
    r.description,
    '',
    `Produced by \`${r.command}\` (each row alone: the command in its last column; each seed's own train and eval`,
    `commands are in \`results.json\`). Figures: ${r.units}. "Own bound" is the bound the row was trained with,`,
    `evaluated as published (IWAE with K = ${ev.iwae}, FIVO with N = ${ev.fivo} at test time). Early stopping on the validation`,
    `bound with patience ${r.stopping.patience} validations, at most ${r.stopping.maxSteps} steps; "converged" = the best`,
    `validation bound of the last 20 % of steps is within ${r.stopping.flatTolerance} nats/step of the best before them.`,
    r.window
      ? `Training on windows of ${r.window} steps; validation and test on whole sequences.`
      : 'Training, validation and test on whole sequences.',
    '',
    table,
    '',
    `Machine: ${m.cpus}, Node ${m.node}. 1-minute load average while each seed trained and was evaluated (start → end): ` +
      (r.rows
        .flatMap((row) =>
          row.seeds.map(
            (s) =>
              `${row.id}/${s.seed} ${s.machine ? `${s.machine.loadAverage.start} → ${s.machine.loadAverage.end}` : '?'}, ${(s.trainSeconds / 60).toFixed(1)} min of training`,
          ),
        )
        .join('; ') || 'no seed finished yet') +
      `. Table updated ${r.updatedAt}.`,
    '',
  ].join('\n');
}

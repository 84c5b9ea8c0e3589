import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic';

/** One line of metrics.jsonl. */
export type MetricsRecord =
  | {
      type: 'train';
      step: number;
      epoch: number;
      loss: number;
      lossPerStep: number;
      kl: number;
      nll: number;
      gradNorm: number;
      klWeight: number;
      seconds: number;
    }
  | { type: 'skip'; step: number; reason: string }
  | {
      type: 'valid';
      step: number;
      elboPerStep: number;
      elboPerSequence: number;
      /** The validation bound of the training objective (absent in runs written before it was recorded: the ELBO). */
      boundPerStep?: number;
      bound?: string;
      best: boolean;
      /** The learning rate from the next step on (absent in runs written before it was recorded). */
      lr?: number;
    }
  | { type: 'event'; step: number; event: string };

/** Reads metrics.jsonl, dropping a torn last line (a run killed mid-write). */
export function readMetrics(path: string): MetricsRecord[] {
  if (!existsSync(path)) return [];
  const out: MetricsRecord[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as MetricsRecord);
    } catch {
      // torn line
    }
  }
  return out;
}

/** Appends records to metrics.jsonl, one JSON object per line. */
export class MetricsLog {
  constructor(readonly path: string) {}

  append(record: MetricsRecord): void {
    appendFileSync(this.path, `${JSON.stringify(record)}\n`);
  }

  /**
   * Keeps only records of steps before `step` (train/skip records have step index = the step
   * taken; valid/event records carry the number of completed steps) — used on resume, so the
   * log continues exactly where the checkpoint left off.
   */
  truncateTo(step: number): void {
    const kept = readMetrics(this.path).filter((r) =>
      r.type === 'train' || r.type === 'skip' ? r.step < step : r.step <= step,
    );
    writeFileAtomic(this.path, kept.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }
}

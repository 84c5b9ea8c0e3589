import cliProgress from 'cli-progress';

/** Values shown on the progress line; `kl` and `rec` are NaN for objectives without that split (IWAE, FIVO). */
export interface ProgressValues {
  epoch: number;
  loss: number;
  kl: number;
  rec: number;
  rate: number;
}

/** The loss part of the progress line: loss, KL and reconstruction, or the loss alone when it has no split. */
export function lossText(v: Pick<ProgressValues, 'loss' | 'kl' | 'rec'>): string {
  const loss = `loss ${v.loss.toFixed(3)}`;
  return Number.isNaN(v.kl) || Number.isNaN(v.rec)
    ? `${loss} nats/step`
    : `${loss} · KL ${v.kl.toFixed(3)} · rec ${v.rec.toFixed(3)} nats/step`;
}

function fmtEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

/**
 * The training progress display: a cli-progress bar on an interactive terminal, otherwise a plain
 * line about every 5% (logs and CI stay readable). Both go to stderr.
 */
export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private lastPrinted = -1;

  constructor(
    private readonly total: number,
    start: number,
    private readonly quiet = false,
  ) {
    if (!quiet && process.stderr.isTTY) {
      this.bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'step {value}/{total} |{bar}| epoch {epoch} · {lossText} · {rate} steps/s · ETA {etaText}',
          barsize: 24,
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(total, start, { epoch: 0, lossText: 'loss -', rate: '-', etaText: '?' });
    }
  }

  update(step: number, v: ProgressValues): void {
    const eta = (this.total - step) / v.rate;
    const payload = {
      epoch: v.epoch,
      lossText: lossText(v),
      rate: v.rate.toFixed(1),
      etaText: fmtEta(eta),
    };
    if (this.bar) {
      this.bar.update(step, payload);
      return;
    }
    if (this.quiet) return;
    const every = Math.max(1, Math.round(this.total / 20));
    if (step === this.total || Math.floor(step / every) !== Math.floor(this.lastPrinted / every)) {
      this.lastPrinted = step;
      process.stderr.write(
        `step ${step}/${this.total} · epoch ${payload.epoch} · ${payload.lossText} · ${payload.rate} steps/s · ETA ${payload.etaText}\n`,
      );
    }
  }

  /** Prints a message without breaking the bar. */
  log(message: string): void {
    if (this.bar) {
      process.stderr.write('\n');
    }
    process.stderr.write(`${message}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl-C (SIGINT), SIGTERM (`kill`, `timeout`, a job scheduler) and SIGHUP (a closed terminal) ask a training
 * run to stop after the current step, so it can write a checkpoint; a second signal exits at once.
 */
export class StopSignals {
  /** The first signal received, or null. */
  received: NodeJS.Signals | null = null;

  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.received) process.exit(StopSignals.exitCode(signal));
    this.received = signal;
  };

  constructor() {
    for (const s of SIGNALS) process.on(s, this.onSignal);
  }

  /** The shell's exit code for a process stopped by `signal`: 128 + its number (130 for SIGINT). */
  static exitCode(signal: NodeJS.Signals): number {
    return 128 + (constants.signals[signal] ?? 0);
  }

  dispose(): void {
    for (const s of SIGNALS) process.off(s, this.onSignal);
  }
}

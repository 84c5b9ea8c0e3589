/** One validation of a run: the step and the validation bound in nats per time step (higher is better). */
export interface Validation {
  step: number;
  bound: number;
}

/** Where a run stands: its best validation, and whether to stop. */
export interface StoppingState {
  best: Validation | null;
  /** Validations since the best one. */
  sinceBest: number;
  stop: boolean;
  /** Best of the last 20 % of steps minus the best before them (≤ tolerance: flat); null with too few validations. */
  lastFifthGain: number | null;
  flat: boolean;
}

/**
 * Early stopping with patience on the validation bound, to convergence: stop once `patience` validations have
 * passed without a new best *and* the curve is flat over the last fifth of training (the convergence criterion
 * of issue 16: the best of the last 20 % of steps no more than `tolerance` nats/step above the best before
 * them), or at `maxSteps`. A run whose best came late in training thus goes on until that best lies before the
 * last fifth (or a new best starts the count again).
 */
export function stoppingState(
  validations: Validation[],
  options: { patience: number; maxSteps: number; tolerance: number },
): StoppingState {
  const v = [...validations].sort((a, b) => a.step - b.step);
  let best: Validation | null = null;
  let sinceBest = 0;
  for (const r of v) {
    if (!best || r.bound > best.bound) {
      best = r;
      sinceBest = 0;
    } else sinceBest += 1;
  }
  const last = v.length ? v[v.length - 1].step : 0;
  const cut = 0.8 * last;
  const before = v.filter((r) => r.step <= cut);
  const after = v.filter((r) => r.step > cut);
  const lastFifthGain =
    before.length && after.length
      ? Math.max(...after.map((r) => r.bound)) - Math.max(...before.map((r) => r.bound))
      : null;
  const flat = lastFifthGain !== null && lastFifthGain <= options.tolerance;
  return {
    best,
    sinceBest,
    stop: (sinceBest >= options.patience && flat) || last >= options.maxSteps,
    lastFifthGain,
    flat,
  };
}

/**
 * The step the next trainer invocation should train to: 0 for a fresh run (train from its config), the
 * last validated step plus `chunk` (at most `maxSteps`) to go on, or null once the stopping rule is met
 * (so a run interrupted after it stopped, during its test evaluation say, trains no further).
 */
export function nextTrainingTarget(
  validations: Validation[],
  options: { patience: number; maxSteps: number; tolerance: number; chunk: number },
): number | null {
  if (validations.length === 0) return 0;
  if (stoppingState(validations, options).stop) return null;
  const last = Math.max(...validations.map((v) => v.step));
  return Math.min(options.maxSteps, last + options.chunk);
}

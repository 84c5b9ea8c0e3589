import type { TrainSettings } from './train';

/** The settings the training page reads from its address, with the range each may take. */
const NUMERIC: Record<string, { key: keyof TrainSettings; min: number; max: number; integer: boolean }> = {
  steps: { key: 'steps', min: 1, max: 2000, integer: true },
  batch: { key: 'batch', min: 1, max: 256, integer: true },
  seqLen: { key: 'seqLen', min: 2, max: 256, integer: true },
  hDim: { key: 'hDim', min: 1, max: 512, integer: true },
  zDim: { key: 'zDim', min: 1, max: 128, integer: true },
  warmup: { key: 'klWarmup', min: 0, max: 2000, integer: true },
  freeBits: { key: 'freeBits', min: 0, max: 5, integer: false },
  lr: { key: 'learningRate', min: 1e-5, max: 1, integer: false },
  seed: { key: 'seed', min: 0, max: 2 ** 31 - 1, integer: true },
};

/**
 * Settings given in the page's address, e.g. `?steps=3&batch=4&seqLen=6&hDim=8` (smaller runs for slow
 * backends and the browser tests; names as in the table above, `posterior=smoothing`). Unknown names are
 * ignored; a value out of range or not a number throws, naming the parameter and its range.
 */
export function settingsFromQuery(search: string): Partial<TrainSettings> {
  const params = new URLSearchParams(search);
  const out: Partial<TrainSettings> = {};
  for (const [name, spec] of Object.entries(NUMERIC)) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    const kind = spec.integer ? 'an integer' : 'a number';
    if (
      raw.trim() === '' ||
      !Number.isFinite(value) ||
      (spec.integer && !Number.isInteger(value)) ||
      value < spec.min ||
      value > spec.max
    ) {
      throw new Error(`The address sets ${name}=${raw}: expected ${kind} from ${spec.min} to ${spec.max}.`);
    }
    (out as Record<string, number>)[spec.key] = value;
  }
  const posterior = params.get('posterior');
  if (posterior !== null) {
    if (posterior !== 'filtering' && posterior !== 'smoothing') {
      throw new Error(`The address sets posterior=${posterior}: expected filtering or smoothing.`);
    }
    out.posterior = posterior;
  }
  return out;
}

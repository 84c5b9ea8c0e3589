/**
 * What the experiment result pages (filtering vs smoothing, reproduction) share: guards for reading a
 * results.json, the data sets' display names, number formats, and the frame of their one-axis dot charts.
 */
import { ticks } from './plot';

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A results reader's outcome, or its error message (the page shows it instead of the chart). */
export function readOrError<T>(read: (file: string, json: unknown) => T, file: string, json: unknown): T | { error: string } {
  try {
    return read(file, json);
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const DATASET_NAMES: Record<string, string> = { jsb: 'JSB Chorales', nottingham: 'Nottingham', musedata: 'MuseData' };
/** The display name of a row id's data-set prefix. */
export const datasetName = (d: string): string => DATASET_NAMES[d] ?? d;

/** Signed, with a true minus; a value that rounds to zero prints as 0 (never "−0.000"). */
export function signed(v: number, digits = 3): string {
  const a = Math.abs(v).toFixed(digits);
  return Number(a) === 0 ? a : (v > 0 ? '+' : '−') + a;
}

/** "mean ± sd" over seeds, "mean (1 seed)", or "–" without seeds. */
export function formatSpread(s: { mean: number; sd: number; n: number }): string {
  return s.n > 1 ? `${s.mean.toFixed(3)} ± ${s.sd.toFixed(3)}` : s.n === 1 ? `${s.mean.toFixed(3)} (1 seed)` : '–';
}

/** Layout of a dot chart: one row per entry, a shared horizontal axis (nats per time step). */
export interface DotChartFrame {
  width: number;
  /** Where the plot area starts (labels sit left of it). */
  left: number;
  height: number;
  axisY: number;
  ticks: number[];
  sx: (v: number) => number;
  /** Vertical centre of row i. */
  rowY: (i: number) => number;
}

/** The frame for `rows` rows showing `values` (padded by 8 % of their range, at least `minPad`). */
export function dotChartFrame(
  values: number[],
  rows: number,
  options: { width: number; left: number; rowHeight: number; top: number; minPad: number },
): DotChartFrame {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(options.minPad, (hi - lo) * 0.08);
  const x0 = lo - pad;
  const x1 = hi + pad;
  const { width, left } = options;
  const height = rows * options.rowHeight + 46;
  return {
    width,
    left,
    height,
    axisY: height - 30,
    ticks: ticks(x0, x1, 5),
    sx: (v) => left + ((v - x0) / (x1 - x0)) * (width - left - 20),
    rowY: (i) => options.top + i * options.rowHeight,
  };
}

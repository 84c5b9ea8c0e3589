import { isObj } from './results-common';

/** One trained model in a results file of the vrnn experiments (packages/vrnn/results/*.json). */
export interface ResultRun {
  id: string;
  dataset: string;
  model: string;
  posterior: 'filtering' | 'smoothing' | null;
  trainSteps: number;
  curve: Array<[number, number]>;
  test: { elboPerStep: number; llPerStep: number; samples: number; sequences: number };
  note?: string;
}

/** A filtering and a smoothing VRNN trained the same way on the same data. */
export interface GapPair {
  group: string;
  dataset: string;
  trainSteps: number;
  filtering: ResultRun;
  smoothing: ResultRun;
  /** smoothing − filtering, nats per step (positive: smoothing's bound is tighter). */
  elboGap: number;
  llGap: number;
  note?: string;
}

export interface GapFile {
  file: string;
  generatedAt: string;
  command: string;
  backend: string;
  units: string;
  pairs: GapPair[];
}


function isRun(v: unknown): v is ResultRun {
  return (
    isObj(v) &&
    typeof v.id === 'string' &&
    (v.posterior === 'filtering' || v.posterior === 'smoothing' || v.posterior === null) &&
    isObj(v.test) &&
    typeof v.test.elboPerStep === 'number' &&
    typeof v.test.llPerStep === 'number'
  );
}

/**
 * Pairs the filtering and smoothing runs of a results file: runs whose ids differ only in the
 * posterior (`jsb/vrnn-filtering`, `jsb/vrnn-smoothing`) form a group. Throws, naming the file and
 * field, when the file does not have the expected shape.
 */
export function readGapFile(file: string, json: unknown): GapFile {
  if (!isObj(json) || !Array.isArray(json.runs)) throw new Error(`${file}: expected an object with a 'runs' array`);
  const groups = new Map<string, Partial<Record<'filtering' | 'smoothing', ResultRun>>>();
  json.runs.forEach((r, i) => {
    if (!isRun(r)) throw new Error(`${file}: runs[${i}] lacks id, posterior or test.elboPerStep/llPerStep`);
    if (r.posterior === null) return;
    const group = r.id.replace(new RegExp(`[/-]?[a-z]*-?${r.posterior}$`), '') || r.dataset;
    const g = groups.get(group) ?? {};
    g[r.posterior] = r;
    groups.set(group, g);
  });
  const pairs: GapPair[] = [];
  for (const [group, g] of groups) {
    if (!g.filtering || !g.smoothing) continue;
    pairs.push({
      group,
      dataset: g.filtering.dataset,
      trainSteps: g.filtering.trainSteps,
      filtering: g.filtering,
      smoothing: g.smoothing,
      elboGap: g.smoothing.test.elboPerStep - g.filtering.test.elboPerStep,
      llGap: g.smoothing.test.llPerStep - g.filtering.test.llPerStep,
      note: g.filtering.note ?? g.smoothing.note,
    });
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    file,
    generatedAt: str(json.generatedAt),
    command: str(json.command),
    backend: str(json.backend),
    units: str(json.units),
    pairs,
  };
}

import { activePitches, denormalize, type NormalizationStats } from '@probseq/data';
import type { DataInfo } from './data-source';
import type { TrainerModel } from './model-factory';
import { pianoRollMidi, pianoRollPng } from './piano-roll-output';
import { sequencesSvg, strokesSvg } from './svg-chart';
import { framesToWaveforms, samplesWav, waveformSvg } from './wav-output';

/**
 * Draws `count` sequences of `steps` steps from the model and renders them for the data kind:
 * piano rolls → `samples.png` + `samples.mid` (+ JSON of active pitches), strokes → `samples.svg`,
 * audio → `samples.wav` + `samples-waveform.svg`, other real-valued data → `samples.svg` line plots.
 * Always `samples.json` (original scale).
 */
export async function renderSamples(
  model: TrainerModel,
  info: DataInfo,
  stats: NormalizationStats,
  options: { count: number; steps: number; seed: number },
): Promise<Record<string, string | Uint8Array>> {
  const x = model.sample({ steps: options.steps, batch: options.count, seed: options.seed });
  const arr = (await x.array()) as number[][][];
  x.dispose();
  // [T, B, D] → per sequence [T][D].
  const seqs = Array.from({ length: options.count }, (_, b) => arr.map((step) => step[b]));
  const data = denormalize(seqs, stats);
  const files: Record<string, string | Uint8Array> = {};
  const meta = { data: info.source, kind: info.kind, steps: options.steps, seed: options.seed };
  if (info.kind === 'binary') {
    files['samples.json'] = JSON.stringify({
      ...meta,
      pitchOffset: info.pitchOffset ?? 0,
      sequences: data.map((s) => s.map(activePitches)),
    });
    files['samples.png'] = pianoRollPng(data, 4, info.pitchOffset ?? 0);
    files['samples.mid'] = pianoRollMidi(data, info.pitchOffset ?? 0, 100 * (info.stepsPerQuarter ?? 1));
  } else if (info.kind === 'strokes') {
    const strokes = data.map((s) => s.map(([dx, dy, p]) => [dx, dy, p >= 0.5 ? 1 : 0]));
    files['samples.json'] = JSON.stringify({ ...meta, format: 'dx,dy,penUp', sequences: strokes });
    files['samples.svg'] = strokesSvg(strokes);
  } else if (info.audio) {
    const waves = framesToWaveforms(data);
    files['samples.json'] = JSON.stringify({ ...meta, ...info.audio, sequences: data });
    files['samples.wav'] = samplesWav(waves, info.audio);
    files['samples-waveform.svg'] = waveformSvg(waves, info.audio);
  } else {
    files['samples.json'] = JSON.stringify({ ...meta, sequences: data });
    files['samples.svg'] = sequencesSvg(data, 'sample');
  }
  return files;
}

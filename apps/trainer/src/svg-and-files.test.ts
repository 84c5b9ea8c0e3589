import pkg from '@tonejs/midi';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { writeDirAtomic, writeFileAtomic } from './atomic';
import { parsePartialConfig, parseTrainConfig } from './config';
import { pianoRollMidi, pianoRollPng } from './piano-roll-output';
import { lineChartSvg, sequencesSvg, strokesSvg } from './svg-chart';

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };

describe('config schema', () => {
  it('fills defaults and rejects unknown keys and bad values with the key named', () => {
    const c = parseTrainConfig({}, 'x');
    expect(c.data).toBe('synthetic:multimodal');
    expect(c.model).toBe('vrnn');
    expect(() => parseTrainConfig({ hdim: 3 }, 'f.json')).toThrow(/^f\.json: unknown key 'hdim'/);
    expect(() => parseTrainConfig({ lr: -1 }, 'f.json')).toThrow(/^f\.json: lr: /);
    expect(() => parsePartialConfig([1], 'f.json')).toThrow('f.json: expected a JSON object of training options');
    expect(() => parseTrainConfig({ name: '../up' }, 'f.json')).toThrow(/^f\.json: name: letters, digits/);
  });
});

describe('atomic writes', () => {
  it('replace files and directories whole and leave no temporaries', () => {
    const d = mkdtempSync(join(tmpdir(), 'probseq-atomic-'));
    writeFileAtomic(join(d, 'a.json'), '1');
    writeFileAtomic(join(d, 'a.json'), '22');
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('22');
    writeDirAtomic(join(d, 'ck'), { 'x.bin': new Uint8Array([1, 2]), 'y.txt': 'old' });
    writeDirAtomic(join(d, 'ck'), { 'y.txt': 'new' });
    expect(readdirSync(join(d, 'ck'))).toEqual(['y.txt']);
    expect(readFileSync(join(d, 'ck', 'y.txt'), 'utf8')).toBe('new');
    expect(readdirSync(d).sort()).toEqual(['a.json', 'ck']);
  });
});

describe('pictures and sound', () => {
  it('piano-roll PNG puts note (t, p) at column t, row dims−1−p', () => {
    const roll = [
      [1, 0, 0],
      [0, 0, 1],
    ];
    const png = PNG.sync.read(Buffer.from(pianoRollPng([roll], 1, 1, { axes: false })));
    expect([png.width, png.height]).toEqual([2, 3]);
    const dark = (x: number, y: number) => png.data[(y * 2 + x) * 4] < 100;
    expect([dark(0, 2), dark(1, 0), dark(0, 0), dark(1, 2), dark(0, 1)]).toEqual([true, true, false, false, false]);
  });

  it('MIDI ties consecutive steps into one note at pitch index + offset', () => {
    const roll = [
      [1, 0],
      [1, 1],
      [0, 1],
      [1, 0],
    ];
    const midi = new Midi(pianoRollMidi([roll], 60, 120));
    const notes = midi.tracks[0].notes
      .map((n) => [n.midi, Number(n.time.toFixed(3)), Number(n.duration.toFixed(3))])
      .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    // 120 bpm → 0.5 s per step.
    expect(notes).toEqual([
      [60, 0, 1],
      [61, 0.5, 1],
      [60, 1.5, 0.5],
    ]);
  });

  it('SVG charts are well-formed and drop non-finite points', () => {
    const svg = lineChartSvg(
      [
        {
          label: 'a<b',
          points: [
            [0, 1],
            [1, Number.NaN],
            [2, 3],
          ],
        },
      ],
      { title: 't', xLabel: 'x', yLabel: 'y' },
    );
    expect(svg).toMatch(/^<svg[^]*<\/svg>$/);
    expect(svg).toContain('a&lt;b');
    expect(svg).not.toContain('NaN');
    const s = strokesSvg([
      [
        [1, 0, 0],
        [0, 1, 1],
        [1, 1, 0],
        [1, 0, 1],
      ],
    ]);
    expect(s.match(/<path /g)).toHaveLength(2);
  });

  it('sequence plots: every sequence, one flat <svg>, legends right of the plot area', () => {
    const seqs = Array.from({ length: 8 }, (_, i) => Array.from({ length: 10 }, (_, t) => [t * i, -t]));
    const svg = sequencesSvg(seqs, 'sample');
    expect(svg.match(/<svg /g)).toHaveLength(1);
    expect(svg.match(/<g transform="translate\(0 \d+\)">/g)).toHaveLength(8);
    for (let i = 1; i <= 8; i++) expect(svg).toContain(`>sample ${i}</text>`);
    // Every path point lies left of every legend swatch.
    const maxPathX = Math.max(...[...svg.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1])));
    const minLegendX = Math.min(
      ...[...svg.matchAll(/<rect x="([\d.]+)" y="\d+" width="12"/g)].map((m) => Number(m[1])),
    );
    expect(maxPathX).toBeLessThan(minLegendX);
  });

  it('piano-roll PNG axes: C rows named on the left, time steps numbered below', () => {
    const roll = Array.from({ length: 40 }, () => Array.from({ length: 24 }, () => 0));
    const plain = PNG.sync.read(Buffer.from(pianoRollPng([roll], 2, 48, { axes: false })));
    const png = PNG.sync.read(Buffer.from(pianoRollPng([roll], 2, 48)));
    // 'C3' / 'C4' need 2 glyphs of 8 px + 6 px; the time axis 18 px.
    expect([png.width - plain.width, png.height - plain.height]).toEqual([22, 18]);
    const inkAt = (x0: number, y0: number, w: number, h: number) => {
      let n = 0;
      for (let y = y0; y < y0 + h; y++)
        for (let x = x0; x < x0 + w; x++) if (png.data[(y * png.width + x) * 4] < 128) n++;
      return n;
    };
    // Pitch index 0 (MIDI 48 = C3) is the bottom row (y 46–47), index 12 (C4) row y 22–23: a label beside each.
    expect(inkAt(0, 40, 22, 10)).toBeGreaterThan(10);
    expect(inkAt(0, 17, 22, 10)).toBeGreaterThan(10);
    expect(inkAt(0, 2, 22, 10)).toBe(0); // no C there
    // Time labels under the roll (0, 8, 16, …) and nothing under the margin.
    expect(inkAt(22, 48, 2 * 40, 18)).toBeGreaterThan(20);
    expect(inkAt(0, 54, 20, 12)).toBe(0);
  });
});

import pkg from '@tonejs/midi';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { writeDirAtomic, writeFileAtomic } from './atomic';
import { parsePartialConfig, parseTrainConfig } from './config';
import { pianoRollMidi, pianoRollPng } from './piano-roll-output';
import { lineChartSvg, strokesSvg } from './svg-chart';

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
    const png = PNG.sync.read(Buffer.from(pianoRollPng([roll], 1, 1)));
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
});

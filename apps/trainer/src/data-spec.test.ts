import { describe, expect, it } from 'vitest';
import { parseDataSpec } from './data-spec';

describe('--data reader options', () => {
  it('splits the path from the options of its format', () => {
    expect(parseDataSpec('runs/x.json')).toEqual({ path: 'runs/x.json', options: {} });
    expect(parseDataSpec('bach/?steps-per-quarter=2&transpose=c&segment=64')).toEqual({
      path: 'bach/',
      options: { midi: { stepsPerQuarter: 2, transpose: 'c', segmentSteps: 64 }, wav: { segmentFrames: 64 } },
    });
    expect(parseDataSpec('a.wav?rate=8000&frame=160&segment=50&valid=0.2')).toEqual({
      path: 'a.wav',
      options: { wav: { sampleRate: 8000, frameSize: 160, segmentFrames: 50 }, valid: 0.2 },
    });
    expect(parseDataSpec('clips?frame=100').options).toEqual({ wav: { frameSize: 100 } });
    // In a folder, segment applies to whichever of MIDI or WAV the files are.
    expect(parseDataSpec('clips/?segment=10').options).toEqual({
      midi: { segmentSteps: 10 },
      wav: { segmentFrames: 10 },
    });
    expect(parseDataSpec('cat.ndjson?limit=500&recognized=true').options).toEqual({
      quickdraw: { limit: 500, recognizedOnly: true },
    });
    expect(parseDataSpec('w.csv?id=run%20id').options).toEqual({ idColumn: 'run id' });
  });

  it('rejects unknown keys and bad values with one line naming the option', () => {
    expect(() => parseDataSpec('a.mid?rate=8000')).toThrow(
      "--data a.mid?rate=8000: unknown option 'rate' for midi data (allowed: steps-per-quarter, transpose, segment, valid, test)",
    );
    expect(() => parseDataSpec('a.wav?frame=0')).toThrow(
      "--data a.wav?frame=0: frame must be a positive integer, found '0'",
    );
    expect(() => parseDataSpec('a.mid?transpose=d')).toThrow("transpose must be 'c' or 'none', found 'd'");
    expect(() => parseDataSpec('a.csv?id')).toThrow("expected key=value after '?', found 'id'");
  });
});

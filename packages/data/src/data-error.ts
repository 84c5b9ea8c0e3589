/**
 * A validation failure in a data file. The message starts with the file (or source name), then
 * the location (sequence index, step, field) and what was expected versus found, e.g.
 * `chorales.json: splits.train[3][17][2]: expected an integer pitch in 0..87, found 88`.
 */
export class DataError extends Error {
  /** The file or source the error is about. */
  readonly source: string;
  /** The JSON-path-like location inside the source (may be empty). */
  readonly location: string;

  /**
   * The message reads `source: location: message` (`source: message` when the location is empty).
   * @param source - the file or source name.
   * @param location - where in it, e.g. `splits.train[3][17][2]`; may be empty.
   * @param message - what was expected versus found.
   */
  constructor(source: string, location: string, message: string) {
    super(location ? `${source}: ${location}: ${message}` : `${source}: ${message}`);
    this.name = 'DataError';
    this.source = source;
    this.location = location;
  }
}

/** Describes a JSON value briefly for error messages. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

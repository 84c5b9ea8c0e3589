/** An error the CLI reports as one line (`probseq: error: …`) with a non-zero exit code. */
export class CliError extends Error {
  /** Process exit code: 1 for bad input or a failed run, 2 for bad usage. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

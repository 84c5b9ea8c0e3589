/**
 * Parses `--name value` pairs (and the value-less `flags`, stored as '1') into a record; `--help`
 * prints `usage` and exits, anything else is an error that shows `usage`.
 */
export function parseArgs(argv: string[], usage: string, flags: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    if (a === '--help' || a === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (a.startsWith('--') && flags.includes(a.slice(2))) {
      out[a.slice(2)] = '1';
      continue;
    }
    if (!a.startsWith('--') || i + 1 >= argv.length) throw new Error(`Unexpected argument '${a}'.\nUsage: ${usage}`);
    out[a.slice(2)] = argv[++i];
  }
  return out;
}

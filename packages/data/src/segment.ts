/**
 * Cuts a sequence into consecutive pieces of at most `length` steps.
 * @param sequence - the sequence to cut.
 * @param length - the largest piece, a positive integer; omit it to keep the sequence whole.
 */
export function segment<T>(sequence: readonly T[], length?: number): T[][] {
  if (length === undefined) return [sequence.slice()];
  if (!Number.isInteger(length) || length < 1)
    throw new Error(`segment length must be a positive integer, found ${length}`);
  const out: T[][] = [];
  for (let i = 0; i < sequence.length; i += length) out.push(sequence.slice(i, i + length));
  return out;
}

/** Longest error line the CLI prints; a longer message is cut with "…". */
export const MAX_ERROR_LINE = 400;

/** A message as one line: line breaks (DuckDB's "Did you mean" hints, multi-line causes) become "; ", long text is cut. */
export function oneLine(message: string, max = MAX_ERROR_LINE): string {
  const flat = message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('; ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

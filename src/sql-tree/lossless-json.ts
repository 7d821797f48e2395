/**
 * JSON whose integers may pass 2^53 (DuckDB's serialized statements hold query_location = 2^64−1):
 * such integers are read as marked strings and written back as the same digits, so nothing is rounded.
 */
const MARK_IN_JSON = '\\u0000sluice-big-integer:';
const MARKED = /"\\u0000sluice-big-integer:(-?\d+)"/g;

function isUnsafeInteger(literal: string): boolean {
  return /^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal));
}

/** JSON.parse, except integers beyond Number's exact range, which come back as strings marked for stringifyLossless. */
export function parseLossless(text: string): unknown {
  let marked = '';
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    if (char !== '-' && (char < '0' || char > '9')) continue;
    let end = i + 1;
    while (end < text.length && /[\d.eE+-]/.test(text[end]!)) end += 1;
    const literal = text.slice(i, end);
    if (isUnsafeInteger(literal)) {
      marked += `${text.slice(start, i)}"${MARK_IN_JSON}${literal}"`;
      start = end;
    }
    i = end - 1;
  }
  return JSON.parse(marked + text.slice(start));
}

/** JSON.stringify that writes the integers parseLossless kept as strings back as the numbers they were. */
export function stringifyLossless(value: unknown): string {
  return JSON.stringify(value).replace(MARKED, '$1');
}

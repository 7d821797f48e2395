/**
 * JSON whose integers may pass 2^53 (DuckDB's serialized statements hold query_location = 2^64−1):
 * such integers are read as marked strings and written back as the same digits, so nothing is rounded.
 */
const MARK_IN_JSON = '\\u0000sluice-big-integer:';
const MARKED = /"\\u0000sluice-big-integer:(-?\d+)"/g;

function isUnsafeInteger(literal: string): boolean {
  return /^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal));
}

/**
 * JSON.parse, except integers beyond Number's exact range, which come back as strings marked for stringifyLossless.
 * One pass over the character codes: strings are skipped whole, and a number is looked at only when it is long
 * enough to be unsafe (15 digits or fewer always fit in a double exactly).
 */
export function parseLossless(text: string): unknown {
  let marked = '';
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      // To the closing quote; an escape takes the character after it.
      for (i++; i < length; i++) {
        const inside = text.charCodeAt(i);
        if (inside === BACKSLASH) i++;
        else if (inside === QUOTE) break;
      }
      continue;
    }
    if (code !== MINUS && (code < ZERO || code > NINE)) continue;
    let end = i + 1;
    while (end < length && isNumberCode(text.charCodeAt(end))) end++;
    if (end - i >= 16) {
      const literal = text.slice(i, end);
      if (isUnsafeInteger(literal)) {
        marked += `${text.slice(start, i)}"${MARK_IN_JSON}${literal}"`;
        start = end;
      }
    }
    i = end - 1;
  }
  return JSON.parse(marked + text.slice(start));
}

const [QUOTE, BACKSLASH, MINUS, PLUS, DOT, ZERO, NINE] = ['"', '\\', '-', '+', '.', '0', '9'].map((char) => char.charCodeAt(0)) as [number, number, number, number, number, number, number];

/** The characters a JSON number is read over: digits, the point, the exponent and its sign. */
function isNumberCode(code: number): boolean {
  return (code >= ZERO && code <= NINE) || code === DOT || code === 101 /* e */ || code === 69 /* E */ || code === PLUS || code === MINUS;
}

/** JSON.stringify that writes the integers parseLossless kept as strings back as the numbers they were. */
export function stringifyLossless(value: unknown): string {
  return JSON.stringify(value).replace(MARKED, '$1');
}

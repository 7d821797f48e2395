import { describe, expect, it } from 'vitest';
import { parseLossless, stringifyLossless } from '../src/sql-tree/lossless-json.js';

/** The reader before it skipped strings by character code (a regex per number character): the answers must not move. */
function referenceParse(text: string): unknown {
  const mark = '\\u0000sluice-big-integer:';
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
    if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
      marked += `${text.slice(start, i)}"${mark}${literal}"`;
      start = end;
    }
    i = end - 1;
  }
  return JSON.parse(marked + text.slice(start));
}

describe('parseLossless', () => {
  it('keeps integers past 2^53 as their digits and reads everything else as JSON.parse does', () => {
    const text = '{"query_location":18446744073709551615,"small":9007199254740991,"big":9007199254740993,"neg":-9223372036854775808,"float":12345678901234567.5,"exp":1e400,"s":"18446744073709551615"}';
    const parsed = parseLossless(text) as Record<string, unknown>;
    expect(parsed.small).toBe(9007199254740991);
    expect(parsed.float).toBe(12345678901234567.5);
    expect(parsed.s).toBe('18446744073709551615');
    const written = stringifyLossless(parsed);
    for (const kept of ['"query_location":18446744073709551615', '"big":9007199254740993', '"neg":-9223372036854775808']) expect(written).toContain(kept);
    expect(parsed).toEqual(referenceParse(text));
  });

  it('never reads digits inside a string as a number, whatever the string holds', () => {
    const texts = [
      '{"a":"x\\"12345678901234567890,","b":-12345678901234567890}',
      '["\\\\",18446744073709551615,"\\\\\\"99999999999999999999\\"",-0.5e-10]',
      '{"sql":"SELECT 99999999999999999999 AS n, \'a\\"b\' -- 18446744073709551616\\n","loc":18446744073709551615}',
      '[99999999999999999,  -99999999999999999 ,9999999999999999e2,"",""]',
    ];
    for (const text of texts) expect(parseLossless(text)).toEqual(referenceParse(text));
  });

  it('agrees with the former reader on random JSON of strings, escapes and numbers of every length', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ['"', '\\\\', '\\"', '-', '.', 'e', 'E', '+', '0', '9', '5', 'a', ':', ',', ' ', '\\n'];
    const randomString = () => JSON.stringify(Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join('').replace(/\\n/g, '\n'));
    const randomNumber = () => {
      const digits = Array.from({ length: 1 + next(24) }, (_, i) => (i === 0 ? 1 + next(9) : next(10))).join('');
      return `${next(2) ? '-' : ''}${digits}${next(4) === 0 ? `.${next(1000)}` : ''}${next(5) === 0 ? `e${next(2) ? '-' : ''}${next(30)}` : ''}`;
    };
    for (let round = 0; round < 500; round++) {
      const items = Array.from({ length: 1 + next(10) }, () => (next(2) ? randomString() : randomNumber()));
      const text = `{"items":[${items.join(',')}],"k":${randomNumber()}}`;
      expect(parseLossless(text)).toEqual(referenceParse(text));
    }
  });
});

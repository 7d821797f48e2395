import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines, type SplitLine } from '../src/batch/split-lines.js';

async function all(chunks: Array<Buffer | string>, maxBytes?: number): Promise<SplitLine[]> {
  const lines: SplitLine[] = [];
  for await (const line of splitLines(Readable.from(chunks), maxBytes)) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it('ends lines as readline does: LF, CR LF (also across chunks), a lone CR, and an unended last line', async () => {
    expect(await all(['one\rtwo\r', '\n\rthree\nfour'])).toEqual([{ text: 'one' }, { text: 'two' }, { text: '' }, { text: 'three' }, { text: 'four' }]);
    expect(await all(['a\n\n'])).toEqual([{ text: 'a' }, { text: '' }]);
  });

  it('decodes a character split between chunks whole', async () => {
    const bytes = Buffer.from('café orders\n');
    expect(await all([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual([{ text: 'café orders' }]);
  });

  it('refuses an over-long line as soon as it passes the limit, before its end arrives, and goes on after it', async () => {
    const input = new PassThrough();
    const lines = splitLines(input, 1_000);
    input.write('short\n{"id": "big", "task": "');
    expect(await lines.next()).toEqual({ done: false, value: { text: 'short' } });
    const next = lines.next();
    // The long line has no end yet: it must be refused from what came so far.
    input.write('x'.repeat(5_000));
    const refused = await next;
    expect(refused.done).toBe(false);
    expect(refused.value).toMatchObject({ overLong: true });
    expect((refused.value as SplitLine).text.startsWith('{"id": "big"')).toBe(true);
    expect((refused.value as SplitLine).text.length).toBeLessThanOrEqual(1_024);
    input.end(`${'y'.repeat(5_000)}"}\r\nafter\n`);
    expect(await lines.next()).toEqual({ done: false, value: { text: 'after' } });
    expect((await lines.next()).done).toBe(true);
  });

  it('refuses a line over the limit that ends in the same chunk, and keeps one exactly at the limit', async () => {
    const exact = 'e'.repeat(100);
    const lines = await all([`${'o'.repeat(101)}\n${exact}\nlast`], 100);
    expect(lines.map((line) => line.overLong ?? false)).toEqual([true, false, false]);
    expect(lines[1]!.text).toBe(exact);
    expect(lines[2]!.text).toBe('last');
  });
});

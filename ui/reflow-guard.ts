import { textWidth } from './cut-text.js';

export interface ReflowGuard {
  /** The plain text of the lines Ink last drew below the scroll-back, when known. */
  setLines(lines: string[] | undefined): void;
  dispose(): void;
}

/** Rows `lines` drawn at `before` columns take once the terminal re-wraps them at `after`. */
export function rowsAfterReflow(lines: string[], before: number, after: number): number {
  let rows = 0;
  for (const line of lines) {
    let rest = textWidth(line);
    do {
      const drawn = Math.min(rest, before);
      rows += Math.max(1, Math.ceil(drawn / after));
      rest -= drawn;
    } while (rest > 0);
  }
  return rows;
}

/**
 * A terminal that re-wraps its lines when it gets narrower turns each of Ink's live lines into
 * several rows, and Ink's erase (one row per line) then leaves the top ones behind: a stale prompt.
 * Listening before Ink does, this erases the extra rows first, so Ink's erase lands where it should.
 */
export function guardReflow(stdout: NodeJS.WriteStream): ReflowGuard {
  let lines: string[] | undefined;
  let columns = stdout.columns || 80;
  const onResize = () => {
    const now = stdout.columns || columns;
    if (lines && now < columns) {
      const extra = rowsAfterReflow(lines, columns, now) - lines.length;
      if (extra > 0) stdout.write('\u001b[2K\u001b[1A'.repeat(extra));
    }
    columns = now;
  };
  stdout.on('resize', onResize);
  return {
    setLines: (next) => {
      lines = next;
    },
    dispose: () => {
      stdout.off('resize', onResize);
    },
  };
}

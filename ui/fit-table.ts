import { formatValue } from '../src/output/format-value.js';
import { cutText, padEnd, padStart, textWidth } from './cut-text.js';

export interface FittedTable {
  /** Ready-to-print lines: header, rule, then one per shown row; none is wider than the width asked for. */
  header: string;
  rule: string;
  lines: string[];
  /** Width of the widest line. */
  width: number;
  hiddenColumns: number;
  hiddenRows: number;
}

export interface FitOptions {
  width: number;
  maxRows?: number;
  /** No cell is wider than this, even when there is room. */
  maxCell?: number;
}

const SEPARATOR = ' │ ';
const MIN_CELL = 6;

function looksNumeric(rows: unknown[][], index: number): boolean {
  const values = rows.map((row) => row[index]).filter((value) => value !== null && value !== undefined);
  return values.length > 0 && values.every((value) => typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)));
}

/** Lays a result out to fit the terminal: the widest columns shrink first (cells cut with an ellipsis), then columns drop off the right. */
export function fitTable(columns: string[], rows: unknown[][], options: FitOptions): FittedTable {
  const maxCell = options.maxCell ?? 40;
  const shown = rows.slice(0, options.maxRows ?? rows.length);
  const text = shown.map((row) => columns.map((_, i) => formatValue(row[i])));
  const widths = columns.map((column, i) => Math.min(maxCell, Math.max(textWidth(column), ...text.map((row) => textWidth(row[i]!)))));
  const floors = widths.map((w) => Math.min(w, MIN_CELL));
  const total = (count: number) => widths.slice(0, count).reduce((sum, w) => sum + w, 0) + SEPARATOR.length * Math.max(0, count - 1);

  let count = columns.length;
  while (total(count) > options.width) {
    let widest = -1;
    for (let i = 0; i < count; i++) if (widths[i]! > floors[i]! && (widest === -1 || widths[i]! > widths[widest]!)) widest = i;
    if (widest === -1) {
      if (count === 1) {
        widths[0] = Math.max(1, options.width);
        break;
      }
      count--;
      continue;
    }
    widths[widest] -= 1;
  }

  const numeric = columns.map((_, i) => looksNumeric(shown, i));
  const line = (cells: string[]) =>
    cells
      .slice(0, count)
      .map((cell, i) => {
        const cut = cutText(cell, widths[i]!);
        return numeric[i] ? padStart(cut, widths[i]!) : padEnd(cut, widths[i]!);
      })
      .join(SEPARATOR)
      .trimEnd();
  const header = line(columns);
  const lines = text.map(line);
  return {
    header,
    rule: widths.slice(0, count).map((w) => '─'.repeat(w)).join('─┼─'),
    lines,
    width: total(count),
    hiddenColumns: columns.length - count,
    hiddenRows: rows.length - shown.length,
  };
}

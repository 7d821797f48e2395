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
  /** Names of the columns that did not fit, in result order. */
  hiddenColumnNames: string[];
  hiddenRows: number;
}

export interface FitOptions {
  width: number;
  maxRows?: number;
  /** Free text longer than this is cut while the columns are chosen; room left over widens it again. */
  maxCell?: number;
  /** Turns a cell into text (default: formatValue); gets the column index so it can follow the column's type. */
  format?: (value: unknown, column: number) => string;
}

const SEPARATOR = ' │ ';
/** Only text at least this wide may be cut to make room, and never below MIN_CUT columns. */
const CUTTABLE = 30;
const MIN_CUT = 16;

const NUMBER_TEXT = /^-?[\d,]+(\.\d+)?$/;
const DATE_TEXT = /^\d{4}-\d{2}(-\d{2})?([ T][\d:.]+)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

function columnKind(cells: string[][], index: number): 'number' | 'date' | 'text' {
  const values = cells.map((row) => row[index]!).filter((value) => value !== 'NULL');
  if (values.length === 0) return 'text';
  if (values.every((value) => NUMBER_TEXT.test(value))) return 'number';
  if (values.every((value) => DATE_TEXT.test(value))) return 'date';
  return 'text';
}

/** One line per cell: a newline inside a value would break the table's rows apart. */
const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, '↵');

/**
 * Lays a result out to fit the terminal. Values stay whole: columns are taken from the left while
 * they fit and the rest are dropped and named; only long free text is cut (with an ellipsis),
 * and any room left widens it again.
 */
export function fitTable(columns: string[], rows: unknown[][], options: FitOptions): FittedTable {
  const maxCell = options.maxCell ?? 40;
  const format = options.format ?? ((value: unknown) => formatValue(value));
  const shown = rows.slice(0, options.maxRows ?? rows.length);
  const text = shown.map((row) => columns.map((_, i) => oneLine(format(row[i], i))));
  const kinds = columns.map((_, i) => columnKind(text, i));
  const natural = columns.map((column, i) => Math.max(textWidth(column), ...text.map((row) => textWidth(row[i]!))));
  const cuttable = natural.map((w, i) => kinds[i] === 'text' && w >= CUTTABLE);
  const widths = natural.map((w, i) => (cuttable[i] ? Math.min(w, maxCell) : w));

  const total = (count: number) => widths.slice(0, count).reduce((sum, w) => sum + w, 0) + SEPARATOR.length * Math.max(0, count - 1);
  let count = 0;
  while (count < columns.length) {
    const room = options.width - total(count) - (count > 0 ? SEPARATOR.length : 0);
    if (widths[count]! <= room) {
      count++;
      continue;
    }
    if (count === 0) {
      widths[0] = Math.max(1, options.width);
      count = 1;
    } else if (cuttable[count] && room >= MIN_CUT) {
      widths[count] = room;
      count++;
    }
    break;
  }
  let spare = options.width - total(count);
  for (let i = 0; i < count && spare > 0; i++) {
    const grow = Math.min(spare, natural[i]! - widths[i]!);
    if (grow > 0) {
      widths[i]! += grow;
      spare -= grow;
    }
  }

  const line = (cells: string[]) =>
    cells
      .slice(0, count)
      .map((cell, i) => {
        const cut = cutText(cell, widths[i]!);
        return kinds[i] === 'number' ? padStart(cut, widths[i]!) : padEnd(cut, widths[i]!);
      })
      .join(SEPARATOR)
      .trimEnd();
  return {
    header: line(columns),
    rule: widths.slice(0, count).map((w) => '─'.repeat(w)).join('─┼─'),
    lines: text.map(line),
    width: total(count),
    hiddenColumns: columns.length - count,
    hiddenColumnNames: columns.slice(count),
    hiddenRows: rows.length - shown.length,
  };
}

import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionWord } from './question-words.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import { findTable, isDateColumn, isKeyColumn } from './schema-lookup.js';
import { saysPresentMoment } from '../../lexicon/present-moment.js';


/**
 * "horses here right now", "at the moment", "at present", "currently", and "current" before the rows' own name ("our
 * current engineers"): like "still", the rows whose state has not ended.
 */
function saysNow(words: readonly QuestionWord[], k: number, rowWords: ReadonlySet<number>): boolean {
  if (saysPresentMoment(words, k)) return true;
  return words[k]!.text === 'current' && rowWords.has(k + 1);
}

/**
 * "riders who are still with us", "makers still alive", "faults still open": "still" says a state has not ended, and
 * a row whose table has a start it always records (a NOT NULL date) and, after it, one date it may leave empty
 * (end_dt, left_on, closed_on) records that end there, so the rows still going are those with nothing there yet (IS NULL). Only for the
 * rows asked about, and only when no other filter read the words after "still" ("still only quotes" is a status).
 */
export function stillFilters(words: readonly QuestionWord[], schemas: readonly TableSchema[], base: string, used: ReadonlySet<number>, rowWords: ReadonlySet<number> = new Set()): RowFilter[] {
  const at = words.findIndex((w, k) => w.text === 'still' || saysNow(words, k, rowWords));
  if (at < 0 || used.has(at)) return [];
  // "still only quotes" is a status; "right now" and "at the moment" qualify the whole clause, whatever follows them.
  for (let k = at + 1; words[at]!.text === 'still' && k < words.length; k++) {
    if (used.has(k)) return [];
    if (words[k]!.clauseEnd) break;
  }
  const table = findTable(schemas, base);
  if (!table) return [];
  const dates = table.columns.filter((c) => isDateColumn(c) && !isKeyColumn(c));
  const open = dates.filter((c) => c.nullable);
  // The end is written after the start it closes (started_on, left_on), as a table's columns are laid out.
  if (open.length !== 1 || !dates.slice(0, dates.indexOf(open[0]!)).some((c) => !c.nullable)) return [];
  const column = open[0]!;
  return [{ table: table.name, column: column.name, sql: `${ref(table.name, column.name)} IS NULL`, words: [at] }];
}

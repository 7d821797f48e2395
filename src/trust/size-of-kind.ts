import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context, TableSchema } from '../context/context-schema.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { GroundedWord } from './ground-question.js';

/** Name parts that say a column measures how big something is. */
const SIZE_PARTS = /^(size|sizes|sz|dimension|dimensions|length|len|width|area|capacity|cap|volume|vol|gauge)$/;
const BOOLEAN_TYPE = /^bool/i;

/**
 * "needle size per session" where NDL is a stored supply code, "shed size per plot" where shed is a yes-or-no column: the
 * size of a thing the data names only as a kind of row or as a flag. "size" is filler to grounding ("basket size",
 * "party size" count rows or read the column before it), so the thing before it seems to answer; but a kind stored as
 * a value has no size unless its table has a column that measures one, and a flag has none unless a column is named
 * for that thing's size. The phrase ("needle size"), or undefined.
 */
export function sizeOfKind(context: Context, words: readonly GroundedWord[]): string | undefined {
  const all = questionWords(context.task.text);
  for (const size of all) {
    if (!/^sizes?$/.test(size.text)) continue;
    const before = all[size.index - 1];
    if (!before || before.clauseEnd) continue;
    const evidence = words.find((entry) => entry.word.offset === before.offset)?.evidence;
    const phrase = `${before.text} ${size.text}`;
    // "ring size of the rings pledged" where RING is a stored item kind a comment glosses: prose links the word, but
    // the thing is the stored kind the linker matched, by the word or its stem, elsewhere in the question.
    const kinds = context.matched_values.filter((match) => questionWords(match.matched_text).some((word) => word.text === before.text || (evidence === 'text' && word.stem === before.stem)));
    if (evidence === 'value' || (evidence === 'text' && kinds.length > 0)) {
      const tables = kinds
        .map((match) => context.table_schemas.find((table) => table.name === match.table));
      if (tables.length > 0 && tables.every((table) => table !== undefined && !measuresSize(table))) return phrase;
    } else if (evidence === 'column') {
      const root = wordRoot(before.text);
      const named = context.table_schemas.flatMap((table) => table.columns.filter((column) => splitIdentifier(column.name).some((part) => wordRoot(part.toLowerCase()) === root)));
      if (named.length > 0 && named.every((column) => BOOLEAN_TYPE.test(column.type))) return phrase;
    }
  }
  return undefined;
}

/** Whether a column of the table is named for a size (size, length, width, area, capacity, volume, gauge). */
export function measuresSize(table: Pick<TableSchema, 'columns'>): boolean {
  return table.columns.some((column) => splitIdentifier(column.name).some((part) => SIZE_PARTS.test(part.toLowerCase())));
}

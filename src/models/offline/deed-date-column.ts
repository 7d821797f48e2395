import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import type { DateColumn } from './date-column.js';
import type { QuestionWord } from './question-words.js';
import type { RowFilter } from './row-filter.js';
import { findTable, isDateColumn } from './schema-lookup.js';

/** Name parts that say a column holds a date, not what happened on it. */
const DATE_PARTS = /^(date|dt|dte|day|on|at|time|timestamp|ts|when)$/;

/**
 * "dogs picked up in September" over stays with a status 'PICKED UP' and a pickup_dt: the status value the question
 * names is the deed a date column of the same table is named for, so the period dates that column, and the status
 * (a row's latest state, which may have moved on) keeps no rows. The filter and the column, when one such column is
 * found; a status named without a period is left a status.
 */
export function deedDateColumn(filters: readonly RowFilter[], words: readonly QuestionWord[], schemas: readonly TableSchema[]): { filter: RowFilter; column: DateColumn } | undefined {
  for (const filter of filters) {
    if (filter.words.length === 0 || filter.words.length > 3 || ('negated' in filter && filter.negated)) continue;
    const table = findTable(schemas, filter.table);
    if (!table) continue;
    const spoken = filter.words.map((at) => words[at]?.text ?? '');
    const forms = spoken.map((word) => [word, ...inflectionBases(word)]);
    const glued = new Set(forms.reduce<string[]>((acc, options) => acc.flatMap((head) => options.map((option) => head + option)), ['']).map(stemWord));
    const found = table.columns.filter((column) => {
      if (!isDateColumn(column) || column.name === filter.column) return false;
      const deed = splitIdentifier(column.name).map((part) => part.toLowerCase()).filter((part) => !DATE_PARTS.test(part));
      return deed.length > 0 && glued.has(stemWord(deed.join('')));
    });
    if (found.length === 1) return { filter, column: { table: table.name, column: found[0]!.name } };
  }
  return undefined;
}


import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import { isDateColumn, isKeyColumn } from './schema-lookup.js';
import { shortens } from './shortens.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';

/**
 * "unpaid invoices" over a nullable paid_dt (or pd_dt): "un" before the word that opens the name of a column that may
 * be empty says the rows have nothing there yet (IS NULL). The word is the name's first part, a form of it, or the
 * part its consonants shorten to; one column only (the date one of several), and no word another filter took.
 */
export function unsetFilters(analysis: QuestionAnalysis, schemas: readonly TableSchema[], used: ReadonlySet<number>): RowFilter[] {
  const filters: RowFilter[] = [];
  for (const word of analysis.words) {
    if (used.has(word.index) || !/^un[a-z]{4,}$/.test(word.text)) continue;
    const rest = word.text.slice(2);
    const forms = new Set([rest, stemWord(rest), ...inflectionBases(rest)]);
    const columns = schemas.flatMap((table) =>
      table.columns
        .filter((column) => column.nullable && !isKeyColumn(column))
        .filter((column) => {
          const first = splitIdentifier(column.name)[0]?.toLowerCase() ?? '';
          return forms.has(first) || forms.has(stemWord(first)) || shortens(first, rest, { consonants: true, keepsLast: true });
        })
        .map((column) => ({ table: table.name, column })),
    );
    // pd_dt and pd_amt: the date says whether the deed was done.
    const dated = columns.length > 1 ? columns.filter((c) => isDateColumn(c.column)) : columns;
    if (dated.length !== 1) continue;
    const { table, column } = dated[0]!;
    filters.push({ table, column: column.name, sql: `${ref(table, column.name)} IS NULL`, words: [word.index] });
  }
  return filters;
}

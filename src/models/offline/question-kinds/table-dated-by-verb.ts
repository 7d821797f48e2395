import type { TableSchema } from '../../../context/context-schema.js';
import { bareName } from '../bare-name.js';
import { namesVerb } from '../event-date-column.js';
import type { QuestionWord } from '../question-words.js';
import { questionVerbs } from '../question-verbs.js';
import { isDateColumn } from '../schema-lookup.js';

/**
 * "species that have never been sent" (distributions.sent_dt), "sites that had nothing collected" (accessions.collected_dt):
 * a verb of words `from`..`to` that a date column is named after names the rows of that column's table, the events it
 * dates. Only when one table has such a column.
 */
export function tableDatedByVerb(words: readonly QuestionWord[], from: number, to: number, schemas: readonly TableSchema[]): { table: string; at: number } | undefined {
  const clause = words.slice(from, to);
  const verbs = questionVerbs(clause);
  if (verbs.length === 0) return undefined;
  const tables = schemas.filter((table) => table.columns.some((column) => isDateColumn(column) && verbs.some((verb) => namesVerb(column.name, verb))));
  if (new Set(tables.map((t) => bareName(t.name))).size !== 1) return undefined;
  const verb = verbs.find((v) => tables[0]!.columns.some((column) => isDateColumn(column) && namesVerb(column.name, v)))!;
  return { table: tables[0]!.name, at: clause.find((w) => w.text === verb[0])!.index };
}

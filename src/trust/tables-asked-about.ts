import type { Context, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { evidenceOf, namesRoots } from './ground-question.js';
import { readsTable } from './reads-table.js';
import { sqlShape } from './sql-shape.js';

/**
 * The linked tables a question is about: those its words name ("patients") or hold a value it names, with those its SQL
 * reads. Tables linked only as join partners nobody named are not among them. When the question names no table, every
 * linked table: the SQL's choice alone may be a guess.
 */
export function tablesAskedAbout(context: Context, sql: string | undefined): TableSchema[] {
  const tables = context.table_schemas;
  const words = questionWords(context.task.text).filter((word) => word.text.length > 2);
  const code = sql === undefined ? '' : sqlShape(sql).code;
  const valued = new Set(context.matched_values.map((match) => bareName(match.table)));
  const named = tables.filter((table) => valued.has(bareName(table.name)) || words.some((word) => evidenceOf(word, namesRoots({ table: [table.name] })) === 'table'));
  if (named.length === 0) return [...tables];
  return tables.filter((table) => named.includes(table) || readsTable(code, bareName(table.name)));
}

import type { Context, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { sqlShape } from './sql-shape.js';
import { tableHoldsKind } from './column-kind.js';
import { ANSWER_KIND_DESCRIPTIONS, expectedAnswerKind, type AnswerKind } from './expected-answer-kind.js';
import { tablesAskedAbout } from './tables-asked-about.js';
import { listPhrases } from './ungrounded-phrases.js';

const ROLE_KINDS = new Set<AnswerKind>(['person', 'place']);

/**
 * Why a query that ran still cannot answer the question, judged after execution: its form asks for a kind of answer
 * ("When …" a date, "How old …" an age, "after 10 pm" a time of day, "mobile number" a phone number) that no column of
 * the tables it is about holds, by type, name, comment or sample values (a DATE column holds no time of day). Whatever
 * the query returned, it is not that.
 */
export function judgeAnswerKind(context: Context): string | undefined {
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  const expected = expectedAnswerKind(context.task.text);
  if (!expected) return undefined;
  // A table the SQL reads that nobody linked may hold the kind: its columns are not known here.
  if (readsUnlinkedTable(attempt.sql, context.table_schemas)) return undefined;
  // A person or a place is usually another table's row (the doctor who prescribed, the venue of a concert).
  const about = ROLE_KINDS.has(expected.kind) ? context.table_schemas : tablesAskedAbout(context, attempt.sql, expected.phrase);
  if (about.some((table) => tableHoldsKind(table, expected.kind))) return undefined;
  const tables = about.map((table) => table.name);
  return `nothing in ${context.task.namespace} records ${ANSWER_KIND_DESCRIPTIONS[expected.kind]} for ${listPhrases(tables)}, which "${expected.phrase}" asks for, so the data cannot answer this question`;
}

/** Whether a FROM or JOIN of the SQL names a table that is not among the linked ones (a CTE's name aside). */
function readsUnlinkedTable(sql: string, tables: readonly TableSchema[]): boolean {
  const code = sqlShape(sql).code;
  const linked = new Set(tables.map((table) => bareName(table.name)));
  const defined = new Set([...code.matchAll(/\b(\w+)\s+as\s*\(/g)].map((match) => match[1]!));
  return [...code.matchAll(/\b(?:from|join)\s+((?:"?\w+"?\.)*"?\w+"?)/g)].some((match) => {
    const name = bareName(match[1]!);
    return !linked.has(name) && !defined.has(name);
  });
}

import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import { joinsFanOut } from '../join-graph.js';
import { emptySpec, ref } from '../query-spec.js';
import { questionWords } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { findTable, isDateColumn, primaryKey } from '../schema-lookup.js';
import type { KindCandidate } from './kind-candidate.js';
import { tableNamedByWord } from './table-named-by-word.js';

const BETWEEN = /\b(days?|time)\s+(?:between|from)\s+(.+?)\s+(?:and|to|until)\s+(.+?)(?=[?.!,]|$)/i;

/** "average days between order and return": the difference of the two events' dates through the dialect, averaged when asked. */
export function daysBetween(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = BETWEEN.exec(text);
  if (!match) return undefined;
  const schemas = context.table_schemas;
  const words = questionWords(text);
  const sideAt = (phrase: string, from: number): number => words.findIndex((w) => w.offset >= text.indexOf(phrase, from));
  const firstAt = sideAt(match[2]!, match.index);
  const secondAt = sideAt(match[3]!, match.index + match[0].length - match[3]!.length);
  const first = tableNamedByWord(words, firstAt, schemas);
  const second = tableNamedByWord(words, secondAt, schemas);
  if (!first || !second || first.at >= secondAt || bareName(first.table) === bareName(second.table)) return undefined;
  const start = dateOf(schemas, first.table);
  const end = dateOf(schemas, second.table);
  if (!start || !end) return undefined;
  const base = joinsFanOut(second.table, [first.table], schemas) ? first.table : second.table;
  const other = base === first.table ? second.table : first.table;
  const spec = emptySpec(base);
  spec.tables = [other];
  spec.qualify = true;
  const diff = dialect.daysBetween(ref(first.table, start), ref(second.table, end));
  if (/\b(average|avg|mean|typical)\b|\bon average\b/i.test(text)) {
    spec.select = [{ expr: `AVG(${diff})`, alias: 'average_days' }];
  } else if (/\b(max|maximum|longest|most)\b/i.test(text)) {
    spec.select = [{ expr: `MAX(${diff})`, alias: 'max_days' }];
  } else {
    const key = primaryKey(findTable(schemas, base)!);
    spec.select = [...(key ? [{ expr: ref(base, key.name) }] : []), { expr: ref(first.table, start) }, { expr: ref(second.table, end) }, { expr: diff, alias: 'days' }];
    spec.orderBy = key ? ['1'] : [];
  }
  const rendered = renderSql(spec, schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [`days from ${first.table}.${start} to ${second.table}.${end}`] };
}

function dateOf(schemas: Context['table_schemas'], table: string): string | undefined {
  return findTable(schemas, table)?.columns.find((c) => isDateColumn(c))?.name;
}

import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { parseDateRanges } from '../../../dates/parse-date-ranges.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { emptySpec, ref } from '../query-spec.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions } from '../schema-mentions.js';
import { findTable, primaryKey } from '../schema-lookup.js';
import type { KindCandidate } from './kind-candidate.js';

/**
 * "How many different templates do the documents use?", "How many departments offer any degree?": the rows of one
 * table that another table's rows point to, counted as the distinct values of the pointing key.
 */
export function relatedDistinctCount(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const analysis = analyzeQuestion(text);
  if (analysis.aggregate?.kind !== 'count' || analysis.ranking || analysis.byPhrases.length > 0 || context.matched_values.length > 0) return undefined;
  if (!analysis.distinct && !/\bany\b/i.test(text)) return undefined;
  // "How many different blocks did we pick in 2021?": a time keeps some of the pointing rows, which this count reads all of.
  if (analysis.years.length > 0 || context.date_ranges.length > 0 || parseDateRanges(text, context.task.current_date).length > 0) return undefined;
  const schemas = context.table_schemas;
  const named = schemaMentions(analysis.words, schemas).filter((m) => m.column === undefined && m.start > analysis.aggregate!.at);
  const tables = named.filter((m) => m.full).sort((a, b) => a.start - b.start);
  const counted = tables[0];
  // "departments offer degrees" over Degree_Programs: the pointing table may be named by one word of its name, when
  // that word names no other table.
  const partial = named.filter((m) => !m.full && m.start > (counted?.end ?? Infinity) && !named.some((o) => o.start === m.start && bareName(o.table) !== bareName(m.table)));
  const pointing = tables.find((m) => bareName(m.table) !== bareName(counted?.table ?? '')) ?? (new Set(partial.map((m) => bareName(m.table))).size === 1 ? partial[0] : undefined);
  if (!counted || !pointing || tables.some((m) => m !== counted && bareName(m.table) !== bareName(counted.table) && bareName(m.table) !== bareName(pointing.table))) return undefined;
  const target = findTable(schemas, counted.table);
  const source = findTable(schemas, pointing.table);
  const key = target ? primaryKey(target) : undefined;
  if (!target || !source || !key) return undefined;
  const keys = source.columns.filter((c) => c.references && bareName(c.references.split('.').slice(0, -1).join('.')) === bareName(target.name));
  if (keys.length !== 1) return undefined;
  const spec = emptySpec(source.name);
  spec.select = [{ expr: `COUNT(DISTINCT ${ref(source.name, keys[0]!.name)})`, alias: `${bareName(target.name)}_count` }];
  const rendered = renderSql(spec, schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [`counts the distinct ${target.name} that ${source.name} rows point to (${keys[0]!.name})`] };
}

import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { planQuery } from '../plan-query.js';
import { renderSql } from '../render-sql.js';
import { sqlString } from '../sql-identifier.js';
import { valueFilters } from '../value-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { linkTable } from './link-table.js';
import { relatedRows } from './related-rows.js';

/**
 * "students who have both cats and dogs": each value must have its own related row, so one EXISTS per value
 * instead of an IN list, which accepts either one.
 */
export function bothValues(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const analysis = analyzeQuestion(context.task.text);
  const bothAt = analysis.words.findIndex((w) => w.text === 'both');
  if (bothAt < 0) return undefined;
  const listed = valueFilters(context, analysis, new Set(), dialect).find((f) => !f.negated && f.values.length === 2 && f.words.every((w) => w > bothAt));
  if (!listed) return undefined;
  const planned = planQuery(context, analysis, dialect);
  const spec = planned.spec;
  const base = spec.base;
  if (bareName(base) === bareName(listed.table)) return undefined;
  const link = linkTable(context.table_schemas, base, listed.table, analysis.words.map((w) => w.text));
  const at = spec.where.findIndex((w) => w.startsWith(`{${listed.table}.${listed.column}}`) && / IN \(/.test(w));
  if (!link || at < 0) return undefined;
  spec.where.splice(at, 1);
  const stillNeeded = [...spec.where, ...spec.select.map((s) => s.expr), ...spec.groupBy, ...spec.orderBy].some((part) => part.includes(`{${listed.table}.`));
  if (!stillNeeded) {
    spec.tables = spec.tables.filter((t) => bareName(t) !== bareName(listed.table) && bareName(t) !== bareName(link.from));
    spec.distinct = analysis.distinct;
  }
  spec.qualify = true;
  for (const value of listed.values) {
    const filter = { ...listed, sql: `{${listed.table}.${listed.column}} = ${sqlString(value, dialect)}` };
    spec.where.push(`EXISTS (${relatedRows(link, [filter], context.table_schemas, dialect)})`);
  }
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return {
    sql: rendered.sql,
    tables: [...rendered.tables, link.from, listed.table],
    explanation: [...planned.explanation.filter((e) => !e.startsWith('keeps rows where')), `keeps ${base} with a ${listed.table} row for each of ${listed.values.join(' and ')}`],
  };
}

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
  if (!listed) return bothYears(context, analysis, bothAt, dialect);
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

/**
 * "stadiums that had concerts in both 2014 and 2015": the rows listed must have a related row in each year, so the
 * listing is kept for each year on its own and the two are intersected, instead of the IN list that accepts either.
 */
function bothYears(context: Context, analysis: ReturnType<typeof analyzeQuestion>, bothAt: number, dialect: SqlDialect): KindCandidate | undefined {
  const [first, second] = [analysis.words[bothAt + 1]?.text, analysis.words[bothAt + 3]?.text];
  if (!first || !second || analysis.words[bothAt + 2]?.text !== 'and' || !analysis.years.includes(Number(first)) || !analysis.years.includes(Number(second))) return undefined;
  const planned = planQuery(context, analysis, dialect);
  const spec = planned.spec;
  if (spec.groupBy.length > 0 || spec.limit !== undefined || spec.select.some((s) => /\b(COUNT|SUM|AVG|MIN|MAX)\(/i.test(s.expr))) return undefined;
  const list = ` IN (${first}, ${second})`;
  const at = spec.where.findIndex((w) => w.endsWith(list));
  if (at < 0) return undefined;
  const yearTable = /\{([^{}]+)\.[^{}.]+\}/.exec(spec.where[at]!)?.[1];
  if (!yearTable || bareName(yearTable) === bareName(spec.base)) return undefined;
  const each = (year: string) => renderSql({ ...spec, orderBy: [], where: spec.where.map((w, k) => (k === at ? `${w.slice(0, -list.length)} = ${year}` : w)) }, context.table_schemas, dialect);
  const [a, b] = [each(first), each(second)];
  return {
    sql: `${a.sql}\nINTERSECT\n${b.sql}`,
    tables: [...a.tables],
    explanation: [...planned.explanation.filter((e) => !e.startsWith('keeps rows where')), `keeps ${spec.base} with a ${yearTable} row in ${first} and one in ${second} (INTERSECT)`],
  };
}

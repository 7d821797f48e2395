import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { planQuery } from '../plan-query.js';
import { ref } from '../query-spec.js';
import { renderSql } from '../render-sql.js';
import { singular } from '../singular.js';
import { schemaMentions } from '../schema-mentions.js';
import { valueFilters } from '../value-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { measureSelect } from './measure-select.js';
import { planText } from './plan-text.js';
import { parseDateRanges } from '../../../dates/parse-date-ranges.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import { monthNumberByStart } from '../../../dates/month-names.js';

const VERSUS = /\b(vs\.?|versus|compared (?:to|with)|against)(?=\s)/i;
/** Month names and their three-letter forms, capitalised ("may" is a verb, "Mar" and "Jun" are not). */
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g;

/** "revenue in 2024 vs 2025", "enterprise vs consumer revenue": one labelled row per side. */
export function sideBySide(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  if (!VERSUS.test(text)) return undefined;
  const years = [...text.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  if (years.length >= 2) return yearSides(context, dialect, [...new Set(years)].sort());
  // "this year compared with last year": whole calendar years the question names by where they lie from today.
  const wholeYears = wholeYearRanges(context);
  if (years.length === 0 && wholeYears.length >= 2) return yearSides(context, dialect, [...new Set(wholeYears.map((r) => r.year))].sort(), wholeYears.map((r) => r.phrase));
  const months = [...text.matchAll(MONTH)].map((m) => monthNumberByStart(m[1]!)!);
  if (years.length === 0 && new Set(months).size >= 2) return monthSides(context, dialect, [...new Set(months)].sort((a, b) => a - b));
  const analysis = analyzeQuestion(text);
  const planned = planQuery(context, analysis, dialect);
  const item = measureSelect(planned) ?? (planned.spec.select.length === 0 || !planned.measureAlias ? { expr: 'COUNT(*)', alias: `${singular(planned.spec.base)}_count` } : undefined);
  const fullWords = new Set(schemaMentions(analysis.words, context.table_schemas).filter((m) => m.full).flatMap((m) => Array.from({ length: m.end - m.start }, (_, i) => m.start + i)));
  const sides = valueFilters(context, analysis, fullWords, dialect).find((f) => f.values.length >= 2 && !f.negated);
  if (!item || !sides || planned.spec.groupBy.length > 0) return undefined;
  const spec = planned.spec;
  spec.select = [{ expr: ref(sides.table, sides.column) }, item];
  spec.tables = [...spec.tables, sides.table];
  spec.groupBy = ['1'];
  spec.orderBy = ['1'];
  spec.limit = undefined;
  spec.distinct = false;
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `one row per ${sides.column}`] };
}

/** The date ranges of the question that are each one whole calendar year ("this year", "last year"), with their years. */
function wholeYearRanges(context: Context): Array<{ phrase: string; year: number }> {
  const ranges = context.date_ranges.length > 0 ? context.date_ranges : parseDateRanges(context.task.text, context.task.current_date);
  return ranges.flatMap((range) => {
    const start = /^(\d{4})-01-01$/.exec(range.start);
    return start && range.end === `${Number(start[1]) + 1}-01-01` ? [{ phrase: range.phrase, year: Number(start[1]) }] : [];
  });
}

function yearSides(context: Context, dialect: SqlDialect, years: number[], phrases: readonly string[] = []): KindCandidate | undefined {
  const named = phrases.reduce((text, phrase) => text.replace(new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'i'), ' '), context.task.text);
  const text = named.replace(/\b(in|during|for|of|from|between)?\s*(19|20)\d\d\b/gi, ' ').replace(VERSUS, ' ').replace(/\b(and|or)\s*$/i, '');
  const { planned } = planText(context, `${text.replace(/\s+/g, ' ').trim()} by year`, dialect);
  const yearItem = planned.spec.select.find((s) => s.alias === 'year');
  const column = yearItem && /\{[^{}]+\}/.exec(yearItem.expr)?.[0];
  if (!yearItem || !column || !measureSelect(planned)) return undefined;
  const spec = planned.spec;
  const ranges = years.map((y) => `(${column} >= ${dialect.date(`${y}-01-01`)} AND ${column} < ${dialect.date(`${y + 1}-01-01`)})`);
  spec.where.push(ranges.length === 1 ? ranges[0]! : `(${ranges.join(' OR ')})`);
  yearItem.expr = dialect.extract('year', column);
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `one row per year: ${years.join(', ')}`] };
}

/**
 * "Units affected by defects, Oct vs Nov?": one row per month named, each month its latest occurrence up to the
 * current date, the thing compared added up when the question names a quantity rather than a count.
 */
function monthSides(context: Context, dialect: SqlDialect, months: number[]): KindCandidate | undefined {
  const text = context.task.text.replace(MONTH, ' ').replace(VERSUS, ' ').replace(/\b(in|during|for|of|from|between|and|or)\s*(?=[,?.!]|\s*$)/gi, ' ').replace(/[,?.!]+/g, ' ').replace(/\s+/g, ' ').trim();
  const plan = (question: string) => {
    const { planned } = planText(context, question, dialect);
    const monthItem = planned.spec.select.find((s) => s.alias === 'month');
    const item = measureSelect(planned);
    return monthItem && item && /^(SUM|COUNT)\(/i.test(item.expr) ? { planned, monthItem } : undefined;
  };
  const named = planText(context, text, dialect).planned;
  const counted = named.measureAlias !== undefined;
  const found = counted ? plan(`${text} per month`) : (plan(`total ${text} per month`) ?? plan(`${text} per month`));
  const column = found && /\{[^{}]+\}/.exec(found.monthItem.expr)?.[0];
  if (!found || !column) return undefined;
  const today = new Date(`${context.task.current_date}T00:00:00Z`);
  const ranges = months.map((month) => {
    const year = month <= today.getUTCMonth() + 1 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    return `(${column} >= ${dialect.date(`${year}-${String(month).padStart(2, '0')}-01`)} AND ${column} < ${dialect.date(next)})`;
  });
  const spec = found.planned.spec;
  spec.where.push(`(${ranges.join(' OR ')})`);
  found.monthItem.expr = dialect.extract('month', column);
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...found.planned.explanation, `one row per month: ${months.join(', ')}`] };
}

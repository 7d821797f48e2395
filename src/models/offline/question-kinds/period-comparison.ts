import type { Context, DateRange } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { parseDateRanges } from '../../../dates/parse-date-ranges.js';
import { renderSql } from '../render-sql.js';
import type { KindCandidate } from './kind-candidate.js';
import { planText } from './plan-text.js';

const COMPARED = /\b(more|fewer|less)\b(.*?)\bthan\b/i;

/**
 * "Which districts had more incidents in the first half of 2026 than in the first half of 2025?": the groups whose
 * measure over the first period beats (or, for "fewer", falls short of) their measure over the second. Planned as
 * "Which districts had the most incidents in the first half of 2026", then both periods are taken apart in HAVING.
 */
export function periodComparison(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const compared = COMPARED.exec(text);
  if (!compared || !/^\s*(which|what)\b/i.test(text)) return undefined;
  const ranges = context.date_ranges.length > 0 ? context.date_ranges : parseDateRanges(text, context.task.current_date);
  const than = compared.index + compared[0].length;
  const first = ranges.find((range) => text.indexOf(range.phrase) >= 0 && text.indexOf(range.phrase) < than);
  const second = ranges.find((range) => text.indexOf(range.phrase, than) >= than);
  // Two periods apart: "starting in 2026" read as "since 2026" overlaps "since 2025", and nothing is compared.
  if (!first || !second || !(first.end <= second.start || second.end <= first.start)) return undefined;
  const fewer = compared[1]!.toLowerCase() !== 'more';
  const asked = `${text.slice(0, compared.index)}the ${fewer ? 'fewest' : 'most'}${text.slice(compared.index + compared[1]!.length, compared.index + compared[0].length - 4)}`.replace(/\s+/g, ' ').trim();
  const { planned } = planText(context, asked, dialect);
  const spec = planned.spec;
  const groups = planned.groupAliases.length;
  const ranked = /^(.*) (ASC|DESC)$/.exec(spec.orderBy[0] ?? '');
  const dated = spec.where.findIndex((w) => w.includes(first.start));
  const column = dated >= 0 ? /\{[^{}]+\}/.exec(spec.where[dated]!)?.[0] : undefined;
  if (groups === 0 || !ranked || !column) return undefined;
  const measure = /^[A-Z]+\(/.test(ranked[1]!) ? ranked[1]! : spec.select[groups]?.expr;
  if (!measure) return undefined;
  const within = (range: DateRange) => periodMeasure(measure, periodCondition(column, range, dialect));
  const [a, b] = [within(first), within(second)];
  if (!a || !b) return undefined;
  spec.where.splice(dated, 1);
  spec.select = spec.select.slice(0, groups);
  spec.having = [`${a} ${fewer ? '<' : '>'} ${b}`];
  spec.orderBy = ['1'];
  spec.limit = undefined;
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `keeps the groups with ${fewer ? 'less' : 'more'} in ${first.phrase} than in ${second.phrase}`] };
}

function periodCondition(column: string, range: DateRange, dialect: SqlDialect): string {
  const sides = [/^\d{4}-\d\d-\d\d$/.test(range.start) ? `${column} >= ${dialect.date(range.start)}` : '', /^\d{4}-\d\d-\d\d$/.test(range.end) ? `${column} < ${dialect.date(range.end)}` : ''];
  return sides.filter(Boolean).join(' AND ');
}

/** The ranking measure taken over the rows of one period only: COUNT(*), SUM(x) and COUNT(DISTINCT x). */
function periodMeasure(measure: string, condition: string): string | undefined {
  if (condition === '') return undefined;
  if (/^COUNT\(\*\)$/i.test(measure)) return `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const distinct = /^COUNT\(DISTINCT (.+)\)$/i.exec(measure);
  if (distinct) return `COUNT(DISTINCT CASE WHEN ${condition} THEN ${distinct[1]} END)`;
  const sum = /^SUM\((.+)\)$/i.exec(measure);
  if (sum) return `SUM(CASE WHEN ${condition} THEN ${sum[1]} ELSE 0 END)`;
  return undefined;
}

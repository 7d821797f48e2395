import type { Context } from '../../../context/context-schema.js';
import type { DatePart, SqlDialect } from '../../../dialects/sql-dialect.js';
import { renderSql } from '../render-sql.js';
import type { KindCandidate } from './kind-candidate.js';
import { planText } from './plan-text.js';

const PARTS: Array<{ pattern: RegExp; grain: 'day' | 'month' | 'quarter'; part: DatePart; alias: string }> = [
  { pattern: /\b(day of (the )?week|weekdays?|day-of-week)\b/i, grain: 'day', part: 'day_of_week', alias: 'day_of_week' },
  { pattern: /\b(month of (the )?year|calendar month)\b/i, grain: 'month', part: 'month', alias: 'month_of_year' },
  { pattern: /\b(quarter of (the )?year)\b/i, grain: 'quarter', part: 'quarter', alias: 'quarter_of_year' },
];

/** "orders by day of week", "revenue by month of year": grouped by a calendar part (0 = Sunday), not by date. */
export function calendarPart(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const found = PARTS.find((p) => p.pattern.test(context.task.text));
  if (!found) return undefined;
  const { planned } = planText(context, context.task.text.replace(found.pattern, found.grain), dialect);
  const item = planned.spec.select.find((s) => s.alias === found.grain);
  const column = item && /\{[^{}]+\}/.exec(item.expr)?.[0];
  if (!item || !column) return undefined;
  item.expr = dialect.extract(found.part, column);
  item.alias = found.alias;
  const rendered = renderSql(planned.spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `by ${found.alias.replace(/_/g, ' ')}${found.part === 'day_of_week' ? ' (0 = Sunday)' : ''}`] };
}

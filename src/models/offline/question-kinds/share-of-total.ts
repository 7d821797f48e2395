import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import { renderSql } from '../render-sql.js';
import { schemaMentions } from '../schema-mentions.js';
import { valueFilters } from '../value-filters.js';
import type { KindCandidate } from './kind-candidate.js';
import { measureSelect, summedValue } from './measure-select.js';
import { planText } from './plan-text.js';
import { wordRange } from '../word-range.js';

export const SHARE = /\b(?:what|which)?\s*(?:is\s+the\s+)?(percent(?:age)?|share|proportion|fraction|ratio)\s+of\b/i;

/**
 * "what percent of orders were cancelled", "share of revenue from mobile": the measure where the question's
 * value filters hold, over the measure of all rows, as a percent (per group when grouped).
 */
export function shareOfTotal(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = SHARE.exec(text);
  if (!match) return undefined;
  const rewritten = `${text.slice(0, match.index)} how many ${text.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim();
  const { planned, analysis, context: planned_context } = planText(context, rewritten, dialect);
  const item = measureSelect(planned);
  const value = item && summedValue(item.expr);
  if (!item || !value) return undefined;
  const fullWords = new Set(schemaMentions(analysis.words, planned_context.table_schemas).filter((m) => m.full).flatMap((m) => wordRange(m.start, m.end)));
  const parts = new Set(valueFilters(planned_context, analysis, fullWords, dialect).map((f) => f.sql));
  const condition = planned.spec.where.filter((w) => parts.has(w));
  if (condition.length === 0) return undefined;
  const spec = planned.spec;
  spec.where = spec.where.filter((w) => !parts.has(w));
  const numerator = `SUM(CASE WHEN ${condition.join(' AND ')} THEN ${value} ELSE 0 END)`;
  const word = match[1]!.toLowerCase().startsWith('percent') ? 'percent' : match[1]!.toLowerCase();
  item.expr = dialect.divide(`100.0 * ${numerator}`, `NULLIF(SUM(${value}), 0)`);
  item.alias = `${word}_${bareName(planned.measureAlias ?? 'rows')}`;
  spec.orderBy = spec.orderBy.filter((o) => /^\d+$/.test(o));
  spec.limit = undefined;
  const rendered = renderSql(spec, context.table_schemas, dialect);
  return { sql: rendered.sql, tables: rendered.tables, explanation: [...planned.explanation, `as a percent of all rows: the part where ${condition.join(' and ').replace(/[{}]/g, '')}`] };
}


import type { Context } from '../../../context/context-schema.js';
import { wordTable } from '../../../own-entry.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { findRevenueSource } from '../revenue-source.js';
import { renderSql, withClause } from '../render-sql.js';
import type { KindCandidate } from './kind-candidate.js';
import { measureSelect } from './measure-select.js';
import { planText } from './plan-text.js';

const GROWTH = /\b(day|week|month|quarter|year)[- ]over[- ](?:\1)\b|\b(mom|yoy|wow|qoq)\b/i;
const SHORT: Readonly<Record<string, string>> = wordTable({ mom: 'month', yoy: 'year', wow: 'week', qoq: 'quarter' });

/** "month-over-month revenue growth": the series per period with the previous period (LAG) and the change in percent. */
export function periodGrowth(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const match = GROWTH.exec(text);
  if (!match) return undefined;
  const grain = (match[1] ?? SHORT[match[2]!.toLowerCase()]!).toLowerCase();
  let rest = text.replace(GROWTH, ' ').replace(/\b(growth|change|increase|trend|rate|what is|what's|show( me)?|the|in|of)\b/gi, ' ').replace(/[?.!]/g, ' ').replace(/\s+/g, ' ').trim();
  const first = planText(context, `${rest} by ${grain}`, dialect);
  let planned = first.planned;
  if (!measureSelect(planned)) {
    rest = findRevenueSource(context.table_schemas, dialect) ? `revenue ${rest}` : `number of ${[...context.table_schemas].sort((a, b) => b.score - a.score)[0]?.name ?? ''} ${rest}`;
    planned = planText(context, `${rest.trim()} by ${grain}`, dialect).planned;
  }
  const item = measureSelect(planned);
  if (!item || !planned.spec.select.some((s) => s.alias === grain) || planned.spec.select.length !== 2) return undefined;
  const inner = renderSql({ ...planned.spec, limit: undefined }, context.table_schemas, dialect);
  const id = dialect.identifier.bind(dialect);
  const value = id(item.alias!);
  const previous = `LAG(${value}) OVER (ORDER BY ${id(grain)})`;
  const sql = [
    withClause([{ name: 'series', sql: inner.sql }], dialect),
    `SELECT`,
    `  ${id(grain)},`,
    `  ${value},`,
    `  ${previous} AS ${id(`previous_${item.alias}`)},`,
    `  ${dialect.divide(`100.0 * (${value} - ${previous})`, `NULLIF(${previous}, 0)`)} AS growth_percent`,
    `FROM series`,
    `ORDER BY ${id(grain)}`,
  ].join('\n');
  return { sql, tables: inner.tables, explanation: [...planned.explanation, `with the ${grain}-over-${grain} change in percent`] };
}

import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { DateRange, Metric, TableSchema } from '../../context/context-schema.js';
import type { DateColumn } from './date-column.js';
import type { QuerySpec } from './query-spec.js';
import { bareName } from './bare-name.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { findTable } from './schema-lookup.js';
import { GRAIN_ADJECTIVES, type TimeGrain } from './time-grain.js';

const JOIN_START = /(?<!\b(?:left|right|full|inner|cross|outer))\s+(?=(?:(?:left|right|full|inner|cross)\s+(?:outer\s+)?)?join\b)/i;
const GRAIN_DAYS: Readonly<Record<TimeGrain, number>> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

/** A column the question filters or breaks down by itself. */
export interface QuestionColumn {
  table: string;
  column: string;
}

/**
 * Puts a metric's joins and filter into the spec; the metric's expression becomes the measure.
 * The question's own filters and breakdowns win: a metric filter condition on a column the question filters or groups
 * by is left out ("how many orders were cancelled", "orders per status" against order_count's `status <> 'cancelled'`).
 */
export function applyMetric(spec: QuerySpec, metric: Metric, questionColumns: readonly QuestionColumn[] = []): string {
  if (metric.joins?.trim()) {
    spec.leadingJoins.push(...metric.joins.trim().split(JOIN_START));
    spec.leadingJoinTables.push(...metricJoinTables(metric));
  }
  const filter = metric.filter?.trim().replace(/^where\s+/i, '');
  const conditions = filter ? splitConjuncts(filter) : [];
  const kept = conditions.filter((condition) => !questionColumns.some((column) => readsColumn(condition, column, metric.table)));
  if (kept.length > 0) spec.where.push(kept.length === conditions.length ? filter! : kept.join(' AND '));
  spec.qualify = /\b[A-Za-z_]\w*\.[A-Za-z_]\w*/.test(`${metric.expression} ${metric.filter ?? ''} ${metric.time_column ?? ''}`);
  const dropped = conditions.filter((condition) => !kept.includes(condition));
  const note = dropped.length > 0 ? `, without its filter ${dropped.join(' AND ')} since the question sets that column itself` : '';
  return `uses the metric ${metric.name} (${metric.expression})${note}`;
}

/** Top-level AND parts of a condition; the whole condition when it has a top-level OR. */
function splitConjuncts(condition: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < condition.length; i++) {
    const ch = condition[i]!;
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth !== 0) continue;
    if (/^or\b/i.test(condition.slice(i)) && /\s/.test(condition[i - 1] ?? ' ')) return [condition.trim()];
    if (/^and\b/i.test(condition.slice(i)) && /\s/.test(condition[i - 1] ?? ' ') && !/\bbetween\s+\S+\s*$/i.test(condition.slice(start, i))) {
      parts.push(condition.slice(start, i).trim());
      start = i + 3;
    }
  }
  parts.push(condition.slice(start).trim());
  return parts.filter(Boolean);
}

/** Whether a condition reads the column: qualified by its table, or bare when the table is the metric's own. */
function readsColumn(condition: string, { table, column }: QuestionColumn, metricTable: string): boolean {
  const name = escapeRegExp(column);
  const qualified = new RegExp(`(^|[^\\w.])"?${escapeRegExp(bareName(table))}"?\\."?${name}"?([^\\w]|$)`, 'i');
  const bare = new RegExp(`(^|[^\\w.])"?${name}"?([^\\w.]|$)`, 'i');
  return qualified.test(condition) || (bareName(table) === bareName(metricTable) && bare.test(condition));
}

export function metricJoinTables(metric: Metric | undefined): string[] {
  return [...(metric?.joins ?? '').matchAll(/\bjoin\s+([\w."]+)/gi)].map((m) => m[1]!.replace(/"/g, ''));
}

export function metricDateColumn(metric: Metric | undefined, schemas: readonly TableSchema[]): DateColumn | undefined {
  if (!metric?.time_column) return undefined;
  const parts = metric.time_column.split('.');
  const column = parts.pop()!;
  const table = parts.length > 0 ? parts.join('.') : metric.table;
  return { table: findTable(schemas, table)?.name ?? table, column };
}

/**
 * A metric defined per period ("monthly_active_users") is reported at that grain when the question names a longer
 * period but no grain of its own; additive metrics (revenue) are totalled over the period instead.
 */
export function metricGrain(metric: Metric | undefined, ranges: readonly DateRange[]): TimeGrain | undefined {
  const grain = metric?.grain as TimeGrain | undefined;
  if (!metric || !grain || !(grain in GRAIN_DAYS)) return undefined;
  const adjective = Object.entries(GRAIN_ADJECTIVES).find(([, g]) => g === grain)?.[0];
  if (!adjective || !splitIdentifier(metric.name).includes(adjective)) return undefined;
  return ranges.some((r) => (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 > GRAIN_DAYS[grain]) ? grain : undefined;
}

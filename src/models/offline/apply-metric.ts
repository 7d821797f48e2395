import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { DateRange, Metric, TableSchema } from '../../context/context-schema.js';
import type { DateColumn } from './date-column.js';
import type { QuerySpec } from './query-spec.js';
import { findTable } from './schema-lookup.js';
import { GRAIN_ADJECTIVES, type TimeGrain } from './time-grain.js';

const JOIN_START = /(?<!\b(?:left|right|full|inner|cross|outer))\s+(?=(?:(?:left|right|full|inner|cross)\s+(?:outer\s+)?)?join\b)/i;
const GRAIN_DAYS: Readonly<Record<TimeGrain, number>> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

/**
 * Puts a metric's joins and filter into the spec; the metric's expression becomes the measure.
 * The metric's filter is left out when the question filters the same column itself
 * ("how many orders were cancelled" against order_count's `status <> 'cancelled'`).
 */
export function applyMetric(spec: QuerySpec, metric: Metric, questionFilterColumns: readonly string[] = []): string {
  if (metric.joins?.trim()) {
    spec.leadingJoins.push(...metric.joins.trim().split(JOIN_START));
    spec.leadingJoinTables.push(...metricJoinTables(metric));
  }
  const filter = metric.filter?.trim().replace(/^where\s+/i, '');
  const overridden = filter && questionFilterColumns.some((column) => new RegExp(`(^|[^\\w])${column}([^\\w]|$)`, 'i').test(filter));
  if (filter && !overridden) spec.where.push(filter);
  spec.qualify = /\b[A-Za-z_]\w*\.[A-Za-z_]\w*/.test(`${metric.expression} ${metric.filter ?? ''} ${metric.time_column ?? ''}`);
  return `uses the metric ${metric.name} (${metric.expression})`;
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

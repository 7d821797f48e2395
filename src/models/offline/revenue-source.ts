import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { TableSchema } from '../../context/context-schema.js';
import { columnEvidence } from './column-evidence.js';
import { joinEdges } from './join-graph.js';
import { ref } from './query-spec.js';
import { readColumnName } from './read-column-name.js';
import { bareName } from './bare-name.js';
import { isNumericColumn } from './schema-lookup.js';
import { singular } from './singular.js';
import { sqlIdentifier, sqlString } from './sql-identifier.js';

/** Where revenue comes from when no metric defines it: quantity × price of line items, or an amount column. */
export interface RevenueSource {
  table: string;
  /** Per-row revenue, with `{table.column}` references. */
  rowExpression: string;
  /** Filters that keep only orders that count (not cancelled), with the tables they need. */
  filters: { sql: string; table: string; note: string }[];
  /** The amount column revenue is read from when only its shorthand name says so ("amt_gbp"). */
  amountColumn?: string;
}

const QUANTITY = /^(quantity|qty|units|unit_count|quantity_ordered|amount_ordered)$/i;
const PRICE = /(^|_)(unit_price|price|sale_price|unit_cost)$/i;
const AMOUNT = /(^|_)(revenue|sales|amount|total|line_total|subtotal|gross)$/i;
const RETURNS_LIKE = /(return|refund)/i;
const CANCELLED = /\b(cancell?ed|voided|void)\b/i;

export function findRevenueSource(tables: readonly TableSchema[], dialect: SqlDialect = duckdbDialect): RevenueSource | undefined {
  const candidates = tables.filter((t) => !RETURNS_LIKE.test(t.name));
  let best: { table: TableSchema; expr: string; rank: number; column?: string } | undefined;
  for (const table of candidates) {
    const { quantity, price, written, amount } = revenueColumns(table);
    let candidate: { expr: string; rank: number; column?: string } | undefined;
    if (quantity && price) candidate = { expr: `${ref(table.name, quantity.name)} * ${ref(table.name, price.name)}`, rank: 3 };
    else if (amount) candidate = { expr: ref(table.name, amount.name), rank: 2, ...(written ? {} : { column: amount.name }) };
    if (!candidate) continue;
    if (/item|line|detail/i.test(table.name) || /(^|_)(item|line|detail)/.test(readColumnName(table.name))) candidate.rank += 0.5;
    if (!best || candidate.rank > best.rank) best = { table, ...candidate };
  }
  if (!best) return undefined;
  return { table: best.table.name, rowExpression: best.expr, filters: cancelledFilters(tables, best.table, dialect), ...(best.column ? { amountColumn: best.column } : {}) };
}

/**
 * Whether findRevenueSource finds a source in these tables, without ranking them or reading their status columns and
 * joins for the filters (the grounding asks only whether "revenue" stands on something, for every question).
 */
export function hasRevenueSource(tables: readonly TableSchema[]): boolean {
  return tables.some((table) => {
    if (RETURNS_LIKE.test(table.name)) return false;
    const { quantity, price, amount } = revenueColumns(table);
    return (quantity !== undefined && price !== undefined) || amount !== undefined;
  });
}

/** A table's quantity and price columns, and its amount column as written ("revenue") or as its shorthand reads. */
function revenueColumns(table: TableSchema) {
  type Column = TableSchema['columns'][number];
  const quantity: Column | undefined = table.columns.find((c) => QUANTITY.test(c.name) && isNumericColumn(c));
  const price: Column | undefined = table.columns.find((c) => PRICE.test(c.name) && isNumericColumn(c));
  // "amt_gbp": the amount in pounds, read as written shorthand and without its currency.
  const written: Column | undefined = table.columns.find((c) => AMOUNT.test(c.name) && isNumericColumn(c) && !PRICE.test(c.name));
  const amount: Column | undefined = written ?? table.columns.find((c) => AMOUNT.test(readColumnName(c.name)) && isNumericColumn(c) && !PRICE.test(c.name));
  return { quantity, price, written, amount };
}

/** Status columns on the revenue table or a table it references whose values include "cancelled". */
function cancelledFilters(tables: readonly TableSchema[], revenueTable: TableSchema, dialect: SqlDialect): RevenueSource['filters'] {
  const parents = joinEdges(tables)
    .filter((edge) => bareName(edge.from) === bareName(revenueTable.name))
    .map((edge) => tables.find((t) => t.name === edge.to))
    .filter((t): t is TableSchema => t !== undefined);
  const filters: RevenueSource['filters'] = [];
  for (const table of [revenueTable, ...parents]) {
    for (const column of table.columns) {
      if (!/status$/i.test(column.name)) continue;
      const word = CANCELLED.exec(columnEvidence(table, column.name))?.[1];
      if (!word) continue;
      filters.push({
        sql: `${ref(table.name, column.name)} <> ${sqlString(word.toLowerCase(), dialect)}`,
        table: table.name,
        note: `leaves out ${word.toLowerCase()} ${table.name}`,
      });
    }
  }
  return filters;
}

/** How to take returns off revenue: a per-row refund total joined to the revenue table. */
export interface ReturnsAdjustment {
  returnsTable: string;
  cte: { name: string; sql: string };
  join: string;
  /** Aggregate to subtract from revenue. */
  refundExpression: string;
}

export function findReturnsAdjustment(
  tables: readonly TableSchema[],
  revenue: RevenueSource,
  dialect: SqlDialect = duckdbDialect,
): ReturnsAdjustment | undefined {
  const id = (name: string): string => sqlIdentifier(name, dialect);
  const revenueTable = tables.find((t) => bareName(t.name) === bareName(revenue.table));
  if (!revenueTable) return undefined;
  for (const table of tables) {
    if (!RETURNS_LIKE.test(table.name) || table === revenueTable) continue;
    const link = joinEdges(tables).find((e) => bareName(e.from) === bareName(table.name) && bareName(e.to) === bareName(revenueTable.name));
    if (!link) continue;
    const amount =
      table.columns.find((c) => /refund/i.test(c.name) && isNumericColumn(c) && !/_id$/i.test(c.name)) ??
      table.columns.find((c) => /(amount|value|total)$/i.test(c.name) && isNumericColumn(c));
    const quantity = table.columns.find((c) => QUANTITY.test(c.name) && isNumericColumn(c));
    const cteName = `${singular(revenueTable.name)}_refunds`;
    const key = id(link.fromColumn);
    const join = `LEFT JOIN ${cteName} ON ${cteName}.${key} = {${revenueTable.name}.${link.toColumn}}`;
    if (amount) {
      return {
        returnsTable: table.name,
        cte: { name: cteName, sql: `SELECT ${key}, SUM(${id(amount.name)}) AS refunded\nFROM ${id(table.name)}\nGROUP BY ${key}` },
        join,
        refundExpression: `COALESCE(SUM(${cteName}.refunded), 0)`,
      };
    }
    const price = revenue.rowExpression.split('*')[1]?.trim();
    if (quantity && price) {
      return {
        returnsTable: table.name,
        cte: { name: cteName, sql: `SELECT ${key}, SUM(${id(quantity.name)}) AS returned_quantity\nFROM ${id(table.name)}\nGROUP BY ${key}` },
        join,
        refundExpression: `COALESCE(SUM(${cteName}.returned_quantity * ${price}), 0)`,
      };
    }
  }
  return undefined;
}

/** The key that counts orders for a per-order average: the revenue table's own key if it is the order, else its order-like parent's. */
export function findOrderKey(tables: readonly TableSchema[], revenue: RevenueSource): { table: string; column: string } | undefined {
  const revenueTable = tables.find((t) => bareName(t.name) === bareName(revenue.table));
  if (!revenueTable) return undefined;
  const parent = joinEdges(tables).find((e) => bareName(e.from) === bareName(revenueTable.name) && /order/i.test(e.to));
  if (parent) return { table: parent.to, column: parent.toColumn };
  const key = revenueTable.columns.find((c) => c.primary_key);
  return /order/i.test(revenueTable.name) && key ? { table: revenueTable.name, column: key.name } : undefined;
}

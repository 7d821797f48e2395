import type { CatalogTable, Connector } from '../connectors/connector.js';
import type { ColumnValues } from './build-value-lookup.js';
import { describeCodedValues } from './describe-coded-values.js';
import { glossCodedValues } from './gloss-coded-values.js';
import { quoteIdentifier } from './quote-identifier.js';

export interface ValueCollectionOptions {
  /** A column with more distinct values than this is not low-cardinality. */
  maxDistinct?: number;
  /** Stop probing after this many columns, so huge catalogs still load. */
  maxColumns?: number;
  timeoutMs?: number;
  /** performance.now() after which no further query starts (and none runs past it). */
  deadline?: number;
  signal?: AbortSignal;
}

export interface ValueCollection {
  values: ColumnValues[];
  /** Tables whose every candidate column was probed (or that hold no rows), in the order given. */
  probed: string[];
}

/**
 * Text, and true/false flags, whose values a question names in words ("refunded" for refunded = true). MySQL writes
 * BOOLEAN as TINYINT(1) (and some schemas BIT(1)), holding 1 and 0.
 */
const TEXT_TYPE = /CHAR|TEXT|STRING|ENUM|BOOL|TINYINT\(1\)|BIT\(1\)/i;

/**
 * The columns whose distinct values are worth reading: text and flags, not foreign keys. A text primary key is a code
 * people write in questions ("flights into ATO", "template type code PPT"), so it is read; a foreign key holds the
 * same codes, which the join to the key's table reaches, through the foreign key the question's words choose
 * (a flight's source or destination airport).
 */
export function valueColumns(table: CatalogTable): string[] {
  if (table.row_count === 0) return [];
  return table.columns.filter((column) => TEXT_TYPE.test(column.type) && !column.references).map((column) => column.name);
}

/**
 * Reads the distinct values of every low-cardinality text column (not keys) of the tables, in the order given,
 * one DISTINCT query per column, until the column budget or the deadline runs out. A table is reported probed only
 * when all its columns were.
 */
export async function collectColumnValues(
  connector: Connector,
  tables: readonly CatalogTable[],
  options: ValueCollectionOptions = {},
): Promise<ValueCollection> {
  const maxDistinct = options.maxDistinct ?? 200;
  let budget = options.maxColumns ?? 2_000;
  const collection: ValueCollection = { values: [], probed: [] };
  for (const table of tables) {
    const columns = valueColumns(table);
    if (columns.length > budget) break;
    const found: ColumnValues[] = [];
    for (const column of columns) {
      options.signal?.throwIfAborted();
      const left = options.deadline === undefined ? Infinity : options.deadline - performance.now();
      if (left <= 0) return collection;
      budget -= 1;
      const name = quoteIdentifier(column, connector.dialect);
      const sql = `SELECT DISTINCT ${name} FROM ${quoteIdentifier(table.name, connector.dialect)} WHERE ${name} IS NOT NULL LIMIT ${maxDistinct + 1}`;
      const timeoutMs = Math.max(1, Math.min(options.timeoutMs ?? Infinity, left));
      try {
        const result = await connector.execute(sql, { maxRows: maxDistinct + 1, timeoutMs: Number.isFinite(timeoutMs) ? timeoutMs : undefined, signal: options.signal });
        if (result.rows.length > maxDistinct || result.truncated) continue;
        found.push({ table: table.name, column, values: result.rows.map((row) => String(row[0])) });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        // Cut short by the deadline, not refused: the table is not fully probed.
        if (options.deadline !== undefined && performance.now() >= options.deadline) return collection;
      }
    }
    collection.values.push(...found);
    collection.probed.push(table.name);
  }
  await describeCodedValues(connector, tables, collection.values, options.timeoutMs);
  glossCodedValues(tables, collection.values);
  return collection;
}

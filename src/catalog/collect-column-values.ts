import type { CatalogTable, Connector } from '../connectors/connector.js';
import type { ColumnValues } from './build-value-lookup.js';
import { quoteIdentifier } from './quote-identifier.js';

export interface ValueCollectionOptions {
  /** A column with more distinct values than this is not low-cardinality. */
  maxDistinct?: number;
  /** Stop probing after this many columns, so huge catalogs still load. */
  maxColumns?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const TEXT_TYPE = /CHAR|TEXT|STRING|ENUM/i;

/** Reads the distinct values of every low-cardinality text column (not keys), one DISTINCT query per column. */
export async function collectColumnValues(
  connector: Connector,
  tables: readonly CatalogTable[],
  options: ValueCollectionOptions = {},
): Promise<ColumnValues[]> {
  const maxDistinct = options.maxDistinct ?? 200;
  let budget = options.maxColumns ?? 2_000;
  const collected: ColumnValues[] = [];
  for (const table of tables) {
    if (table.row_count === 0) continue;
    for (const column of table.columns) {
      if (budget <= 0) return collected;
      if (!TEXT_TYPE.test(column.type) || column.primary_key || column.references) continue;
      options.signal?.throwIfAborted();
      budget -= 1;
      const name = quoteIdentifier(column.name, connector.dialect);
      const sql = `SELECT DISTINCT ${name} FROM ${quoteIdentifier(table.name, connector.dialect)} WHERE ${name} IS NOT NULL LIMIT ${maxDistinct + 1}`;
      try {
        const result = await connector.execute(sql, { maxRows: maxDistinct + 1, timeoutMs: options.timeoutMs, signal: options.signal });
        if (result.rows.length > maxDistinct || result.truncated) continue;
        collected.push({ table: table.name, column: column.name, values: result.rows.map((row) => String(row[0])) });
      } catch (error) {
        if (options.signal?.aborted) throw error;
      }
    }
  }
  return collected;
}

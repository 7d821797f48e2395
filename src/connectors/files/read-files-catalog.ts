import type { DuckDBConnection } from '@duckdb/node-api';
import type { CatalogTable } from '../connector.js';

/** The views' columns and types from duckdb_columns(); row counts were estimated when the views were made. */
export async function readFilesCatalog(
  connection: DuckDBConnection,
  rowCounts: ReadonlyMap<string, number>,
  signal?: AbortSignal,
): Promise<CatalogTable[]> {
  if (signal?.aborted) throw new Error('cancelled');
  const columns = (
    await connection.runAndReadAll(
      `SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns()
       WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
       ORDER BY table_name, column_index`,
    )
  ).getRowObjectsJson();
  return [...rowCounts.keys()].sort().map((name) => ({
    name,
    row_count: rowCounts.get(name) ?? 0,
    columns: columns
      .filter((column) => column.table_name === name)
      .map((column) => ({
        name: String(column.column_name),
        type: String(column.data_type),
        nullable: column.is_nullable === true,
        primary_key: false,
      })),
  }));
}

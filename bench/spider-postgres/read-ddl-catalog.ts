import type { DuckDBConnection } from '@duckdb/node-api';
import type { DdlCatalog } from './postgres-gold-sql.js';

/** The tables and columns (with DuckDB's type names) of a loaded spider database, in column order. */
export async function readDdlCatalog(connection: DuckDBConnection): Promise<DdlCatalog> {
  const columns = (
    await connection.runAndReadAll(`SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' ORDER BY table_name, column_index`)
  ).getRows();
  const catalog: DdlCatalog = { tables: [] };
  for (const [table, column, type] of columns) {
    let entry = catalog.tables.find((t) => t.name === table);
    if (!entry) catalog.tables.push((entry = { name: String(table), columns: [] }));
    entry.columns.push({ name: String(column), type: String(type) });
  }
  return catalog;
}

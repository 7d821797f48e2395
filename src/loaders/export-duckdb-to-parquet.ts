import fs from 'node:fs';
import path from 'node:path';
import { duckdb } from '../connectors/duckdb-api.js';
import { TablesExistError } from './copy-duckdb-database.js';

/**
 * Writes every table of a DuckDB file as `<folder>/<table>.parquet`, for a files namespace. Existing files of the
 * same names are an error unless `replace`; the folder is created when missing.
 */
export async function exportDuckDbToParquet(
  databaseFile: string,
  folder: string,
  options: { replace?: boolean; onTable?: (table: string, rows: number, ms: number) => void } = {},
): Promise<Array<{ table: string; rows: number }>> {
  const instance = await duckdb.DuckDBInstance.create(databaseFile, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const tables = (await connection.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name`))
      .getRows()
      .map((row) => String(row[0]));
    const target = (table: string) => path.join(folder, `${table}.parquet`);
    const existing = tables.filter((table) => fs.existsSync(target(table)));
    if (existing.length > 0 && !options.replace) throw new TablesExistError(existing);
    fs.mkdirSync(folder, { recursive: true });
    const copied: Array<{ table: string; rows: number }> = [];
    for (const table of tables) {
      const started = performance.now();
      const file = target(table).replaceAll("'", "''");
      await connection.run(`COPY "${table.replaceAll('"', '""')}" TO '${file}' (FORMAT parquet)`);
      const rows = Number((await connection.runAndReadAll(`SELECT COUNT(*) FROM "${table.replaceAll('"', '""')}"`)).getRows()[0]![0]);
      options.onTable?.(table, rows, Math.round(performance.now() - started));
      copied.push({ table, rows });
    }
    return copied;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

import type { DuckDBConnection } from '@duckdb/node-api';
import { ConnectorError } from '../connector-error.js';
import { DUCKDB_SANDBOX_OPTIONS } from '../duckdb-sandbox-options.js';
import { fileListSql } from './view-sql.js';

/**
 * The sandbox settings, with file access kept only for the data files the views read. DuckDB's allow-lists do not
 * tell reading from writing, so they name files (allowed_paths), never the folder (allowed_directories): a folder
 * would let COPY, EXPORT DATABASE or ATTACH create files in it. Overwriting a listed file is stopped by the SQL check and
 * by the query connection, which runs only a statement DuckDB bound as a SELECT (prepareOneSelect).
 */
export async function lockToFiles(connection: DuckDBConnection, files: readonly string[]): Promise<void> {
  await connection.run(`SET allowed_paths = ${fileListSql(files)}`);
  for (const [name, value] of Object.entries(DUCKDB_SANDBOX_OPTIONS)) await connection.run(`SET ${name} = ${value}`);
  const locked = (await connection.runAndReadAll(`SELECT current_setting('enable_external_access')`)).getRows()[0]?.[0];
  if (locked !== false) throw new ConnectorError('the files sandbox could not turn external access off');
}

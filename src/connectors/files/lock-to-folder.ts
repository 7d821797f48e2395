import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ConnectorError } from '../connector-error.js';
import { DUCKDB_SANDBOX_OPTIONS } from '../duckdb-sandbox-options.js';

/** The sandbox settings, with file access kept only for the data folder the views read. */
export async function lockToFolder(connection: DuckDBConnection, folder: string): Promise<void> {
  const allowed = `${folder.replace(/[/\\]+$/, '')}${path.sep}`.replaceAll("'", "''");
  await connection.run(`SET allowed_directories = ['${allowed}']`);
  for (const [name, value] of Object.entries(DUCKDB_SANDBOX_OPTIONS)) await connection.run(`SET ${name} = ${value}`);
  const locked = (await connection.runAndReadAll(`SELECT current_setting('enable_external_access')`)).getRows()[0]?.[0];
  if (locked !== false) throw new ConnectorError('the files sandbox could not turn external access off');
}

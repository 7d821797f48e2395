import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ConnectorError } from '../connector-error.js';
import type { Connector } from '../connector.js';
import { cleanDuckDbMessage } from '../duckdb-error.js';
import { DUCKDB_SANDBOX_OPTIONS } from '../duckdb-sandbox-options.js';
import { pooledDuckDbConnector } from '../pooled-duckdb-connector.js';
import { estimateRowCount } from './estimate-row-count.js';
import { findDataSources } from './find-data-sources.js';
import { readFilesCatalog } from './read-files-catalog.js';
import { createViewSql } from './view-sql.js';

/**
 * A folder (or glob) of CSV, TSV, Parquet and JSON files as one DuckDB namespace: an in-memory database of views
 * over the files, then locked so SQL can read nothing outside that folder, install nothing, and change no setting.
 */
export async function openFilesConnector(pathOrGlob: string): Promise<Connector> {
  const { folder, sources } = await findDataSources(pathOrGlob);
  const database = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    allow_community_extensions: 'false',
    // No spill files: the namespace writes nothing anywhere.
    temp_directory: '',
  });
  const rowCounts = new Map<string, number>();
  try {
    const setup = await database.connect();
    try {
      for (const source of sources) {
        await setup.run(createViewSql(source)).catch((error: unknown) => {
          throw new ConnectorError(`cannot read ${source.origin} in ${pathOrGlob}: ${reasonOf(error)}`);
        });
        rowCounts.set(source.table, await estimateRowCount(setup, source));
      }
      await lockToFolder(setup, folder);
    } finally {
      setup.closeSync();
    }
  } catch (error) {
    database.closeSync();
    if (error instanceof ConnectorError) throw error;
    throw new ConnectorError(`cannot open files in ${pathOrGlob}: ${reasonOf(error)}`);
  }
  return pooledDuckDbConnector(database, {
    location: folder,
    readCatalog: (connection, signal) => readFilesCatalog(connection, rowCounts, signal),
    access: {
      canWrite: false,
      findings: [
        `${folder}: ${sources.length} file table(s) read through views; SQL is checked to be one read-only SELECT`,
        `external access is limited to ${folder} (allowed_directories); statements that could write there are refused by the SQL check`,
        'extensions cannot be installed and settings are locked',
      ],
    },
  });
}

/** The sandbox settings, with file access kept only for the data folder the views read. */
async function lockToFolder(connection: DuckDBConnection, folder: string): Promise<void> {
  const allowed = `${folder.replace(/[/\\]+$/, '')}${path.sep}`.replaceAll("'", "''");
  await connection.run(`SET allowed_directories = ['${allowed}']`);
  for (const [name, value] of Object.entries(DUCKDB_SANDBOX_OPTIONS)) await connection.run(`SET ${name} = ${value}`);
  const locked = (await connection.runAndReadAll(`SELECT current_setting('enable_external_access')`)).getRows()[0]?.[0];
  if (locked !== false) throw new ConnectorError('the files sandbox could not turn external access off');
}

function reasonOf(error: unknown): string {
  return cleanDuckDbMessage(error instanceof Error ? error.message : String(error)).split('\n')[0];
}

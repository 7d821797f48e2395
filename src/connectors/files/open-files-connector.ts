import { DuckDBInstance } from '@duckdb/node-api';
import { ConnectorError } from '../connector-error.js';
import type { Connector } from '../connector.js';
import { cleanDuckDbMessage } from '../duckdb-error.js';
import { duckDbLimitOptions, type DuckDbLimits } from '../duckdb-limits.js';
import { pooledDuckDbConnector } from '../pooled-duckdb-connector.js';
import { estimateRowCount } from './estimate-row-count.js';
import { findDataSources } from './find-data-sources.js';
import { lockToFiles } from './lock-to-files.js';
import { readFilesCatalog } from './read-files-catalog.js';
import { createViewSql } from './view-sql.js';

/**
 * A folder (or glob) of CSV, TSV, Parquet and JSON files as one DuckDB namespace: an in-memory database of views
 * over the files, then locked so SQL can open no file but those, install nothing, and change no setting.
 */
export async function openFilesConnector(pathOrGlob: string, limits: DuckDbLimits = {}): Promise<Connector> {
  const { folder, sources } = await findDataSources(pathOrGlob);
  const files = sources.flatMap((source) => source.files);
  const database = await DuckDBInstance.create(':memory:', {
    ...duckDbLimitOptions(limits),
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
      await lockToFiles(setup, files);
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
    limits: { ...limits, hostPaths: [folder] },
    readCatalog: (connection, signal) => readFilesCatalog(connection, rowCounts, signal),
    access: {
      canWrite: false,
      findings: [
        `${folder}: ${sources.length} file table(s) read through views; SQL is checked to be one read-only SELECT`,
        `external access is limited to the ${files.length} data file(s) (allowed_paths), so no file can be created; statements that could overwrite them are refused by the SQL check, and the query connection runs only a statement DuckDB binds as a SELECT`,
        'extensions cannot be installed and settings are locked',
      ],
    },
  });
}

function reasonOf(error: unknown): string {
  return cleanDuckDbMessage(error instanceof Error ? error.message : String(error)).split('\n')[0];
}

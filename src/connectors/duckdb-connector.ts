import { existsSync } from 'node:fs';
import type { DuckDBInstance } from '@duckdb/node-api';
import { duckdb } from './duckdb-api.js';
import { ConnectorError } from './connector-error.js';
import type { Connector } from './connector.js';
import { DUCKDB_SANDBOX_OPTIONS } from './duckdb-sandbox-options.js';
import { cleanDuckDbMessage } from './duckdb-error.js';
import { duckDbLimitOptions, type DuckDbLimits } from './duckdb-limits.js';
import { pooledDuckDbConnector } from './pooled-duckdb-connector.js';
import { readDuckDbCatalog } from './read-duckdb-catalog.js';

export { ConnectorError } from './connector-error.js';

/** Opens a DuckDB file read-only with the sandbox settings; the connector runs every query on it. */
export async function openReadOnlyDuckDb(path: string, limits: DuckDbLimits = {}): Promise<DuckDBInstance> {
  if (!existsSync(path)) throw new ConnectorError(`database file not found: ${path}`);
  try {
    return await duckdb.DuckDBInstance.create(path, { access_mode: 'READ_ONLY', ...duckDbLimitOptions(limits), ...DUCKDB_SANDBOX_OPTIONS });
  } catch (error) {
    const reason = cleanDuckDbMessage(error instanceof Error ? error.message : String(error));
    throw new ConnectorError(`cannot open database ${path}: ${reason}`);
  }
}

/** `early`: the same file already opening with the same limits (early-duckdb-open.ts); opened again if that failed. */
export async function openDuckDbConnector(path: string, limits: DuckDbLimits = {}, early?: Promise<DuckDBInstance>): Promise<Connector> {
  const opening = early ? early.catch(() => openReadOnlyDuckDb(path, limits)) : openReadOnlyDuckDb(path, limits);
  return pooledDuckDbConnector(opening, {
    location: path,
    limits: { ...limits, hostPaths: [path] },
    readCatalog: readDuckDbCatalog,
    access: { canWrite: false, findings: [`${path} is opened read-only (access_mode READ_ONLY) with external access off`] },
  });
}

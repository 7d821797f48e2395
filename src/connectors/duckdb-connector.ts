import type { DuckDBInstance } from '@duckdb/node-api';
import type { Connector } from './connector.js';
import type { DuckDbLimits } from './duckdb-limits.js';
import { openReadOnlyDuckDb } from './open-read-only-duckdb.js';
import { pooledDuckDbConnector } from './pooled-duckdb-connector.js';
import { readDuckDbCatalog } from './read-duckdb-catalog.js';

export { ConnectorError } from './connector-error.js';
export { openReadOnlyDuckDb };

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

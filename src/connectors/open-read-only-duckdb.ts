import { existsSync } from 'node:fs';
import type { DuckDBInstance } from '@duckdb/node-api';
import { cleanDuckDbMessage } from './clean-duckdb-message.js';
import { ConnectorError } from './connector-error.js';
import { damagedDuckDbFile } from './damaged-database.js';
import { duckdb } from './duckdb-api.js';
import { duckDbLimitOptions, type DuckDbLimits } from './duckdb-limits.js';
import { DUCKDB_SANDBOX_OPTIONS } from './duckdb-sandbox-options.js';

/**
 * Opens a DuckDB file read-only with the sandbox settings; the connector runs every query on it. This module imports
 * nothing else of the connector: the bin loads it before the program (early-duckdb-open.ts).
 */
export async function openReadOnlyDuckDb(path: string, limits: DuckDbLimits = {}): Promise<DuckDBInstance> {
  if (!existsSync(path)) throw new ConnectorError(`database file not found: ${path}`);
  try {
    return await duckdb.DuckDBInstance.create(path, { access_mode: 'READ_ONLY', ...duckDbLimitOptions(limits), ...DUCKDB_SANDBOX_OPTIONS });
  } catch (error) {
    const reason = cleanDuckDbMessage(error instanceof Error ? error.message : String(error));
    throw damagedDuckDbFile(path, reason) ?? new ConnectorError(`cannot open database ${path}: ${reason}`);
  }
}

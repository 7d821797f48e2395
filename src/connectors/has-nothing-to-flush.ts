import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Whether the DuckDB instance behind `connection` could lose nothing by never being closed: opened read-only, and
 * no spill directory on disk for a close to remove. Any doubt (a failing query) answers no.
 */
export async function hasNothingToFlush(connection: DuckDBConnection): Promise<boolean> {
  try {
    const [row] = (await connection.runAndReadAll(`SELECT current_setting('access_mode') AS mode, current_setting('temp_directory') AS spill`)).getRowObjectsJson();
    const spill = String(row?.spill ?? '');
    return String(row?.mode).toLowerCase() === 'read_only' && (spill === '' || !existsSync(spill));
  } catch {
    return false;
  }
}

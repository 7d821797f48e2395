import { SqlError, type SqlErrorKind } from './connector.js';
import { cleanDuckDbMessage } from './clean-duckdb-message.js';
import { stripHostPaths } from './strip-host-paths.js';
import { damagedDuckDbFile } from './damaged-database.js';
import type { DamagedDatabaseError } from '../errors.js';

export { cleanDuckDbMessage };


export function duckDbErrorKind(message: string): SqlErrorKind {
  if (/^Parser Error/.test(message)) return 'syntax';
  if (/^(Binder|Catalog) Error/.test(message)) return 'binder';
  return 'runtime';
}

export interface SqlErrorHints {
  /** The namespace's memory_limit, named when a query runs out of memory. */
  memoryLimit?: string;
  /** Paths (the database file) the model is shown by file name only. */
  hostPaths?: readonly string[];
}

/** What a failed DuckDB query throws: a SqlError the run records, or, for a damaged file, a fault that stops the run. */
export function toSqlError(error: unknown, hints: SqlErrorHints = {}): SqlError | DamagedDatabaseError {
  if (error instanceof SqlError) return error;
  const damaged = damagedDuckDbFile(hints.hostPaths?.[0], cleanDuckDbMessage(error instanceof Error ? error.message : String(error)));
  if (damaged) return damaged;
  const message = stripHostPaths(cleanDuckDbMessage(error instanceof Error ? error.message : String(error)), hints.hostPaths);
  if (/^Out of Memory Error/i.test(message)) {
    const limit = hints.memoryLimit ? `more than ${hints.memoryLimit} of memory (memory_limit)` : 'more memory than the namespace allows (memory_limit)';
    return new SqlError(
      `Out of Memory Error: the query needs ${limit}; narrow it: filter or aggregate before building lists or long strings, and select fewer rows`,
      'runtime',
    );
  }
  return new SqlError(message, duckDbErrorKind(message));
}

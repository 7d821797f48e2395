import type { DuckDBConnection } from '@duckdb/node-api';
import { SqlError, type QueryOptions, type QueryResult } from './connector.js';
import { toSqlError } from './duckdb-error.js';
import { jsonSafeValue } from './json-safe-value.js';

/** Row cap when the caller gives none, so a huge result is never materialised. */
export const DEFAULT_MAX_ROWS = 10_000;

/** Streams the result and stops after maxRows + 1 rows; a timeout or abort interrupts this connection only. */
export async function runCappedQuery(
  connection: DuckDBConnection,
  sql: string,
  options: QueryOptions,
  started: number,
): Promise<QueryResult> {
  const { timeoutMs, signal } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  let interruptedBy: 'timeout' | 'abort' | undefined;
  const interrupt = (cause: 'timeout' | 'abort') => {
    if (interruptedBy) return;
    interruptedBy = cause;
    connection.interrupt();
  };
  const onAbort = () => interrupt('abort');
  if (signal?.aborted) throw new SqlError('query was cancelled before it started', 'timeout');
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => interrupt('timeout'), timeoutMs);
  try {
    const result = await connection.stream(sql);
    const columns = result.columnNames();
    const columnTypes = result.columnTypes().map((type) => type.toString());
    const rows: unknown[][] = [];
    while (rows.length <= maxRows) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const chunkRows = chunk.convertRows(jsonSafeValue);
      rows.push(...chunkRows.slice(0, maxRows + 1 - rows.length));
    }
    const truncated = rows.length > maxRows;
    if (truncated) rows.length = maxRows;
    return {
      columns,
      column_types: columnTypes,
      rows,
      row_count: rows.length,
      truncated,
      duration_ms: Math.round(performance.now() - started),
    };
  } catch (error) {
    if (interruptedBy === 'timeout') {
      throw new SqlError(`query timed out after ${timeoutMs} ms and was interrupted`, 'timeout');
    }
    if (interruptedBy === 'abort') throw new SqlError('query was cancelled and interrupted', 'timeout');
    throw toSqlError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

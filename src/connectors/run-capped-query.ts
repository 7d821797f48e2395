import type { DuckDBConnection } from '@duckdb/node-api';
import { SqlError, type QueryOptions, type QueryResult } from './connector.js';
import { toSqlError, type SqlErrorHints } from './duckdb-error.js';
import { DEFAULT_MAX_RESULT_BYTES } from './duckdb-limits.js';
import { jsonSize } from './json-size.js';
import { jsonSafeValue } from './json-safe-value.js';
import { prepareOneSelect } from './prepare-one-select.js';

/** Row cap when the caller gives none, so a huge result is never materialised. */
export const DEFAULT_MAX_ROWS = 10_000;

/**
 * Streams the result and stops after maxRows + 1 rows or maxResultBytes, converting one row at a time so a chunk
 * of huge values is never turned into JavaScript whole; a timeout or abort interrupts this connection only.
 */
export async function runCappedQuery(
  connection: DuckDBConnection,
  sql: string,
  options: QueryOptions,
  started: number,
  limits: SqlErrorHints & { maxResultBytes?: number } = {},
): Promise<QueryResult> {
  const maxBytes = limits.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES;
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
    const prepared = await prepareOneSelect(connection, sql);
    if (options.params) prepared.bind([...options.params]);
    const result = await prepared.stream().finally(() => prepared.destroySync());
    const columns = result.columnNames();
    const columnTypes = result.columnTypes().map((type) => type.toString());
    const rows: unknown[][] = [];
    let bytes = 0;
    let overBytes = false;
    fetching: while (rows.length <= maxRows) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (let index = 0; index < chunk.rowCount && rows.length <= maxRows; index++) {
        const row = chunk.convertRowValues(index, jsonSafeValue);
        bytes += jsonSize(row);
        if (bytes > maxBytes) {
          overBytes = true;
          break fetching;
        }
        rows.push(row);
      }
    }
    if (overBytes && rows.length === 0) {
      throw new SqlError(
        `one row of the result is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; select narrower columns (e.g. left(text, 200)) instead of whole values`,
        'runtime',
      );
    }
    const truncated = overBytes || rows.length > maxRows;
    if (rows.length > maxRows) rows.length = maxRows;
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
    throw toSqlError(error, limits);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

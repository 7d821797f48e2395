import type { Connection as CallbackConnection, QueryError } from 'mysql2';
import type { FieldPacket, PoolConnection } from 'mysql2/promise';
import { SqlError, type QueryOptions, type QueryResult } from '../connector.js';
import { statementTimeLimit, type MysqlFlavour } from './mysql-flavour.js';
import { isStatementTimeLimit, toMysqlSqlError } from './mysql-error.js';
import { jsonSafeMysqlValue, mysqlColumnType } from './mysql-values.js';

/** Row cap when the caller gives none, so a huge result is never materialised. */
const DEFAULT_MAX_ROWS = 10_000;

export interface RunContext {
  flavour: MysqlFlavour;
  secrets: readonly string[];
  /** Stops the statement running on that connection, from another connection. */
  killQuery(threadId: number): Promise<void>;
}

type Interruption = 'timeout' | 'abort' | 'cap';

/**
 * Runs one checked SELECT inside START TRANSACTION READ ONLY on a session that is itself read-only, with the
 * server's per-statement time limit. Rows are streamed and the statement is killed on the server once
 * maxRows + 1 have arrived, on timeout, or on abort. The caller rolls back and returns the connection.
 */
export async function runCappedMysqlQuery(
  connection: PoolConnection,
  sql: string,
  options: QueryOptions,
  context: RunContext,
  started: number,
): Promise<QueryResult> {
  const { timeoutMs, signal } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (signal?.aborted) throw new SqlError('query was cancelled before it started', 'timeout');
  const limit = statementTimeLimit(context.flavour, timeoutMs);
  await connection.query('START TRANSACTION READ ONLY');
  if (limit.setup) await connection.query(limit.setup);

  // mysql2's typings call this the promise connection; at run time it is the callback one, which can stream.
  const core = connection.connection as unknown as CallbackConnection;
  let interruptedBy: Interruption | undefined;
  let killed: Promise<void> = Promise.resolve();
  const interrupt = (cause: Interruption) => {
    if (interruptedBy) return;
    interruptedBy = cause;
    core.pause();
    killed = context.killQuery(connection.threadId).finally(() => core.resume());
  };
  const onAbort = () => interrupt('abort');
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => interrupt('timeout'), timeoutMs);

  let fields: FieldPacket[] = [];
  const rows: unknown[][] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const query = core.query({ sql: `${limit.prefix}${sql}`, rowsAsArray: true, ...(options.params ? { values: [...options.params] } : {}) });
      query.on('fields', (packets: FieldPacket[]) => (fields = packets));
      query.on('result', (row: unknown) => {
        if (rows.length > maxRows) return;
        rows.push(row as unknown[]);
        if (rows.length > maxRows) interrupt('cap');
      });
      query.on('error', (error: QueryError) => (interruptedBy === 'cap' ? resolve() : reject(error)));
      query.on('end', () => resolve());
    });
  } catch (error) {
    if (interruptedBy === 'abort') throw new SqlError('query was cancelled and interrupted', 'timeout');
    if (interruptedBy === 'timeout' || isStatementTimeLimit(error)) {
      throw new SqlError(`query timed out after ${timeoutMs} ms and was interrupted`, 'timeout');
    }
    throw toMysqlSqlError(error, context.secrets);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    await killed.catch(() => undefined);
  }

  const types = fields.map(mysqlColumnType);
  const truncated = rows.length > maxRows;
  if (truncated) rows.length = maxRows;
  return {
    columns: fields.map((field) => field.name),
    column_types: types,
    rows: rows.map((row) => row.map((value, i) => jsonSafeMysqlValue(value, types[i] ?? ''))),
    row_count: rows.length,
    truncated,
    duration_ms: Math.round(performance.now() - started),
  };
}

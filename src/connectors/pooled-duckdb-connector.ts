import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { ConnectionPool } from './connection-pool.js';
import { ConnectorError } from './connector-error.js';
import { SqlError, type AccessReport, type CatalogTable, type CloseOptions, type Connector, type QueryOptions, type QueryResult } from './connector.js';
import { toSqlError, type SqlErrorHints } from './duckdb-error.js';
import { hasNothingToFlush } from './has-nothing-to-flush.js';
import { DEFAULT_MEMORY_LIMIT, type DuckDbLimits } from './duckdb-limits.js';
import { leaveToProcessExit } from './leave-to-process-exit.js';
import { runCappedQuery } from './run-capped-query.js';
import { assertReadOnlySql } from './sql-guard.js';
import { serializedSqlMemo } from '../sql-tree/serialized-sql-memo.js';

/** Queries that may run at the same time; more callers wait their turn. */
const POOL_SIZE = 4;

export interface PooledDuckDbSpec {
  location: string;
  /** `second`: another connection to the same database, for readers that can run two catalog queries at once. */
  readCatalog(connection: DuckDBConnection, signal?: AbortSignal, second?: DuckDBConnection): Promise<CatalogTable[]>;
  access: AccessReport;
  /** The limits the instance was opened with, and paths to keep out of messages the model sees. */
  limits?: DuckDbLimits & { hostPaths?: string[] };
}

/**
 * The Connector over a sandboxed DuckDB instance (or one still opening): a pool of connections, every statement
 * checked by the sandbox first, timeouts and aborts that interrupt the running query. The connections are made all
 * at once: each is a trip to DuckDB's threads. The sandbox parses on the query's own connection: json_serialize_sql
 * parses its argument and binds nothing, so a second, empty instance (~10 ms of CPU to open) would parse the same.
 */
export async function pooledDuckDbConnector(opening: DuckDBInstance | Promise<DuckDBInstance>, spec: PooledDuckDbSpec): Promise<Connector> {
  const database = await opening;
  // Without limits the instance runs with DuckDB's own memory_limit, which the message then does not name.
  const hints: SqlErrorHints = { memoryLimit: spec.limits ? (spec.limits.memoryLimit ?? DEFAULT_MEMORY_LIMIT) : undefined, hostPaths: spec.limits?.hostPaths };
  const connections = await Promise.all(Array.from({ length: POOL_SIZE }, () => database.connect()));
  const pool = new ConnectionPool(connections);
  let closed = false;
  const parsedSql = serializedSqlMemo();

  const acquire = (signal?: AbortSignal) =>
    pool.acquire(signal, () => new SqlError('query was cancelled before it started', 'timeout'));

  return {
    dialect: 'duckdb',
    location: spec.location,
    parsedSql,

    async checkAccess() {
      return spec.access;
    },

    async introspect(signal?: AbortSignal): Promise<CatalogTable[]> {
      const connection = await acquire(signal);
      let second: DuckDBConnection | undefined;
      const onAbort = () => {
        connection.interrupt();
        second?.interrupt();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        second = await database.connect();
        return await spec.readCatalog(connection, signal, second);
      } catch (error) {
        if (signal?.aborted) throw new SqlError('introspection was cancelled and interrupted', 'timeout');
        throw toSqlError(error, hints);
      } finally {
        signal?.removeEventListener('abort', onAbort);
        second?.closeSync();
        pool.release(connection);
      }
    },

    async execute(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
      const connection = await acquire(options.signal);
      try {
        const started = performance.now();
        await assertReadOnlySql(sql, connection, parsedSql);
        return await runCappedQuery(connection, sql, options, started, { ...hints, maxResultBytes: spec.limits?.maxResultBytes });
      } finally {
        pool.release(connection);
      }
    },

    async close(options: CloseOptions = {}): Promise<void> {
      if (closed) return;
      closed = true;
      for (const connection of pool.inUse()) connection.interrupt();
      const idle = await pool.close(new ConnectorError(`connector for ${spec.location} is closed`));
      const leave = options.exiting === true && !spec.access.canWrite && idle.length > 0 && (await hasNothingToFlush(idle[0]!));
      for (const connection of idle) connection.closeSync();
      if (leave) leaveToProcessExit(database);
      else database.closeSync();
    },
  };
}

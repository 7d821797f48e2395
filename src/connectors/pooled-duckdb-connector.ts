import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { duckdb } from './duckdb-api.js';
import { ConnectionPool } from './connection-pool.js';
import { ConnectorError } from './connector-error.js';
import { SqlError, type AccessReport, type CatalogTable, type CloseOptions, type Connector, type QueryOptions, type QueryResult } from './connector.js';
import { DUCKDB_SANDBOX_OPTIONS } from './duckdb-sandbox-options.js';
import { toSqlError, type SqlErrorHints } from './duckdb-error.js';
import { hasNothingToFlush } from './has-nothing-to-flush.js';
import { DEFAULT_MEMORY_LIMIT, duckDbLimitOptions, type DuckDbLimits } from './duckdb-limits.js';
import { leaveToProcessExit } from './leave-to-process-exit.js';
import { runCappedQuery } from './run-capped-query.js';
import { assertReadOnlySql } from './sql-guard.js';

/** Queries that may run at the same time; more callers wait their turn. */
const POOL_SIZE = 4;

interface Slot {
  connection: DuckDBConnection;
  /** Connection to an empty in-memory database, used only to parse and check SQL. */
  parser: DuckDBConnection;
}

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
 * checked by the sandbox first, timeouts and aborts that interrupt the running query. The parser's in-memory
 * instance opens beside the database, and the connections are made all at once: each is a trip to DuckDB's threads.
 */
export async function pooledDuckDbConnector(opening: DuckDBInstance | Promise<DuckDBInstance>, spec: PooledDuckDbSpec): Promise<Connector> {
  const parserOpening = duckdb.DuckDBInstance.create(':memory:', { ...duckDbLimitOptions({ memoryLimit: '256MB', threads: 1 }), ...DUCKDB_SANDBOX_OPTIONS });
  const [databaseOpened, parserOpened] = await Promise.allSettled([opening, parserOpening]);
  if (databaseOpened.status === 'rejected' || parserOpened.status === 'rejected') {
    if (databaseOpened.status === 'fulfilled') databaseOpened.value.closeSync();
    if (parserOpened.status === 'fulfilled') parserOpened.value.closeSync();
    throw databaseOpened.status === 'rejected' ? databaseOpened.reason : (parserOpened as PromiseRejectedResult).reason;
  }
  const [database, parserDatabase] = [databaseOpened.value, parserOpened.value];
  // Without limits the instance runs with DuckDB's own memory_limit, which the message then does not name.
  const hints: SqlErrorHints = { memoryLimit: spec.limits ? (spec.limits.memoryLimit ?? DEFAULT_MEMORY_LIMIT) : undefined, hostPaths: spec.limits?.hostPaths };
  const slots: Slot[] = await Promise.all(
    Array.from({ length: POOL_SIZE }, async () => {
      const [connection, parser] = await Promise.all([database.connect(), parserDatabase.connect()]);
      return { connection, parser };
    }),
  );
  const pool = new ConnectionPool(slots);
  let closed = false;

  const acquire = (signal?: AbortSignal) =>
    pool.acquire(signal, () => new SqlError('query was cancelled before it started', 'timeout'));

  return {
    dialect: 'duckdb',
    location: spec.location,

    async checkAccess() {
      return spec.access;
    },

    async introspect(signal?: AbortSignal): Promise<CatalogTable[]> {
      const slot = await acquire(signal);
      let second: DuckDBConnection | undefined;
      const onAbort = () => {
        slot.connection.interrupt();
        second?.interrupt();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        second = await database.connect();
        return await spec.readCatalog(slot.connection, signal, second);
      } catch (error) {
        if (signal?.aborted) throw new SqlError('introspection was cancelled and interrupted', 'timeout');
        throw toSqlError(error, hints);
      } finally {
        signal?.removeEventListener('abort', onAbort);
        second?.closeSync();
        pool.release(slot);
      }
    },

    async execute(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
      const slot = await acquire(options.signal);
      try {
        const started = performance.now();
        await assertReadOnlySql(sql, slot.parser);
        return await runCappedQuery(slot.connection, sql, options, started, { ...hints, maxResultBytes: spec.limits?.maxResultBytes });
      } finally {
        pool.release(slot);
      }
    },

    async close(options: CloseOptions = {}): Promise<void> {
      if (closed) return;
      closed = true;
      for (const slot of pool.inUse()) slot.connection.interrupt();
      const idle = await pool.close(new ConnectorError(`connector for ${spec.location} is closed`));
      const leave = options.exiting === true && !spec.access.canWrite && idle.length > 0 && (await hasNothingToFlush(idle[0]!.connection));
      for (const slot of idle) {
        slot.connection.closeSync();
        slot.parser.closeSync();
      }
      // The parser's instance is in memory and only ever parses: it has nothing to flush either.
      if (leave) {
        leaveToProcessExit(database);
        leaveToProcessExit(parserDatabase);
      } else {
        database.closeSync();
        parserDatabase.closeSync();
      }
    },
  };
}

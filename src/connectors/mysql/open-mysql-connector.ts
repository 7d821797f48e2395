import mysql, { type PoolConnection, type RowDataPacket } from 'mysql2/promise';
import type { NamespaceConfig } from '../../config/config-schema.js';
import { SqlError, type Connector, type QueryOptions, type QueryResult } from '../connector.js';
import { ConnectorError } from '../connector-error.js';
import { serverLocation } from '../server-location.js';
import { checkMysqlAccess } from './check-mysql-access.js';
import { mysqlConnectionOptions } from './mysql-connection-options.js';
import { mysqlErrorMessage, toMysqlSqlError } from './mysql-error.js';
import { mysqlFlavour, statementTimeLimit, type MysqlFlavour } from './mysql-flavour.js';
import { mysqlQueryKiller } from './mysql-query-killer.js';
import { assertReadOnlyMysql } from './mysql-sql-guard.js';
import { readMysqlCatalog } from './read-mysql-catalog.js';
import { runCappedMysqlQuery } from './run-capped-mysql-query.js';

/** sql_mode flags that change how the server splits SQL into tokens; the guard reads SQL with them off. */
const LEXICAL_SQL_MODES = new Set(['ANSI', 'ANSI_QUOTES', 'NO_BACKSLASH_ESCAPES']);

/**
 * A MySQL or MariaDB database through a small mysql2 pool. Every session is SET SESSION TRANSACTION READ ONLY,
 * every query runs checked (assertReadOnlyMysql) inside START TRANSACTION READ ONLY ... ROLLBACK with a
 * server-side time limit, and timeouts, aborts and row caps stop the statement on the server with KILL QUERY.
 */
export async function openMysqlConnector(config: NamespaceConfig): Promise<Connector> {
  const location = serverLocation(config);
  const { pool: poolOptions, secrets } = mysqlConnectionOptions(config);
  const { database } = poolOptions;
  const pool = mysql.createPool(poolOptions);
  const { connectionLimit: _limit, maxIdle: _idle, ...connectionOptions } = poolOptions;
  const killer = mysqlQueryKiller(connectionOptions);
  const prepared = new WeakSet<object>();
  const inFlight = new Set<number>();
  let closed = false;

  const acquire = async (signal?: AbortSignal): Promise<PoolConnection> => {
    if (closed) throw new ConnectorError(`connector for ${location} is closed`);
    if (signal?.aborted) throw new SqlError('query was cancelled before it started', 'timeout');
    const connection = await untilAborted(pool.getConnection(), signal);
    try {
      if (!prepared.has(connection.connection)) {
        await prepareSession(connection);
        prepared.add(connection.connection);
      }
    } catch (error) {
      connection.destroy();
      throw error;
    }
    return connection;
  };

  /** Rolls back whatever the work left open; a connection that cannot roll back is dropped, never reused. */
  const giveBack = async (connection: PoolConnection) => {
    try {
      await connection.query('ROLLBACK');
      connection.release();
    } catch {
      connection.destroy();
    }
  };

  let flavour: MysqlFlavour;
  try {
    const connection = await acquire();
    try {
      const [rows] = await connection.query<RowDataPacket[]>('SELECT VERSION() AS version');
      flavour = mysqlFlavour(String(rows[0]?.version ?? ''));
    } finally {
      await giveBack(connection);
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ConnectorError(`cannot connect to ${location}: ${mysqlErrorMessage(error, secrets)}`, { cause: error });
  }

  return {
    dialect: 'mysql',
    location,

    async checkAccess(signal?: AbortSignal) {
      const connection = await acquire(signal);
      try {
        return await checkMysqlAccess(connection, database);
      } catch (error) {
        throw toMysqlSqlError(error, secrets);
      } finally {
        await giveBack(connection);
      }
    },

    async introspect(signal?: AbortSignal) {
      const connection = await acquire(signal);
      try {
        const { setup } = statementTimeLimit(flavour, undefined);
        if (setup) await connection.query(setup);
        return await readMysqlCatalog(connection, database);
      } catch (error) {
        throw toMysqlSqlError(error, secrets);
      } finally {
        await giveBack(connection);
      }
    },

    async execute(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
      const started = performance.now();
      const checked = assertReadOnlyMysql(sql, flavour, database);
      const connection = await acquire(options.signal);
      inFlight.add(connection.threadId);
      try {
        return await runCappedMysqlQuery(connection, checked, options, { flavour, secrets, killQuery: killer.kill }, started);
      } catch (error) {
        throw toMysqlSqlError(error, secrets);
      } finally {
        inFlight.delete(connection.threadId);
        await giveBack(connection);
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...inFlight].map((threadId) => killer.kill(threadId).catch(() => undefined)));
      await pool.end().catch(() => undefined);
      await killer.close();
    },
  };
}

/**
 * Read-only for every transaction on the session, and the sql_mode without the flags that would make the server
 * read quotes and backslashes differently from the guard.
 */
async function prepareSession(connection: PoolConnection): Promise<void> {
  await connection.query('SET SESSION TRANSACTION READ ONLY');
  const [rows] = await connection.query<RowDataPacket[]>('SELECT @@SESSION.sql_mode AS sql_mode');
  const modes = String(rows[0]?.sql_mode ?? '').split(',').filter(Boolean);
  const kept = modes.filter((mode) => !LEXICAL_SQL_MODES.has(mode.toUpperCase()));
  if (kept.length !== modes.length) await connection.query('SET SESSION sql_mode = ?', [kept.join(',')]);
}

/** The pooled connection, or a cancellation error when the signal aborts first (the connection then goes back). */
function untilAborted(pending: Promise<PoolConnection>, signal?: AbortSignal): Promise<PoolConnection> {
  if (!signal) return pending;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      pending.then((connection) => connection.release(), () => undefined);
      reject(new SqlError('query was cancelled before it started', 'timeout'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (connection) => {
        signal.removeEventListener('abort', onAbort);
        resolve(connection);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

import { constants as fsConstants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConnectionPool } from '../connection-pool.js';
import { SqlError, type CatalogTable, type Connector, type QueryOptions, type QueryResult } from '../connector.js';
import { ConnectorError } from '../connector-error.js';
import { readSqliteCatalog } from './read-sqlite-catalog.js';
import { SQLITE_ALLOWED_FUNCTIONS } from './sqlite-allowed-functions.js';
import { toSqliteError } from './sqlite-error.js';
import { damagedSqliteFile } from '../damaged-database.js';
import { sqliteJsonValue, sqliteStorageClass } from './sqlite-json-value.js';
import type { SqliteReply, SqliteRequest } from './sqlite-messages.js';
import { SqliteProcess, SqliteProcessExit } from './sqlite-process.js';
import { assertSqliteSelect } from './sqlite-sql-guard.js';

/** Child processes that may run queries at the same time; each holds the file open read-only. */
const POOL_SIZE = 2;
const DEFAULT_MAX_ROWS = 10_000;

/** A pool slot: its child process is started on first use and again after a timeout killed it. */
interface Lane {
  process?: SqliteProcess;
}

/** Opens a SQLite file read-only; queries run in child processes that a timeout or abort kills. */
export async function openSqliteConnector(file: string): Promise<Connector> {
  const location = path.resolve(file);
  const info = await stat(location).catch(() => undefined);
  if (!info) throw new ConnectorError(`database file not found: ${file}`);
  if (!info.isFile()) throw new ConnectorError(`not a SQLite database file: ${file} is a folder`);

  const startProcess = async (): Promise<SqliteProcess> => {
    const { process: child, reply } = await SqliteProcess.start(location, SQLITE_ALLOWED_FUNCTIONS).catch((error: Error) => {
      throw new ConnectorError(`cannot open SQLite database ${file}: ${error.message}`);
    });
    if (reply.type === 'ready') return child;
    await child.close();
    const reason = reply.type === 'failed' ? reply.message : reply.type === 'refused' ? reply.reason : 'unexpected reply';
    throw damagedSqliteFile(location, reason) ?? new ConnectorError(`cannot open SQLite database ${file}: ${reason}`);
  };

  const lanes: Lane[] = [{ process: await startProcess() }];
  for (let i = 1; i < POOL_SIZE; i++) lanes.push({});
  const pool = new ConnectionPool(lanes);
  /** How to stop each lane's running request when the connector closes. */
  const stoppers = new Map<Lane, () => void>();
  let closed = false;

  /** Sends one request on a free lane; a timeout or abort kills that lane's process, so the query really stops. */
  const send = async (request: SqliteRequest, options: QueryOptions = {}): Promise<SqliteReply> => {
    const { timeoutMs, signal } = options;
    const lane = await pool.acquire(signal, () => new SqlError('query was cancelled before it started', 'timeout'));
    let stoppedBy: 'timeout' | 'abort' | 'close' | undefined;
    const stop = (cause: 'timeout' | 'abort' | 'close') => {
      stoppedBy ??= cause;
      lane.process?.kill();
    };
    const onAbort = () => stop('abort');
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => stop('timeout'), timeoutMs);
    try {
      if (!lane.process?.alive) lane.process = await startProcess();
      if (closed) stop('close');
      if (signal?.aborted) stop('abort');
      stoppers.set(lane, () => stop('close'));
      return await lane.process.request(request);
    } catch (error) {
      if (stoppedBy === 'timeout') throw new SqlError(`query timed out after ${timeoutMs} ms and was interrupted`, 'timeout');
      if (stoppedBy === 'abort') throw new SqlError('query was cancelled and interrupted', 'timeout');
      if (stoppedBy === 'close') throw new ConnectorError(`connector for ${file} is closed`);
      if (error instanceof SqliteProcessExit) throw new SqlError(`${error.message}; the query was not answered`, 'runtime');
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      stoppers.delete(lane);
      pool.release(lane);
    }
  };

  const rows = async (sql: string, options?: QueryOptions): Promise<Record<string, unknown>[]> => {
    const reply = await send({ type: 'query', sql, maxRows: Number.MAX_SAFE_INTEGER, checked: false }, options);
    if (reply.type !== 'rows') throw toSqliteError(reply.type === 'failed' ? reply.message : 'unexpected reply', location);
    return reply.rows.map((row) => Object.fromEntries(reply.columns.map((column, i) => [column.name, sqliteJsonValue(row[i])])));
  };

  return {
    dialect: 'sqlite',
    location,

    async checkAccess() {
      const fileWritable = await access(location, fsConstants.W_OK).then(
        () => true,
        () => false,
      );
      return {
        canWrite: false,
        findings: [
          `${location} is opened read-only with PRAGMA query_only = 1: no statement can change it`,
          fileWritable
            ? 'the file itself is writable by this user (sluice never writes to it)'
            : 'the file itself is not writable by this user',
        ],
      };
    },

    async introspect(signal?: AbortSignal): Promise<CatalogTable[]> {
      return readSqliteCatalog((sql) => rows(sql, { signal }), info.size);
    },

    async execute(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
      const started = performance.now();
      if (options.signal?.aborted) throw new SqlError('query was cancelled before it started', 'timeout');
      assertSqliteSelect(sql);
      const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
      const reply = await send({ type: 'query', sql, maxRows, checked: true, ...(options.params ? { params: [...options.params] } : {}) }, options);
      if (reply.type === 'refused') throw new SqlError(`refused: ${reply.reason}`, 'refused');
      if (reply.type !== 'rows') throw toSqliteError(reply.type === 'failed' ? reply.message : 'unexpected reply', location);
      const truncated = reply.rows.length > maxRows;
      const raw = truncated ? reply.rows.slice(0, maxRows) : reply.rows;
      const columnTypes = reply.columns.map(
        (column, i) => column.type?.toUpperCase() || raw.map((row) => sqliteStorageClass(row[i])).find(Boolean) || '',
      );
      return {
        columns: reply.columns.map((column) => column.name),
        column_types: columnTypes,
        rows: raw.map((row) => row.map(sqliteJsonValue)),
        row_count: raw.length,
        truncated,
        duration_ms: Math.round(performance.now() - started),
      };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const stopLane of stoppers.values()) stopLane();
      const idle = await pool.close(new ConnectorError(`connector for ${file} is closed`));
      await Promise.all(idle.map((lane) => lane.process?.close()));
    },
  };
}

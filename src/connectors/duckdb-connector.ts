import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ConnectionPool } from './connection-pool.js';
import { SqlError, type CatalogTable, type Connector, type QueryOptions, type QueryResult } from './connector.js';
import { cleanDuckDbMessage, toSqlError } from './duckdb-error.js';
import { jsonSafeValue } from './json-safe-value.js';
import { assertReadOnlySql } from './sql-guard.js';

/** The database could not be opened or used at all (as opposed to one query failing). */
export class ConnectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorError';
  }
}

/** Queries that may run at the same time; more callers wait their turn. */
const POOL_SIZE = 4;
/** Row cap when the caller gives none, so a huge result is never materialised. */
const DEFAULT_MAX_ROWS = 10_000;
/** Above this estimated size a table's row_count is DuckDB's estimate instead of COUNT(*). */
const EXACT_COUNT_LIMIT = 1_000_000;

/** SQL can neither read files and URLs, nor install extensions, nor change these settings back. */
const SANDBOX_OPTIONS = {
  enable_external_access: 'false',
  autoinstall_known_extensions: 'false',
  allow_community_extensions: 'false',
  lock_configuration: 'true',
};

interface Slot {
  connection: DuckDBConnection;
  /** Connection to an empty in-memory database, used only to parse and check SQL. */
  parser: DuckDBConnection;
}

/** Opens a DuckDB file read-only with the sandbox settings; the connector runs every query on it. */
export async function openReadOnlyDuckDb(path: string): Promise<DuckDBInstance> {
  if (!existsSync(path)) throw new ConnectorError(`database file not found: ${path}`);
  try {
    return await DuckDBInstance.create(path, { access_mode: 'READ_ONLY', ...SANDBOX_OPTIONS });
  } catch (error) {
    const reason = cleanDuckDbMessage(error instanceof Error ? error.message : String(error));
    throw new ConnectorError(`cannot open database ${path}: ${reason}`);
  }
}

export async function openDuckDbConnector(path: string): Promise<Connector> {
  const database = await openReadOnlyDuckDb(path);
  const parserDatabase = await DuckDBInstance.create(':memory:', SANDBOX_OPTIONS);
  const slots: Slot[] = [];
  for (let i = 0; i < POOL_SIZE; i++) {
    slots.push({ connection: await database.connect(), parser: await parserDatabase.connect() });
  }
  const pool = new ConnectionPool(slots);
  let closed = false;

  const acquire = (signal?: AbortSignal) =>
    pool.acquire(signal, () => new SqlError('query was cancelled before it started', 'timeout'));

  return {
    dialect: 'duckdb',
    location: path,

    async checkAccess() {
      return { canWrite: false, findings: [`${path} is opened read-only (access_mode READ_ONLY) with external access off`] };
    },

    async introspect(signal?: AbortSignal): Promise<CatalogTable[]> {
      const slot = await acquire(signal);
      const onAbort = () => slot.connection.interrupt();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return await readCatalog(slot.connection, signal);
      } catch (error) {
        if (signal?.aborted) throw new SqlError('introspection was cancelled and interrupted', 'timeout');
        throw toSqlError(error);
      } finally {
        signal?.removeEventListener('abort', onAbort);
        pool.release(slot);
      }
    },

    async execute(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
      const slot = await acquire(options.signal);
      try {
        const started = performance.now();
        await assertReadOnlySql(sql, slot.parser);
        return await runCapped(slot.connection, sql, options, started);
      } finally {
        pool.release(slot);
      }
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      for (const slot of pool.inUse()) slot.connection.interrupt();
      const idle = await pool.close(new ConnectorError(`connector for ${path} is closed`));
      for (const slot of idle) {
        slot.connection.closeSync();
        slot.parser.closeSync();
      }
      database.closeSync();
      parserDatabase.closeSync();
    },
  };
}

/** Streams the result and stops after maxRows + 1 rows; a timeout or abort interrupts this connection only. */
async function runCapped(
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

async function readCatalog(connection: DuckDBConnection, signal?: AbortSignal): Promise<CatalogTable[]> {
  const rowsOf = async (sql: string) => {
    if (signal?.aborted) throw new Error('cancelled');
    return (await connection.runAndReadAll(sql)).getRowObjectsJson();
  };
  const inMainSchema = `database_name = current_database() AND schema_name = 'main'`;
  const tables = await rowsOf(
    `SELECT table_name, comment, estimated_size FROM duckdb_tables()
     WHERE ${inMainSchema} AND NOT internal AND NOT temporary ORDER BY table_name`,
  );
  const columns = await rowsOf(
    `SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns()
     WHERE ${inMainSchema} AND NOT internal ORDER BY table_name, column_index`,
  );
  const constraints = await rowsOf(
    `SELECT table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names
     FROM duckdb_constraints() WHERE ${inMainSchema} AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`,
  );
  const counts = await countRows(tables, rowsOf);

  return tables.map((table) => {
    const name = String(table.table_name);
    const own = constraints.filter((constraint) => constraint.table_name === name);
    const primaryKey = new Set(
      own.filter((c) => c.constraint_type === 'PRIMARY KEY').flatMap((c) => c.constraint_column_names as string[]),
    );
    const references = new Map<string, string>();
    for (const foreignKey of own.filter((c) => c.constraint_type === 'FOREIGN KEY')) {
      const from = foreignKey.constraint_column_names as string[];
      const to = foreignKey.referenced_column_names as string[];
      from.forEach((column, i) => references.set(column, `${String(foreignKey.referenced_table)}.${to[i]}`));
    }
    return {
      name,
      ...(table.comment ? { comment: String(table.comment) } : {}),
      row_count: counts.get(name) ?? 0,
      columns: columns
        .filter((column) => column.table_name === name)
        .map((column) => {
          const columnName = String(column.column_name);
          const reference = references.get(columnName);
          return {
            name: columnName,
            type: String(column.data_type),
            nullable: column.is_nullable === true,
            primary_key: primaryKey.has(columnName),
            ...(reference ? { references: reference } : {}),
            ...(column.comment ? { comment: String(column.comment) } : {}),
          };
        }),
    };
  });
}

async function countRows(
  tables: Record<string, unknown>[],
  rowsOf: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const exact: string[] = [];
  for (const table of tables) {
    const estimate = Number(table.estimated_size ?? 0);
    if (estimate > EXACT_COUNT_LIMIT) counts.set(String(table.table_name), estimate);
    else exact.push(String(table.table_name));
  }
  if (exact.length > 0) {
    const quote = (text: string, mark: string) => mark + text.replaceAll(mark, mark + mark) + mark;
    const union = exact
      .map((name) => `SELECT ${quote(name, "'")} AS table_name, COUNT(*) AS row_count FROM ${quote(name, '"')}`)
      .join(' UNION ALL ');
    for (const row of await rowsOf(union)) counts.set(String(row.table_name), Number(row.row_count));
  }
  return counts;
}

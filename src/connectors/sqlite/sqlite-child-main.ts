import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteReply, SqliteRequest } from './sqlite-messages.js';

/**
 * The program of the child process that owns the SQLite file. Its source text is what the child runs
 * (`node -e`), so it must stay self-contained: no imports at run time, only `load` (the child's own `require`,
 * passed in so a bundler cannot rewrite it) of the driver path the parent sends. better-sqlite3 cannot be
 * interrupted, so the parent kills this process to stop a query.
 */
export function sqliteChildMain(load: NodeJS.Require): void {
  const CALL_OPCODES = new Set(['Function', 'PureFunc', 'AggStep', 'AggStep1', 'AggFinal', 'AggValue', 'AggInverse']);
  let database: BetterSqlite3.Database | undefined;
  let allowed = new Set<string>();

  const reply = (message: SqliteReply) => process.send?.(message);

  const open = (request: Extract<SqliteRequest, { type: 'open' }>) => {
    const Database = load(request.driver) as typeof BetterSqlite3;
    database = new Database(request.path, { readonly: true, fileMustExist: true });
    database.pragma('query_only = 1');
    database.prepare('SELECT count(*) FROM sqlite_schema').get();
    allowed = new Set(request.allowedFunctions);
    reply({ type: 'ready' });
  };

  const refusal = (db: BetterSqlite3.Database, sql: string, statement: BetterSqlite3.Statement, params: readonly string[]) => {
    if (!statement.reader || !statement.readonly) return 'only one read-only SELECT statement may run';
    for (const step of db.prepare(`EXPLAIN ${sql}`).all(...params) as { opcode: string; p4: unknown }[]) {
      if (!CALL_OPCODES.has(step.opcode) || typeof step.p4 !== 'string') continue;
      const name = step.p4.replace(/\(.*$/, '').toLowerCase();
      if (!allowed.has(name)) return `${name}() is not allowed: only SQLite's built-in read-only functions may run`;
    }
    return undefined;
  };

  const query = (db: BetterSqlite3.Database, request: Extract<SqliteRequest, { type: 'query' }>) => {
    const statement = db.prepare(request.sql);
    const reason = request.checked ? refusal(db, request.sql, statement, request.params ?? []) : undefined;
    if (reason) return reply({ type: 'refused', reason });
    statement.safeIntegers(true).raw(true);
    const columns = statement.columns().map((column) => ({ name: column.name, type: column.type }));
    const rows: unknown[][] = [];
    for (const row of statement.iterate(...(request.params ?? [])) as IterableIterator<unknown[]>) {
      rows.push(row);
      if (rows.length > request.maxRows) break;
    }
    reply({ type: 'rows', columns, rows });
  };

  process.on('message', (request: SqliteRequest) => {
    try {
      if (request.type === 'open') open(request);
      else if (!database) reply({ type: 'failed', message: 'the database is not open' });
      else query(database, request);
    } catch (error) {
      const failure = error as { message?: string; code?: string };
      reply({ type: 'failed', message: String(failure.message ?? error), ...(failure.code ? { code: failure.code } : {}) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContextSchema, type Context, type TableSchema } from '../src/context/context-schema.js';
import type { DialectName } from '../src/dialects/dialect-name.js';
import { openWritableDatabase } from '../src/loaders/open-writable-database.js';
import type { TableDefinition } from '../src/loaders/table-definition.js';
import type { WritableDatabase } from '../src/loaders/writable-database.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { parseSqlError } from '../src/models/offline/parse-sql-error.js';
import { MYSQL_ADMIN_URL, POSTGRES_ADMIN_URL, missingServerMessage, scratchName, withDatabase, connectPostgresAdmin } from './helpers/real-servers.js';
import { tempDir } from './helpers/run-cli.js';

/**
 * The offline model's fixes read the errors PostgreSQL, MariaDB and SQLite really produce: each broken query runs
 * on the real engine, its error goes to the model, and the repaired SQL must run there and give the intended rows.
 */
const TABLES: TableDefinition[] = [
  {
    name: 'customers',
    columns: [
      { name: 'customer_id', type: 'INTEGER', nullable: false },
      { name: 'email', type: 'VARCHAR', nullable: false },
      { name: 'state', type: 'VARCHAR', nullable: false },
    ],
    primaryKey: ['customer_id'],
  },
  {
    name: 'orders',
    columns: [
      { name: 'order_id', type: 'INTEGER', nullable: false },
      { name: 'customer_id', type: 'INTEGER', nullable: false },
      { name: 'order_date', type: 'DATE', nullable: false },
      { name: 'channel', type: 'VARCHAR', nullable: false },
      { name: 'status', type: 'VARCHAR', nullable: false },
    ],
    primaryKey: ['order_id'],
    foreignKeys: [{ columns: ['customer_id'], table: 'customers', references: ['customer_id'] }],
  },
];
const CUSTOMERS = [1, 2, 3, 4].map((id) => [id, `c${id}@example.com`, id % 2 === 0 ? 'NY' : 'CA']);
const ORDERS = Array.from({ length: 12 }, (_, i) => [i + 1, (i % 4) + 1, `${2025 + (i % 2)}-0${(i % 9) + 1}-15`, ['web', 'store', 'mobile'][i % 3], i % 5 === 0 ? 'cancelled' : 'completed']);

const schemas: TableSchema[] = TABLES.map((table, i) => ({
  name: table.name,
  columns: table.columns.map((c) => ({ name: c.name, type: c.type, nullable: false, primary_key: (table.primaryKey ?? []).includes(c.name) })),
  ddl: `CREATE TABLE ${table.name} (...)`,
  sample_rows: [],
  score: 2 - i,
  reason: 'ranked',
}));

type Query = (sql: string) => Promise<unknown[][]>;
const engines = {} as Record<Exclude<DialectName, 'duckdb'>, Query>;
const cleanups: (() => Promise<void>)[] = [];

async function loadTables(target: WritableDatabase): Promise<void> {
  for (const table of TABLES) await target.createTable(table);
  await target.insertRows('customers', ['customer_id', 'email', 'state'], CUSTOMERS);
  await target.insertRows('orders', ['order_id', 'customer_id', 'order_date', 'channel', 'status'], ORDERS);
  for (const table of TABLES) await target.addForeignKeys(table);
}

beforeAll(async () => {
  const database = scratchName('errorfixes');
  const pgAdmin = await connectPostgresAdmin();
  await pgAdmin.query(`CREATE DATABASE ${database}`);
  const pgTarget = await openWritableDatabase({ type: 'postgres', url: withDatabase(POSTGRES_ADMIN_URL, database) });
  await loadTables(pgTarget);
  engines.postgres = async (sql) => (await pgTarget.query(sql)).map((row) => Object.values(row));
  cleanups.push(async () => {
    await pgTarget.close();
    await pgAdmin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await pgAdmin.end();
  });

  let myAdmin: mysql.Connection;
  try {
    myAdmin = await mysql.createConnection(MYSQL_ADMIN_URL);
  } catch (error) {
    throw new Error(missingServerMessage('MariaDB', MYSQL_ADMIN_URL, error));
  }
  await myAdmin.query(`CREATE DATABASE ${database}`);
  const myTarget = await openWritableDatabase({ type: 'mysql', url: withDatabase(MYSQL_ADMIN_URL, database) });
  await loadTables(myTarget);
  // Servers configured the strict way (MySQL 8's default) refuse ungrouped columns; the fix must read that error.
  await myTarget.exec(`SET SESSION sql_mode = CONCAT(@@sql_mode, ',ONLY_FULL_GROUP_BY')`);
  engines.mysql = async (sql) => (await myTarget.query(sql)).map((row) => Object.values(row));
  cleanups.push(async () => {
    await myTarget.close();
    await myAdmin.query(`DROP DATABASE ${database}`);
    await myAdmin.end();
  });

  const liteTarget = await openWritableDatabase({ type: 'sqlite', path: `${tempDir('sluice-error-fixes-')}/fixes.sqlite` });
  await loadTables(liteTarget);
  engines.sqlite = async (sql) => (await liteTarget.query(sql)).map((row) => Object.values(row));
  cleanups.push(() => liteTarget.close());
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

const model = createOfflineModel();

async function errorOf(dialect: keyof typeof engines, sql: string): Promise<string> {
  try {
    await engines[dialect](sql);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${dialect} ran ${sql} without an error`);
}

/** The model's repair of `sql` after the engine's real error. */
async function repaired(dialect: keyof typeof engines, sql: string): Promise<{ error: string; fixed: string }> {
  const error = await errorOf(dialect, sql);
  const context: Context = ContextSchema.parse({
    run_id: `error-fix-${dialect}`,
    task: { text: 'x', namespace: dialect, plan: 'reflection', current_date: '2026-11-25', max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
    table_schemas: schemas,
    sql_attempts: [{ sql, source: 'generate_sql', executed: true, error, error_kind: 'binder' }],
  });
  const fixed = (await model.fix(context, { signal: new AbortController().signal, dialect, node: 'fix' })).sql;
  return { error, fixed };
}

const sorted = (rows: unknown[][]) => rows.map((row) => row.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v))).sort();

describe.each(['postgres', 'mysql', 'sqlite'] as const)('fixes from real %s errors', (dialect) => {
  it('replaces a misspelled column', async () => {
    const { error, fixed } = await repaired(dialect, 'SELECT custmer_id FROM orders ORDER BY 1');
    expect(parseSqlError(error)).toMatchObject({ kind: 'missing_column', name: 'custmer_id' });
    expect(fixed).toBe('SELECT customer_id FROM orders ORDER BY 1');
    expect(await engines[dialect](fixed)).toHaveLength(ORDERS.length);
  });

  it('replaces a misspelled qualified column', async () => {
    const { error, fixed } = await repaired(dialect, 'SELECT o.chanel, COUNT(*) FROM orders o GROUP BY o.chanel');
    expect(parseSqlError(error)).toMatchObject({ kind: 'missing_column', name: 'chanel', table: 'o' });
    expect(sorted(await engines[dialect](fixed))).toEqual(sorted(await engines[dialect]('SELECT channel, COUNT(*) FROM orders GROUP BY channel')));
  });

  it('replaces a misspelled table', async () => {
    const { error, fixed } = await repaired(dialect, "SELECT COUNT(*) FROM custmers WHERE state = 'NY'");
    expect(parseSqlError(error)).toMatchObject({ kind: 'missing_table', name: 'custmers' });
    expect(sorted(await engines[dialect](fixed))).toEqual([[2]]);
  });
});

describe.each(['postgres', 'mysql'] as const)('GROUP BY fixes from real %s errors', (dialect) => {
  it('adds the ungrouped column to the GROUP BY', async () => {
    const { error, fixed } = await repaired(dialect, 'SELECT channel, status, COUNT(*) FROM orders GROUP BY channel');
    expect(parseSqlError(error)).toMatchObject({ kind: 'group_by' });
    expect(sorted(await engines[dialect](fixed))).toEqual(sorted(await engines[dialect]('SELECT channel, status, COUNT(*) FROM orders GROUP BY channel, status')));
  });
});

describe('GROUP BY fixes from the MariaDB error that names no column', () => {
  it('groups by the plain column next to an aggregate', async () => {
    const { error, fixed } = await repaired('mysql', 'SELECT channel, COUNT(*) AS n FROM orders');
    expect(error).toMatch(/Mixing of GROUP columns .* no GROUP BY clause/);
    expect(parseSqlError(error)).toEqual({ kind: 'group_by' });
    expect(sorted(await engines.mysql(fixed))).toEqual(sorted(await engines.mysql('SELECT channel, COUNT(*) FROM orders GROUP BY channel')));
  });

  it('groups by every item that is neither aggregated nor constant, without aliases, before ORDER BY', async () => {
    const { error, fixed } = await repaired(
      'mysql',
      "SELECT o.channel AS ch, YEAR(o.order_date) yr, 'all' AS scope, 3, COUNT(*) AS n, SUM(o.order_id) total FROM orders o WHERE o.status = 'completed' ORDER BY n DESC",
    );
    expect(parseSqlError(error)).toEqual({ kind: 'group_by' });
    expect(fixed).toContain('GROUP BY o.channel, YEAR(o.order_date)');
    expect(sorted(await engines.mysql(fixed))).toEqual(
      sorted(
        await engines.mysql(
          "SELECT o.channel, YEAR(o.order_date), 'all', 3, COUNT(*), SUM(o.order_id) FROM orders o WHERE o.status = 'completed' GROUP BY o.channel, YEAR(o.order_date)",
        ),
      ),
    );
  });

  it('groups by columns a HAVING aggregates over when the select list has no aggregate', async () => {
    const { error, fixed } = await repaired('mysql', 'SELECT channel, status FROM orders HAVING COUNT(*) > 1');
    expect(parseSqlError(error)).toEqual({ kind: 'group_by' });
    expect(sorted(await engines.mysql(fixed))).toEqual(sorted(await engines.mysql('SELECT channel, status FROM orders GROUP BY channel, status HAVING COUNT(*) > 1')));
  });
});

describe('type mismatch fixes from real PostgreSQL errors', () => {
  it('compares a date with a year through its year', async () => {
    const { error, fixed } = await repaired('postgres', 'SELECT COUNT(*) FROM orders WHERE order_date >= 2026');
    expect(parseSqlError(error)).toEqual({ kind: 'type_mismatch', left: 'date', right: 'integer' });
    expect(sorted(await engines.postgres(fixed))).toEqual(sorted(await engines.postgres("SELECT COUNT(*) FROM orders WHERE order_date >= DATE '2026-01-01'")));
  });

  it('reads text as a number where it is compared with one', async () => {
    const { error, fixed } = await repaired('postgres', 'SELECT COUNT(*) FROM customers WHERE email > 5');
    expect(parseSqlError(error)).toMatchObject({ kind: 'type_mismatch', left: 'text', right: 'integer' });
    expect(sorted(await engines.postgres(fixed))).toEqual([[0]]);
  });

  it('compares a number column as text with a string', async () => {
    const { error, fixed } = await repaired('postgres', "SELECT COUNT(*) FROM orders WHERE customer_id = 'abc'");
    expect(parseSqlError(error)).toMatchObject({ kind: 'conversion', value: 'abc' });
    expect(sorted(await engines.postgres(fixed))).toEqual([[0]]);
  });
});

describe('SQLite and MariaDB syntax errors', () => {
  it('name the word they stumbled on', async () => {
    expect(parseSqlError(await errorOf('sqlite', 'SELEC 1'))).toEqual({ kind: 'syntax', near: 'SELEC' });
    expect(parseSqlError(await errorOf('mysql', 'SELEC 1'))).toEqual({ kind: 'syntax', near: 'SELEC' });
    expect(parseSqlError(await errorOf('sqlite', 'SELECT * FROM orders WHERE SUM(order_id) > 1')).kind).toBe('other');
  });
});

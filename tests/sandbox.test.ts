import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { ConnectorError, openDuckDbConnector, openReadOnlyDuckDb } from '../src/connectors/duckdb-connector.js';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';

const SLOW_SQL = 'SELECT COUNT(*) FROM range(100000000) a, range(100000) b';

let cacheDir: string;
let databasePath: string;
let connector: Connector;

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'sluice-sandbox-'));
  databasePath = (await ensureDemoDatabase(cacheDir)).database;
  connector = await openDuckDbConnector(databasePath);
});

afterAll(async () => {
  await connector?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

async function failure(sql: string, options = {}): Promise<SqlError> {
  try {
    await connector.execute(sql, options);
  } catch (error) {
    expect(error).toBeInstanceOf(SqlError);
    return error as SqlError;
  }
  throw new Error(`expected the query to fail: ${sql}`);
}

describe('sandbox refusals', () => {
  it.each([
    ["INSERT INTO categories VALUES (99, 'Garden', 'Plants')", 'INSERT'],
    ["UPDATE customers SET state = 'NY' WHERE customer_id = 1", 'UPDATE'],
    ['DELETE FROM orders', 'DELETE'],
    ['CREATE TABLE stolen AS SELECT * FROM customers', 'CREATE'],
    ['DROP TABLE orders', 'DROP'],
    ["COPY customers TO '/tmp/customers.csv'", 'COPY'],
    ["ATTACH '/tmp/other.duckdb' AS other", 'ATTACH'],
    ['INSTALL httpfs', 'INSTALL'],
    ['LOAD httpfs', 'LOAD'],
    ['PRAGMA version', 'PRAGMA'],
    ['SET threads = 1', 'SET'],
    ['CALL pragma_version()', 'CALL'],
    ['EXPLAIN ANALYZE SELECT * FROM orders', 'EXPLAIN'],
  ])('refuses %s', async (sql, keyword) => {
    const error = await failure(sql);
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(`refused: only one read-only SELECT statement may run (got ${keyword})`);
  });

  it('refuses more than one statement', async () => {
    const error = await failure('SELECT 1; SELECT 2');
    expect(error.kind).toBe('refused');
    expect(error.message).toBe('refused: multiple statements (got 2); only one read-only SELECT statement may run');
    expect((await failure('SELECT 1; DROP TABLE orders')).message).toMatch(/^refused: multiple statements \(got 2\)/);
  });

  it('refuses an empty statement', async () => {
    expect((await failure('  -- nothing here\n')).message).toBe('refused: there is no SQL statement to run');
  });

  it('refuses file-reading functions, wherever they hide', async () => {
    const direct = await failure("SELECT * FROM read_csv('/etc/passwd')");
    expect(direct.kind).toBe('refused');
    expect(direct.message).toBe('refused: read_csv reads files and is not allowed');
    const nested = await failure(
      "WITH x AS (SELECT * FROM orders WHERE order_id IN (SELECT * FROM read_parquet('/tmp/a.parquet'))) SELECT * FROM x",
    );
    expect(nested.message).toBe('refused: read_parquet reads files and is not allowed');
    expect((await failure("SELECT * FROM glob('/etc/*')")).message).toBe('refused: glob lists files and is not allowed');
    expect((await failure("SELECT * FROM sqlite_scan('/tmp/x.db', 't')")).message).toMatch(/^refused: sqlite_scan reads/);
    expect((await failure("SELECT * FROM query('DROP TABLE orders')")).message).toMatch(/^refused: query runs SQL given as text/);
    expect((await failure("SELECT getenv('HOME')")).message).toBe(
      'refused: getenv reads the server environment and is not allowed',
    );
  });

  it('refuses tables that are file paths or URLs', async () => {
    const error = await failure("SELECT * FROM '/etc/passwd'");
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(
      "refused: '/etc/passwd' looks like a file path or URL; only tables of the database may be queried",
    );
    expect((await failure("SELECT * FROM 'https://example.com/data.csv'")).kind).toBe('refused');
    expect((await failure('SELECT * FROM "sales.parquet"')).kind).toBe('refused');
  });
});

describe('errors from DuckDB', () => {
  it('reports a syntax error with DuckDB message', async () => {
    const error = await failure('SELEC * FROM orders');
    expect(error.kind).toBe('syntax');
    expect(error.message).toBe('Parser Error: syntax error at or near "SELEC"');
  });

  it('reports a binder error naming the column, with DuckDB hints and no caret block', async () => {
    const error = await failure('SELECT total_amount FROM orders');
    expect(error.kind).toBe('binder');
    expect(error.message).toMatch(/^Binder Error: Referenced column "total_amount" not found/);
    expect(error.message).toContain('Candidate bindings');
    expect(error.message).not.toContain('LINE 1:');
  });

  it('reports a missing table as a binder error with a suggestion', async () => {
    const error = await failure('SELECT * FROM order_item');
    expect(error.kind).toBe('binder');
    expect(error.message).toMatch(/^Catalog Error: Table with name order_item does not exist!\nDid you mean "order_items/);
  });

  it('reports other failures as runtime errors', async () => {
    const error = await failure("SELECT 'abc'::INTEGER");
    expect(error.kind).toBe('runtime');
    expect(error.message).toMatch(/^Conversion Error/);
  });
});

describe('queries that run', () => {
  it('runs a plain SELECT', async () => {
    const result = await connector.execute("SELECT customer_id, state FROM customers WHERE state = 'CA' ORDER BY 1");
    expect(result.columns).toEqual(['customer_id', 'state']);
    expect(result.column_types).toEqual(['INTEGER', 'VARCHAR']);
    expect(result.row_count).toBeGreaterThan(100);
    expect(result.rows[0][1]).toBe('CA');
    expect(result.truncated).toBe(false);
    expect(result.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('runs a WITH query with a UNION', async () => {
    const result = await connector.execute(
      `WITH ca AS (SELECT COUNT(*) AS n FROM customers WHERE state = 'CA')
       SELECT 'CA' AS state, n FROM ca UNION ALL SELECT 'all', COUNT(*) FROM customers ORDER BY 2`,
    );
    expect(result.rows).toHaveLength(2);
    expect(result.rows[1]).toEqual(['all', 2000]);
  });

  it('returns JSON-safe values', async () => {
    const result = await connector.execute(
      `SELECT 42::BIGINT AS small, 9007199254740993::BIGINT AS big, 12.34::DECIMAL(10, 2) AS price,
              DATE '2026-11-25' AS day, TIMESTAMP '2026-11-25 10:30:00' AS at, NULL AS nothing,
              [1, 2] AS list, {'a': 1, 'b': 'x'} AS struct, 1.5::DOUBLE AS ratio, true AS flag`,
    );
    expect(result.rows[0]).toEqual([42, '9007199254740993', 12.34, '2026-11-25', '2026-11-25 10:30:00', null, [1, 2], { a: 1, b: 'x' }, 1.5, true]);
    expect(result.column_types).toEqual([
      'BIGINT', 'BIGINT', 'DECIMAL(10,2)', 'DATE', 'TIMESTAMP', 'INTEGER', 'INTEGER[]', 'STRUCT("a" INTEGER, "b" VARCHAR)', 'DOUBLE', 'BOOLEAN',
    ]);
    expect(JSON.parse(JSON.stringify(result.rows))).toEqual(result.rows);
  });

  it('caps rows and marks the result truncated', async () => {
    const capped = await connector.execute('SELECT * FROM order_items ORDER BY order_item_id', { maxRows: 5000 });
    expect(capped.row_count).toBe(5000);
    expect(capped.rows).toHaveLength(5000);
    expect(capped.truncated).toBe(true);
    const exact = await connector.execute('SELECT * FROM categories', { maxRows: 8 });
    expect(exact.row_count).toBe(8);
    expect(exact.truncated).toBe(false);
  });

  it('runs many queries at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => connector.execute(`SELECT COUNT(*) + ${i} FROM orders`)),
    );
    const base = results[0].rows[0][0] as number;
    results.forEach((result, i) => expect(result.rows[0][0]).toBe(base + i));
  });
});

describe('timeouts and cancellation', () => {
  it('interrupts a slow query and keeps working', async () => {
    const started = Date.now();
    const error = await failure(SLOW_SQL, { timeoutMs: 300 });
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query timed out after 300 ms and was interrupted');
    expect(Date.now() - started).toBeLessThan(5000);
    const after = await connector.execute('SELECT COUNT(*) FROM customers');
    expect(after.rows[0][0]).toBe(2000);
  });

  it('interrupts only the query that timed out', async () => {
    const slow = failure(SLOW_SQL, { timeoutMs: 500 });
    const others = Array.from({ length: 3 }, () => connector.execute('SELECT COUNT(*) FROM orders', { timeoutMs: 10_000 }));
    for (const result of await Promise.all(others)) expect(result.rows[0][0]).toBeGreaterThan(15_000);
    expect((await slow).kind).toBe('timeout');
  });

  it('interrupts the query when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await failure(SLOW_SQL, { signal: controller.signal });
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query was cancelled and interrupted');
    expect((await connector.execute('SELECT 1')).rows).toEqual([[1]]);
  });
});

describe('the database itself is read-only and sandboxed', () => {
  it('opens in read-only access mode, which SQL through the connector may not inspect (it reveals host paths)', async () => {
    const instance = await openReadOnlyDuckDb(databasePath);
    const raw = await instance.connect();
    try {
      expect((await raw.runAndReadAll("SELECT current_setting('access_mode')")).getRows()[0]![0]).toBe('read_only');
      const databases = await raw.runAndReadAll('SELECT readonly FROM duckdb_databases() WHERE database_name = current_database()');
      expect(databases.getRows()).toEqual([[true]]);
    } finally {
      raw.closeSync();
      instance.closeSync();
    }
    expect((await failure("SELECT current_setting('access_mode')")).kind).toBe('refused');
    expect((await failure('SELECT readonly FROM duckdb_databases()')).kind).toBe('refused');
  });

  it('refuses writes, file reads and setting changes even without the guard', async () => {
    const instance = await openReadOnlyDuckDb(databasePath);
    const raw = await instance.connect();
    try {
      await expect(raw.run("INSERT INTO categories VALUES (99, 'Garden', 'Plants')")).rejects.toThrow(/read-only/);
      await expect(raw.run("SELECT * FROM read_csv('/etc/passwd')")).rejects.toThrow(/Permission Error/);
      await expect(raw.run('SET enable_external_access = true')).rejects.toThrow(/configuration has been locked/);
    } finally {
      raw.closeSync();
      instance.closeSync();
    }
  });
});

describe('introspection and lifecycle', () => {
  it('describes tables, keys, comments and row counts', async () => {
    const tables = await connector.introspect();
    expect(tables.map((table) => table.name)).toEqual([
      'categories', 'customers', 'order_items', 'orders', 'products', 'returns', 'user_activity',
    ]);
    const customers = tables.find((table) => table.name === 'customers')!;
    expect(customers.row_count).toBe(2000);
    expect(customers.comment).toMatch(/customers/i);
    const state = customers.columns.find((column) => column.name === 'state')!;
    expect(state).toMatchObject({ type: 'VARCHAR', nullable: false, primary_key: false });
    expect(state.comment).toMatch(/Two-letter US state code, e\.g\. CA for California/);
    expect(customers.columns.find((column) => column.name === 'customer_id')?.primary_key).toBe(true);
    const items = tables.find((table) => table.name === 'order_items')!;
    expect(items.columns.find((column) => column.name === 'order_id')?.references).toBe('orders.order_id');
    expect(items.columns.find((column) => column.name === 'product_id')?.references).toBe('products.product_id');
    expect(items.columns.find((column) => column.name === 'unit_price')?.type).toBe('DECIMAL(10,2)');
  });

  it('gives a clear error for a missing database file', async () => {
    const missing = join(cacheDir, 'nope.duckdb');
    await expect(openDuckDbConnector(missing)).rejects.toThrow(new ConnectorError(`database file not found: ${missing}`));
    await expect(openDuckDbConnector(missing)).rejects.toBeInstanceOf(ConnectorError);
  });

  it('refuses queries after close', async () => {
    const second = await openDuckDbConnector(databasePath);
    await second.close();
    await expect(second.execute('SELECT 1')).rejects.toBeInstanceOf(ConnectorError);
  });
});

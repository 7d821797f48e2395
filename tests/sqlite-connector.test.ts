import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { ConnectorError } from '../src/connectors/connector-error.js';
import { openSqliteConnector } from '../src/connectors/sqlite/open-sqlite-connector.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/** Counts to a billion inside SQLite: one native call that runs for minutes unless it is killed. */
const SLOW_SQL = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c';

let dir: string;
let databasePath: string;
let connector: Connector;

function listFiles(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

function hashFile(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-sqlite-'));
  databasePath = path.join(dir, 'shop.db');
  const db = new Database(databasePath);
  db.exec(`
    CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, state TEXT);
    CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers, total REAL, note BLOB, big INTEGER);
    CREATE TABLE tags (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID;
    CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
    INSERT INTO customers VALUES (1, 'Ann', 'CA'), (2, 'Bob', 'NY'), (3, 'Cy', 'CA');
    INSERT INTO tags VALUES ('a', 'Alpha');
  `);
  const insert = db.prepare('INSERT INTO orders VALUES (?, ?, ?, ?, ?)');
  for (let i = 1; i <= 50; i++) insert.run(i, (i % 3) + 1, i * 10.5, i === 1 ? Buffer.from([0xde, 0xad]) : null, i === 2 ? 9007199254740993n : i);
  db.close();
  connector = await openSqliteConnector(databasePath);
});

afterAll(async () => {
  await connector?.close();
  fs.rmSync(dir, { recursive: true, force: true });
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

describe('opening', () => {
  it('refuses a missing file, a folder and a file that is not SQLite with one clear line, creating nothing', async () => {
    const before = listFiles(dir);
    await expect(openSqliteConnector(path.join(dir, 'missing.db'))).rejects.toThrow(/^database file not found: .*missing\.db$/);
    await expect(openSqliteConnector(dir)).rejects.toThrow(/is a folder$/);
    const text = path.join(dir, 'notes.db');
    fs.writeFileSync(text, 'not a database at all, just some words\n'.repeat(50));
    await expect(openSqliteConnector(text)).rejects.toSatisfy(
      (error: Error) => error instanceof ConnectorError && /^cannot open SQLite database .*notes\.db: file is not a database$/.test(error.message),
    );
    fs.rmSync(text);
    expect(listFiles(dir)).toEqual(before);
  });

  it('reports sqlite dialect, the absolute location and read-only access', async () => {
    expect(connector.dialect).toBe('sqlite');
    expect(connector.location).toBe(databasePath);
    const access = await connector.checkAccess!();
    expect(access.canWrite).toBe(false);
    expect(access.findings[0]).toMatch(/opened read-only with PRAGMA query_only = 1/);
    expect(access.findings[1]).toBe('the file itself is writable by this user (sluice never writes to it)');
  });
});

describe('introspection', () => {
  it('lists tables and views with columns, keys, references and row counts', async () => {
    const tables = await connector.introspect();
    expect(tables.map((table) => table.name)).toEqual(['big_orders', 'customers', 'orders', 'tags']);
    const byName = new Map(tables.map((table) => [table.name, table]));
    expect(byName.get('customers')).toEqual({
      name: 'customers',
      row_count: 3,
      columns: [
        { name: 'id', type: 'INTEGER', nullable: false, primary_key: true },
        { name: 'name', type: 'TEXT', nullable: false, primary_key: false },
        { name: 'state', type: 'TEXT', nullable: true, primary_key: false },
      ],
    });
    const orders = byName.get('orders')!;
    expect(orders.row_count).toBe(50);
    expect(orders.columns.find((column) => column.name === 'customer_id')?.references).toBe('customers.id');
    expect(byName.get('big_orders')?.row_count).toBe(41);
    expect(byName.get('tags')).toMatchObject({ row_count: 1, columns: [{ name: 'code', primary_key: true }, { name: 'label' }] });
  });

  it('reads table and column comments back from -- lines in the CREATE TABLE text', async () => {
    const commented = path.join(dir, 'commented.db');
    const db = new Database(commented);
    // The demo loader's form: the table's comment ends the CREATE TABLE line, each column's sits on the line above it.
    db.exec(`CREATE TABLE "sales" ( -- one row per sale
  -- when the sale was booked
  "sold_on" TEXT NOT NULL,
  -- total in euros, tax included
  -- (refunds are negative)
  "amount" REAL,
  "note" TEXT,
  PRIMARY KEY ("sold_on")
)`);
    // Hand-written forms: a comment ending the column's line (also after its comma), one after the last column,
    // quoted names, strings and nested parentheses holding -- that are not comments.
    db.exec(`CREATE TABLE [Shop Items] (
  id INTEGER PRIMARY KEY, -- stock keeping number
  "Label" TEXT DEFAULT '-- none --' CHECK (length("Label") > 0 -- not a column comment
  ), -- shown on the shelf
  price REAL -- before discounts
  , qty INTEGER
  -- items on hand
  , UNIQUE (label)
)`);
    db.exec('CREATE TABLE plain (a INTEGER, b TEXT)');
    db.close();
    const other = await openSqliteConnector(commented);
    try {
      const byName = new Map((await other.introspect()).map((table) => [table.name, table]));
      expect(byName.get('sales')).toMatchObject({
        comment: 'one row per sale',
        columns: [
          { name: 'sold_on', comment: 'when the sale was booked' },
          { name: 'amount', comment: 'total in euros, tax included (refunds are negative)' },
          { name: 'note' },
        ],
      });
      expect(byName.get('sales')!.columns[2]!.comment).toBeUndefined();
      const items = byName.get('Shop Items')!;
      expect(items.comment).toBeUndefined();
      expect(items.columns.map((column) => [column.name, column.comment])).toEqual([
        ['id', 'stock keeping number'],
        ['Label', 'shown on the shelf'],
        ['price', 'before discounts'],
        ['qty', 'items on hand'],
      ]);
      expect(byName.get('plain')).toEqual({
        name: 'plain',
        row_count: 0,
        columns: [
          { name: 'a', type: 'INTEGER', nullable: true, primary_key: false },
          { name: 'b', type: 'TEXT', nullable: true, primary_key: false },
        ],
      });
    } finally {
      await other.close();
      fs.rmSync(commented);
    }
  });

  it('uses sqlite_stat1 estimates when ANALYZE has run', async () => {
    const analysed = path.join(dir, 'analysed.db');
    const db = new Database(analysed);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t(v);');
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run(`v${i % 7}`);
    db.exec('ANALYZE');
    db.close();
    const other = await openSqliteConnector(analysed);
    try {
      expect((await other.introspect()).map((table) => [table.name, table.row_count])).toEqual([['t', 200]]);
    } finally {
      await other.close();
      fs.rmSync(analysed);
    }
  });
});

describe('queries', () => {
  it('returns JSON-safe rows with declared or inferred column types', async () => {
    const result = await connector.execute(
      'SELECT o.id, c.name, o.total, o.note, o.big, o.total * 2 AS doubled, 1e999 AS inf FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id <= 2 ORDER BY o.id',
    );
    expect(result.columns).toEqual(['id', 'name', 'total', 'note', 'big', 'doubled', 'inf']);
    expect(result.column_types).toEqual(['INTEGER', 'TEXT', 'REAL', 'BLOB', 'INTEGER', 'REAL', 'REAL']);
    expect(result.rows).toEqual([
      [1, 'Bob', 10.5, "X'DEAD'", 1, 21, 'Infinity'],
      [2, 'Cy', 21, null, '9007199254740993', 42, 'Infinity'],
    ]);
    expect(result.truncated).toBe(false);
  });

  it('caps rows by iterating, not by reading everything', async () => {
    const result = await connector.execute(
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c',
      { maxRows: 5, timeoutMs: 10_000 },
    );
    expect(result.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(result.truncated).toBe(true);
    expect(result.row_count).toBe(5);
  });

  it.each([
    ['SELEC name FROM customers', 'syntax', 'near "SELEC": syntax error'],
    ['SELECT name FROM customers WHERE (id = 1', 'syntax', 'incomplete input'],
    ['SELECT nope FROM customers', 'binder', 'no such column: nope'],
    ['SELECT * FROM nowhere', 'binder', 'no such table: nowhere'],
    ['SELECT id FROM customers, orders', 'binder', 'ambiguous column name: id'],
    ['SELECT count(count(id)) FROM orders', 'binder', 'misuse of aggregate function count()'],
    ['SELECT name FROM customers WHERE id = ?', 'syntax', 'the SQL has parameters (?, :name or $name) but none are given: write the values into the SQL'],
  ])('classifies %s as %s', async (sql, kind, message) => {
    const error = await failure(sql);
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
  });

  it('interrupts a long query on timeout while the event loop keeps running', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    const error = await failure(SLOW_SQL, { timeoutMs: 400 });
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query timed out after 400 ms and was interrupted');
    expect(elapsed).toBeLessThan(3_000);
    // A blocked event loop would fire the 10 ms timer at most once; a busy machine still fires it several times.
    expect(ticks).toBeGreaterThan(5);
    expect((await connector.execute('SELECT count(*) AS n FROM customers')).rows).toEqual([[3]]);
  });

  it('stops a running query when its signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    const error = await failure(SLOW_SQL, { signal: controller.signal });
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query was cancelled and interrupted');
    expect(performance.now() - started).toBeLessThan(3_000);
    const aborted = AbortSignal.abort();
    expect((await failure('SELECT 1', { signal: aborted })).message).toBe('query was cancelled before it started');
  });

  it('close stops a running query, refuses new ones, and lets a process exit at once', async () => {
    const script = `
      import { openSqliteConnector } from ${JSON.stringify(path.join(REPO_ROOT, 'dist/src/connectors/sqlite/open-sqlite-connector.js'))};
      const connector = await openSqliteConnector(${JSON.stringify(databasePath)});
      const running = connector.execute(${JSON.stringify(SLOW_SQL)}).catch((error) => error.message);
      setTimeout(async () => {
        await connector.close();
        console.log(await running);
        console.log(await connector.execute('SELECT 1').catch((error) => error.message));
      }, 300);
    `;
    const { spawnSync } = await import('node:child_process');
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(child.status).toBe(0);
    expect(child.stdout.trim().split('\n')).toEqual([`connector for ${databasePath} is closed`, `connector for ${databasePath} is closed`]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('hostile SQL', () => {
  const corpus = fs
    .readFileSync(path.join(REPO_ROOT, 'tests/fixtures/hostile-sql/sqlite.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

  it('has at least 40 forms', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses every form and leaves the file and folder exactly as they were', async () => {
    const hash = hashFile(databasePath);
    const files = listFiles(dir);
    const outcomes: string[] = [];
    for (const template of corpus) {
      const sql = template.replaceAll('{dir}', dir);
      const error = await failure(sql);
      if (error.kind !== 'refused' || !error.message.startsWith('refused: ')) outcomes.push(`${sql} -> ${error.kind}: ${error.message}`);
    }
    expect(outcomes).toEqual([]);
    expect(hashFile(databasePath)).toBe(hash);
    expect(listFiles(dir)).toEqual(files);
  });
});

describe('CLI', () => {
  it('sluice sql and sluice run --plan fixed answer from a sqlite namespace', async () => {
    const cwd = fs.mkdtempSync(path.join(dir, 'cli-'));
    fs.copyFileSync(databasePath, path.join(cwd, 'shop.db'));
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: sqlite, path: ./shop.db}\n');
    const sql = await runCli(['sql', '--namespace', 'shop', '--format', 'json', 'SELECT name FROM customers ORDER BY id'], { cwd });
    expect(sql.stderr).toBe('');
    expect(sql.code).toBe(0);
    expect(JSON.parse(sql.stdout).rows).toEqual([['Ann'], ['Bob'], ['Cy']]);

    const refused = await runCli(['sql', '--namespace', 'shop', 'DELETE FROM customers'], { cwd });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim()).toBe('sluice: refused: only one read-only SELECT statement may run (got DELETE)');

    const run = await runCli(['run', '--namespace', 'shop', '--plan', 'fixed', '--format', 'json', '--task', 'how many customers are there'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/"rows":\s*\[\s*\[\s*3\s*\]\s*\]/);
  });
});

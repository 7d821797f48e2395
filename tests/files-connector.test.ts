import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { ConnectorError } from '../src/connectors/connector-error.js';
import { lockToFiles } from '../src/connectors/files/lock-to-files.js';
import { openFilesConnector } from '../src/connectors/files/open-files-connector.js';
import { fileHashesUnder } from './helpers/files-under.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

const SLOW_SQL = 'SELECT COUNT(*) FROM range(100000000) a, range(100000) b';
const CRAFTED_FILE = "evil'); COPY (SELECT 1) TO 'pwn.csv'; --.csv";

let root: string;
let data: string;
let outside: string;
let connector: Connector;

const snapshot = () => fileHashesUnder(root);

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-files-'));
  data = path.join(root, 'data');
  outside = path.join(root, 'outside');
  fs.mkdirSync(data);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(data, 'customers.csv'), 'id,name,state\n1,Ann,CA\n2,Bob,NY\n3,Cy,CA\n');
  fs.writeFileSync(path.join(data, 'Store Visits.tsv'), 'store\tvisits\nnorth\t10\nsouth\t20\n');
  fs.writeFileSync(path.join(data, 'returns.csv.gz'), gzipSync('order_id,reason\n1,damaged\n2,late\n'));
  fs.writeFileSync(path.join(data, 'events.ndjson'), '{"kind":"click","n":1}\n{"kind":"view","n":2}\n');
  fs.writeFileSync(path.join(data, 'settings.json'), '[{"key":"currency","value":"USD"}]');
  fs.writeFileSync(path.join(data, CRAFTED_FILE), 'x\n42\n');
  fs.writeFileSync(path.join(data, 'notes.txt'), 'not a table');
  fs.writeFileSync(path.join(outside, 'secret.csv'), 'secret\nhunter2\n');
  const lines = Array.from({ length: 60_000 }, (_, i) => `${i},item-${i % 97},${(i * 1.5).toFixed(1)}`);
  fs.writeFileSync(path.join(data, 'sales.csv'), `id,item,amount\n${lines.join('\n')}\n`);

  const writer = await DuckDBInstance.create(':memory:');
  const connection = await writer.connect();
  const quote = (file: string) => `'${file.replaceAll("'", "''")}'`;
  await connection.run(`COPY (SELECT range AS id, md5(range::VARCHAR) AS code FROM range(200000)) TO ${quote(path.join(data, 'items.parquet'))} (FORMAT parquet)`);
  await connection.run(
    `COPY (SELECT range AS order_id, 2023 + range % 2 AS year, range * 2.5 AS total FROM range(1000))
     TO ${quote(path.join(data, 'orders'))} (FORMAT parquet, PARTITION_BY (year))`,
  );
  connection.closeSync();
  writer.closeSync();
  connector = await openFilesConnector(data);
});

afterAll(async () => {
  await connector?.close();
  fs.rmSync(root, { recursive: true, force: true });
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
  it('names one table per file and per partitioned folder, and reports duckdb at the folder', async () => {
    expect(connector.dialect).toBe('duckdb');
    expect(connector.location).toBe(data);
    const tables = await connector.introspect();
    expect(tables.map((table) => table.name)).toEqual([
      'customers',
      'events',
      'evil_copy_select_1_to_pwn_csv',
      'items',
      'orders',
      'returns',
      'sales',
      'settings',
      'store_visits',
    ]);
    const byName = new Map(tables.map((table) => [table.name, table]));
    expect(byName.get('customers')?.columns.map((column) => [column.name, column.type])).toEqual([
      ['id', 'BIGINT'],
      ['name', 'VARCHAR'],
      ['state', 'VARCHAR'],
    ]);
    expect(byName.get('orders')?.columns.map((column) => column.name)).toEqual(['order_id', 'total', 'year']);
    expect(byName.get('orders')?.row_count).toBe(1000);
    expect(byName.get('customers')?.row_count).toBe(3);
    expect(byName.get('returns')?.row_count).toBe(2);
  });

  it('estimates large files without scanning them: Parquet from its footer, CSV from its line length', async () => {
    const byName = new Map((await connector.introspect()).map((table) => [table.name, table.row_count]));
    expect(byName.get('items')).toBe(200_000);
    const sales = byName.get('sales')!;
    expect(Math.abs(sales - 60_000) / 60_000).toBeLessThan(0.1);
  });

  it('reads a glob of files from the folder the glob starts in', async () => {
    const globbed = await openFilesConnector(path.join(data, '*.parquet'));
    try {
      expect(globbed.location).toBe(data);
      expect((await globbed.introspect()).map((table) => table.name)).toEqual(['items']);
    } finally {
      await globbed.close();
    }
  });

  it('fails with one clear line for a missing folder, a plain file, an empty folder and clashing names', async () => {
    await expect(openFilesConnector(path.join(root, 'nope'))).rejects.toThrow(/^data folder not found: .*nope$/);
    await expect(openFilesConnector(path.join(data, 'customers.csv'))).rejects.toThrow(/needs a folder or a glob/);
    const empty = fs.mkdtempSync(path.join(root, 'empty-'));
    await expect(openFilesConnector(empty)).rejects.toThrow(/^no CSV, TSV, Parquet or JSON files in /);
    const clash = fs.mkdtempSync(path.join(root, 'clash-'));
    fs.writeFileSync(path.join(clash, 'a.csv'), 'x\n1\n');
    fs.writeFileSync(path.join(clash, 'A.json'), '[{"x":1}]');
    await expect(openFilesConnector(clash)).rejects.toSatisfy(
      (error: Error) => error instanceof ConnectorError && /^(A\.json and a\.csv|a\.csv and A\.json) would both be table "a": rename one of them$/.test(error.message),
    );
    fs.rmSync(empty, { recursive: true });
    fs.rmSync(clash, { recursive: true });
  });

  it('reports that it cannot write and that external access is limited to the data files', async () => {
    const access = await connector.checkAccess!();
    expect(access.canWrite).toBe(false);
    expect(access.findings.join('\n')).toMatch(/external access is limited to the \d+ data file\(s\) \(allowed_paths\), so no file can be created/);
  });
});

describe('queries', () => {
  it('answers across CSV, TSV, gzipped CSV, NDJSON, JSON and partitioned Parquet', async () => {
    const result = await connector.execute(
      `SELECT (SELECT count(*) FROM customers WHERE state = 'CA') AS ca,
              (SELECT sum(visits) FROM store_visits) AS visits,
              (SELECT string_agg(reason, ',' ORDER BY order_id) FROM returns) AS reasons,
              (SELECT sum(n) FROM events) AS events,
              (SELECT value FROM settings) AS currency,
              (SELECT count(*) FROM orders WHERE year = 2024) AS orders_2024,
              (SELECT x FROM evil_copy_select_1_to_pwn_csv) AS crafted`,
    );
    expect(result.columns).toEqual(['ca', 'visits', 'reasons', 'events', 'currency', 'orders_2024', 'crafted']);
    expect(result.rows).toEqual([[2, 30, 'damaged,late', 3, 'USD', 500, 42]]);
  });

  it('caps rows', async () => {
    const result = await connector.execute('SELECT id FROM items ORDER BY id', { maxRows: 3 });
    expect(result.rows).toEqual([[0], [1], [2]]);
    expect(result.truncated).toBe(true);
  });

  it('interrupts a long query on timeout while the event loop keeps running', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    const error = await failure(SLOW_SQL, { timeoutMs: 400 });
    clearInterval(ticker);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('query timed out after 400 ms and was interrupted');
    expect(performance.now() - started).toBeLessThan(5_000);
    // A blocked event loop would fire the 10 ms timer at most once; a busy machine still fires it several times.
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops a running query when its signal aborts, and refuses work after close', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const error = await failure(SLOW_SQL, { signal: controller.signal });
    expect(error.message).toBe('query was cancelled and interrupted');
    const other = await openFilesConnector(data);
    await other.close();
    await expect(other.execute('SELECT 1')).rejects.toThrow(`connector for ${data} is closed`);
  });
});

describe('hostile SQL', () => {
  const corpus = fs
    .readFileSync(path.join(REPO_ROOT, 'tests/fixtures/hostile-sql/files.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

  it('has at least 40 forms', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses every form and changes no file anywhere under the temp folder', async () => {
    const before = snapshot();
    const outcomes: string[] = [];
    for (const template of corpus) {
      const sql = template.replaceAll('{data}', data).replaceAll('{outside}', outside);
      const error = await failure(sql);
      if (error.kind !== 'refused' || !error.message.startsWith('refused: ')) outcomes.push(`${sql} -> ${error.kind}: ${error.message}`);
    }
    expect(outcomes).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(fs.existsSync(path.join(process.cwd(), 'pwn.csv'))).toBe(false);
  });

  it('locks DuckDB itself to the data files, beneath the SQL check: nothing can be read or created beside them', async () => {
    const database = await DuckDBInstance.create(':memory:', { temp_directory: '' });
    const connection = await database.connect();
    const literal = (file: string) => `'${file.replaceAll("'", "''")}'`;
    try {
      await connection.run(`CREATE VIEW customers AS SELECT * FROM read_csv(${literal(path.join(data, 'customers.csv'))})`);
      await lockToFiles(connection, [path.join(data, 'customers.csv')]);
      const raw = async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJson();
      expect(await raw('SELECT count(*) FROM customers')).toEqual([['3']]);
      await expect(raw(`SELECT * FROM read_csv(${literal(path.join(outside, 'secret.csv'))})`)).rejects.toThrow(/Permission Error/);
      await expect(raw(`SELECT * FROM read_csv(${literal(`${data}/../outside/secret.csv`)})`)).rejects.toThrow(/Permission Error/);
      await expect(raw(`COPY customers TO ${literal(path.join(outside, 'stolen.csv'))}`)).rejects.toThrow(/Permission Error/);
      const dataBefore = fs.readdirSync(data).sort();
      await expect(raw(`COPY customers TO ${literal(path.join(data, 'stolen.csv'))}`)).rejects.toThrow(/Permission Error/);
      await expect(raw(`COPY customers TO ${literal(path.join(data, 'orders', 'stolen.parquet'))} (FORMAT parquet)`)).rejects.toThrow(/Permission Error/);
      await expect(raw(`EXPORT DATABASE ${literal(path.join(data, 'export'))}`)).rejects.toThrow(/Permission Error/);
      await expect(raw(`ATTACH ${literal(path.join(data, 'fresh.duckdb'))} AS fresh`)).rejects.toThrow(/Permission Error/);
      await expect(raw(`SELECT * FROM read_text(${literal(path.join(data, 'events.ndjson'))})`)).rejects.toThrow(/Permission Error/);
      expect(fs.readdirSync(data).sort()).toEqual(dataBefore);
      await expect(raw('SET enable_external_access = true')).rejects.toThrow(/configuration has been locked/);
      await expect(raw("SET allowed_directories = ['/']")).rejects.toThrow(/configuration has been locked/);
      await expect(raw('INSTALL httpfs')).rejects.toThrow();
      await expect(raw("SET allowed_paths = ['/etc/passwd']")).rejects.toThrow(/configuration has been locked/);
      expect(await raw("SELECT current_setting('allowed_paths'), current_setting('allowed_directories')")).toEqual([[[path.join(data, 'customers.csv')], []]]);
      expect(fs.existsSync(path.join(outside, 'stolen.csv'))).toBe(false);
    } finally {
      connection.closeSync();
      database.closeSync();
    }
  });
});

describe('CLI', () => {
  it('sluice sql and sluice run --plan fixed answer from a files namespace', async () => {
    const cwd = fs.mkdtempSync(path.join(root, 'cli-'));
    fs.mkdirSync(path.join(cwd, 'data'));
    fs.copyFileSync(path.join(data, 'customers.csv'), path.join(cwd, 'data', 'customers.csv'));
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  files: {type: files, path: ./data}\n');
    const sql = await runCli(['sql', '--namespace', 'files', '--format', 'json', 'SELECT name FROM customers ORDER BY id'], { cwd });
    expect(sql.stderr).toBe('');
    expect(sql.code).toBe(0);
    expect(JSON.parse(sql.stdout).rows).toEqual([['Ann'], ['Bob'], ['Cy']]);

    const refused = await runCli(['sql', '--namespace', 'files', "SELECT * FROM read_csv('/etc/passwd')"], { cwd });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim()).toBe('sluice: refused: read_csv reads files and is not allowed');

    const run = await runCli(['run', '--namespace', 'files', '--plan', 'fixed', '--format', 'json', '--task', 'how many customers are there'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/"rows":\s*\[\s*\[\s*3\s*\]\s*\]/);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { openDuckDbConnector, openReadOnlyDuckDb } from '../src/connectors/duckdb-connector.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';

/** The DuckDB sandbox against a corpus of hostile SQL, and its resource limits, on a real database file. */

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-duckdb-hostile-'));
const database = path.join(folder, 'shop.duckdb');
let connector: Connector;

beforeAll(async () => {
  const instance = await DuckDBInstance.create(database);
  const setup = await instance.connect();
  await setup.run(`CREATE TABLE customers AS SELECT range AS customer_id, ['CA','NY','TX'][range % 3 + 1] AS state FROM range(1000)`);
  await setup.run(`CREATE TABLE orders AS SELECT range AS order_id, range % 1000 AS customer_id, (range % 97) * 1.5 AS amount FROM range(20000)`);
  setup.closeSync();
  instance.closeSync();
  connector = await openDuckDbConnector(database);
});

afterAll(async () => {
  await connector?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function failure(sql: string, options = {}): Promise<SqlError> {
  const outcome = await connector.execute(sql, { timeoutMs: 10_000, ...options }).then(
    (result) => new Error(`ran and returned ${result.row_count} rows`),
    (error: unknown) => error,
  );
  if (!(outcome instanceof SqlError)) throw new Error(`${sql}: expected an SqlError, got ${String(outcome)}`);
  return outcome;
}

const snapshot = () =>
  fs
    .readdirSync(folder)
    .sort()
    .map((name) => `${name}:${fs.statSync(path.join(folder, name)).size}:${fs.statSync(path.join(folder, name)).mtimeMs}`);

describe('hostile SQL against the DuckDB sandbox', () => {
  const corpus = fs
    .readFileSync(path.join(REPO_ROOT, 'tests/fixtures/hostile-sql/duckdb.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

  it('has at least 150 forms', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
  });

  it('refuses every form, plain and wrapped, without a host path in the message and with no file changed', async () => {
    const before = snapshot();
    const problems: string[] = [];
    for (const template of corpus) {
      const sql = template.replaceAll('{db}', folder);
      const variants = [sql, `/* note */ ${sql}`, ...(/^select /i.test(sql) ? [`WITH wrapped AS (${sql}) SELECT * FROM wrapped`, `SELECT * FROM (${sql}) AS sub`] : [])];
      for (const variant of variants) {
        const error = await failure(variant).catch((unexpected: Error) => unexpected);
        if (!(error instanceof SqlError)) {
          problems.push(error.message);
          continue;
        }
        if (error.kind !== 'refused' && error.kind !== 'syntax') problems.push(`${variant} -> ${error.kind}: ${error.message}`);
        if ((error.message.includes(folder) && !variant.includes(folder)) || error.message.includes(os.homedir() + '/')) problems.push(`${variant} leaks a path: ${error.message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(fs.existsSync('/tmp/sluice-pwned.csv')).toBe(false);
  });

  it('still answers ordinary questions', async () => {
    const result = await connector.execute('SELECT state, count(*) AS n FROM customers GROUP BY state ORDER BY state');
    expect(result.rows).toEqual([
      ['CA', 334],
      ['NY', 333],
      ['TX', 333],
    ]);
  });

  it('shows the model the database by file name, never by its path', async () => {
    const error = await failure('SELECT * FROM shop.main.nonexistent');
    expect(error.message).not.toContain(folder);
  });
});

describe('DuckDB resource limits', () => {
  it('opens with memory_limit and threads (defaults 1GB and 2, or as configured)', async () => {
    const read = async (limits: Parameters<typeof openReadOnlyDuckDb>[1]) => {
      const instance = await openReadOnlyDuckDb(database, limits);
      const connection = await instance.connect();
      const [row] = (await connection.runAndReadAll(`SELECT current_setting('memory_limit'), current_setting('threads')`)).getRows();
      connection.closeSync();
      instance.closeSync();
      return row;
    };
    expect(await read({})).toEqual(['953.6 MiB', 2n]);
    expect(await read({ memoryLimit: '256MB', threads: 1 })).toEqual(['244.1 MiB', 1n]);
  });

  it('turns running out of memory into a reflectable error that names memory_limit', async () => {
    const small = await openDuckDbConnector(database, { memoryLimit: '64MB', threads: 1 });
    try {
      const error = await small.execute('SELECT list(range) FROM range(200000000)', { timeoutMs: 30_000 }).then(
        () => undefined,
        (reason: unknown) => reason as SqlError,
      );
      expect(error).toBeInstanceOf(SqlError);
      expect(error!.kind).toBe('runtime');
      expect(error!.message).toMatch(/^Out of Memory Error: the query needs more than 64MB of memory \(memory_limit\); narrow it/);
      expect(error!.message).not.toContain('\n');
    } finally {
      await small.close();
    }
  });

  it('caps result bytes as well as rows: a wide result is cut and marked truncated', async () => {
    const result = await connector.execute(`SELECT repeat('x', 1000000) AS blob FROM range(200)`, { maxRows: 1000, timeoutMs: 30_000 });
    expect(result.truncated).toBe(true);
    expect(result.row_count).toBeLessThan(100);
    expect(result.row_count).toBeGreaterThan(10);
  });

  it('refuses a single row bigger than the byte cap with one clear line', async () => {
    const error = await failure(`SELECT repeat('x', 80000000) AS blob`, { timeoutMs: 30_000 });
    expect(error.kind).toBe('runtime');
    expect(error.message).toMatch(/^one row of the result is larger than 64 MB; select narrower columns/);
  });

  it('reads memory_limit and threads from sluice.yml per namespace', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-duckdb-limits-'));
    try {
      fs.writeFileSync(
        path.join(cwd, 'sluice.yml'),
        `namespaces:\n  shop:\n    type: duckdb\n    path: ${database}\n    memory_limit: 64MB\n    threads: 1\n`,
      );
      const result = await runCli(['sql', '--namespace', 'shop', 'SELECT list(range) FROM range(200000000)'], { cwd });
      expect(result.stderr).toMatch(/needs more than 64MB of memory \(memory_limit\)/);
      expect(result.code).not.toBe(0);
      fs.writeFileSync(path.join(cwd, 'sluice.yml'), `namespaces:\n  shop:\n    type: duckdb\n    path: ${database}\n    memory_limit: lots\n`);
      const bad = await runCli(['sql', '--namespace', 'shop', 'SELECT 1'], { cwd });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/sluice\.yml:5:\d+: namespaces\.shop\.memory_limit: a size such as 512MB or 2GB/);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});

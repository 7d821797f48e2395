import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { dialectFor } from '../src/dialects/dialect-for.js';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { createDemoEngines, ENGINE_NAMESPACES, type DemoEngines, type LoadableEngine } from './helpers/demo-engines.js';
import { scratchName } from './helpers/real-servers.js';
import { TEST_CACHE_DIR, runCli } from './helpers/run-cli.js';

/** `sluice demo load` into real PostgreSQL, MariaDB and SQLite, checked table by table against the DuckDB demo. */
let engines: DemoEngines;
let tables: { name: string; columns: { name: string; type: string }[] }[] = [];

beforeAll(async () => {
  const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
  const instance = await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  const rows = (
    await connection.runAndReadAll(
      `SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal ORDER BY table_name, column_index`,
    )
  ).getRowsJson() as string[][];
  connection.closeSync();
  instance.closeSync();
  for (const [table, column, type] of rows) {
    let entry = tables.find((t) => t.name === table);
    if (!entry) tables.push((entry = { name: table!, columns: [] }));
    entry.columns.push({ name: column!, type: type! });
  }
  engines = await createDemoEngines('demoload');
}, 120_000);

afterAll(async () => {
  await engines?.drop();
});

/** One row per table: row count, sum of its numeric columns, total text length, and its first date column's range and distinct count. */
function checksumSql(dialectName: string): string {
  const d = dialectFor(dialectName);
  return tables
    .map((table) => {
      const numeric = table.columns.filter((c) => /INT|DECIMAL|DOUBLE/.test(c.type)).map((c) => `COALESCE(SUM(${d.identifier(c.name)}), 0)`);
      const text = table.columns.filter((c) => c.type === 'VARCHAR').map((c) => `COALESCE(SUM(LENGTH(${d.identifier(c.name)})), 0)`);
      const date = table.columns.find((c) => c.type === 'DATE');
      const dateParts = date
        ? [`${d.castToText(`MIN(${d.identifier(date.name)})`)}`, `${d.castToText(`MAX(${d.identifier(date.name)})`)}`, `COUNT(DISTINCT ${d.identifier(date.name)})`]
        : ["'-'", "'-'", '0'];
      return `SELECT ${d.string(table.name)} AS t, COUNT(*) AS n, ${d.round(numeric.join(' + ') || '0', 2)} AS numbers, ${text.join(' + ') || '0'} AS text_length, ${dateParts.join(', ')}`
        + ` FROM ${d.identifier(table.name)}`;
    })
    .join('\nUNION ALL\n');
}

async function checksums(namespace: string, dialect: string, cwd: string): Promise<unknown[][]> {
  const result = await runCli(['sql', checksumSql(dialect), '--namespace', namespace, '--format', 'json'], { cwd });
  expect(result.code, result.stderr).toBe(0);
  const rows = (JSON.parse(result.stdout).rows as unknown[][]).map((row) => row.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
  return rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe('sluice demo load', () => {
  const expected: { rows?: unknown[][] } = {};
  const duckdbChecksums = async () => (expected.rows ??= await checksums('demo', 'duckdb', engines.dir));

  it.each(['postgres', 'mysql', 'sqlite'] as LoadableEngine[])('loads every demo table into %s with the same rows as DuckDB', async (engine) => {
    const started = performance.now();
    const loaded = await engines.load(engine);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toMatch(/loaded 7 tables, [\d,]+ rows/);
    expect(loaded.stdout).toMatch(/^ {2}order_items: [\d,]+ rows/m);
    console.log(`demo load into ${engine}: ${Math.round(performance.now() - started)} ms`);
    const dialect = engine;
    const got = await checksums(ENGINE_NAMESPACES[engine], dialect, engines.dir);
    const want = await duckdbChecksums();
    expect(got.map((row) => row[0])).toEqual(want.map((row) => row[0]));
    for (const [i, row] of want.entries()) {
      const [table, count, numbers, textLength, minDate, maxDate, days] = row;
      const other = got[i]!;
      expect(other[1], `${table} rows`).toBe(count);
      expect(Number(other[2]), `${table} numbers`).toBeCloseTo(Number(numbers), 1);
      expect(other[3], `${table} text length`).toBe(textLength);
      expect([String(other[4]).slice(0, 10), String(other[5]).slice(0, 10), other[6]], `${table} dates`).toEqual([minDate, maxDate, days]);
    }
  });

  it('refuses to overwrite the demo tables without --replace, and reloads them with it', async () => {
    if (!fs.existsSync(engines.sqliteFile)) expect((await engines.load('sqlite')).code).toBe(0);
    const refused = await engines.load('sqlite');
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/already has demo tables .*add --replace/);
    const replaced = await engines.load('sqlite', '--replace');
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toMatch(/loaded 7 tables/);
  });

  it('prints the sluice.yml lines for the demo metrics and docs when the namespace lacks them', async () => {
    const dir = path.join(engines.dir, 'bare');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'sluice.yml'), 'namespaces:\n  fresh:\n    type: sqlite\n    path: ./new/fresh.sqlite\n');
    const result = await runCli(['demo', 'load', '--namespace', 'fresh'], { cwd: dir, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'new', 'fresh.sqlite'))).toBe(true);
    expect(result.stdout).toMatch(/add to namespaces\.fresh/);
    expect(result.stdout).toMatch(/^ {4}metrics: .*demo[/\\]metrics\.yml$/m);
    expect(result.stdout).toMatch(/^ {4}docs: .*demo[/\\]docs$/m);
  });

  it('refuses namespaces it cannot write into with one line', async () => {
    fs.writeFileSync(path.join(engines.dir, 'other.yml'), 'namespaces:\n  warehouse:\n    type: duckdb\n    path: ./x.duckdb\n');
    for (const [namespace, message] of [
      ['warehouse', /duckdb namespace: the demo loads only into postgres, mysql, sqlite or files namespaces/],
      ['demo', /"demo" is the embedded DuckDB demo itself; load it into a postgres, mysql, sqlite or files namespace/],
    ] as const) {
      const result = await runCli(['demo', 'load', '--namespace', namespace, '--config', 'other.yml'], { cwd: engines.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('says a read-only PostgreSQL role cannot load, without its password', async () => {
    const role = scratchName('reader');
    const password = `pw-${role}`;
    const admin = new pg.Client({ connectionString: engines.postgresUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
      await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
      const url = new URL(engines.postgresUrl);
      url.username = role;
      url.password = password;
      fs.writeFileSync(path.join(engines.dir, 'reader.yml'), `namespaces:\n  ro:\n    type: postgres\n    url: ${url.toString()}\n`);
      const result = await runCli(['demo', 'load', '--namespace', 'ro', '--config', 'reader.yml'], { cwd: engines.dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/permission denied.*loading needs a role that can create tables/);
      expect(result.stderr).not.toContain(password);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});

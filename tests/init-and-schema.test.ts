import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingServerMessage, POSTGRES_ADMIN_URL, scratchName, withDatabase } from './helpers/real-servers.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const scratch = scratchName('init');
let admin: pg.Client | undefined;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    admin = undefined;
    throw new Error(missingServerMessage('PostgreSQL', POSTGRES_ADMIN_URL, error));
  }
  await admin.query(`CREATE DATABASE ${scratch}`);
  const db = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, scratch) });
  await db.connect();
  await db.query(`CREATE TABLE shipments (id int PRIMARY KEY, carrier text NOT NULL);
    INSERT INTO shipments SELECT g, CASE WHEN g % 2 = 0 THEN 'ups' ELSE 'dhl' END FROM generate_series(1, 42) g;
    CREATE TABLE carriers (name text PRIMARY KEY); INSERT INTO carriers VALUES ('ups'), ('dhl');`);
  await db.end();
});

afterAll(async () => {
  if (!admin) return;
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
});

function sqliteShop(dir: string): string {
  const file = path.join(dir, 'shop.db');
  const db = new Database(file);
  db.exec(`CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE visits (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), page TEXT);`);
  db.prepare("INSERT INTO customers (name) VALUES ('Ada'), ('Lin')").run();
  const insert = db.prepare('INSERT INTO visits (customer_id, page) VALUES (?, ?)');
  for (let i = 0; i < 137; i++) insert.run(1 + (i % 2), i % 3 ? 'home' : 'cart');
  db.close();
  return file;
}

describe('sluice init', () => {
  it('writes a commented sluice.yml for a SQLite file, checks it and answers a question about the largest table', async () => {
    const dir = tempDir();
    sqliteShop(dir);
    const result = await runCli(['init', '--type', 'sqlite', '--path', 'shop.db', '--name', 'shop', '--yes'], { cwd: dir });
    // stderr carries the run's progress lines.
    expect(result.stderr).toMatch(/✓ output: 1 row as table/);
    expect(result.code).toBe(0);
    const yml = fs.readFileSync(path.join(dir, 'sluice.yml'), 'utf8');
    expect(yml).toMatch(/^# sluice\.yml, written by `sluice init`/);
    expect(yml).toContain('  shop:\n    type: sqlite');
    expect(yml).toContain('    path: shop.db');
    expect(yml).toContain('  namespace: shop');
    expect(result.stdout).toContain('catalog: 2 tables');
    expect(result.stdout).toContain('first question: How many rows are in visits?');
    expect(result.stdout).toMatch(/SELECT COUNT\(\*\)[^\n]*FROM "?visits"?/i);
    expect(result.stdout).toMatch(/^\s*137\s*$/m);

    // The file it wrote is what later commands read.
    const run = await runCli(['run', '--task', 'How many customers are there?'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s*2\s*$/m);

    const again = await runCli(['init', '--type', 'sqlite', '--path', 'shop.db', '--yes'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('sluice: sluice.yml already exists here; pass --force to overwrite it\n');
    expect(fs.readFileSync(path.join(dir, 'sluice.yml'), 'utf8')).toBe(yml);
    const forced = await runCli(['init', '--type', 'sqlite', '--path', 'shop.db', '--name', 'other', '--yes', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'sluice.yml'), 'utf8')).toContain('  other:\n');
  }, 60_000);

  it('keeps a PostgreSQL password out of the file: a ${VARIABLE} reference, and the user is told which one to export', async () => {
    const dir = tempDir();
    const url = withDatabase(POSTGRES_ADMIN_URL, scratch);
    const password = decodeURIComponent(new URL(url).password);
    const result = await runCli(['init', '--type', 'postgres', '--url', url, '--name', 'wh', '--yes'], { cwd: dir });
    // stderr: the run's progress, and the warning `sluice check` gives when the role may write.
    expect(result.stderr).toMatch(/✓ output: 1 row as table/);
    expect(result.stderr).not.toContain(`:${password}@`);
    expect(result.code).toBe(0);
    const yml = fs.readFileSync(path.join(dir, 'sluice.yml'), 'utf8');
    expect(yml).not.toContain(`:${password}@`);
    expect(yml).toContain('    password: ${SLUICE_WH_PASSWORD}');
    expect(result.stdout).toContain('export SLUICE_WH_PASSWORD=');
    expect(result.stdout).not.toContain(password === 'sluice' ? ':sluice@' : password);
    expect(result.stdout).toContain('connected: postgres dialect');
    expect(result.stdout).toContain('first question: How many rows are in shipments?');
    expect(result.stdout).toMatch(/^\s*42\s*$/m);

    const withoutVariable = await runCli(['check'], { cwd: dir });
    expect(withoutVariable.code).toBe(2);
    expect(withoutVariable.stderr).toMatch(/environment variable SLUICE_WH_PASSWORD is not set/);
    const check = await runCli(['check'], { cwd: dir, env: { SLUICE_WH_PASSWORD: password } });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('catalog: 2 tables');
  }, 60_000);

  it('says in one line what a flag-only init is missing', async () => {
    const dir = tempDir();
    const noType = await runCli(['init', '--yes'], { cwd: dir });
    expect(noType.code).toBe(2);
    expect(noType.stderr.trim().split('\n')).toHaveLength(1);
    expect(noType.stderr).toBe('sluice: --type: missing: give one of postgres, mysql, sqlite, duckdb, files (or run sluice init on a terminal to be asked)\n');
    const noUrl = await runCli(['init', '--type', 'postgres', '--yes'], { cwd: dir });
    expect(noUrl.stderr).toBe('sluice: --url: a postgres namespace needs --url (or run sluice init on a terminal to be asked)\n');
    expect(fs.existsSync(path.join(dir, 'sluice.yml'))).toBe(false);
  });
});

describe('sluice schema', () => {
  it('prints tables, typed columns, keys, comments, row estimates and sample values, fitted to the width', async () => {
    const result = await runCli(['schema', '--table', 'customers']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('namespace demo (duckdb): 1 table');
    expect(result.stdout).toMatch(/^customers · ~2,000 rows · Registered customers/m);
    expect(result.stdout).toMatch(/^customer_id │ INTEGER │ PK NOT NULL/m);
    expect(result.stdout).toMatch(/^segment\s+│ VARCHAR │ NOT NULL\s+│ Customer segment[^│]*│ [a-z_, ]*enterprise/m);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(119);
  });

  it('--format json gives what schema linking reads, foreign keys and sample values included', async () => {
    const result = await runCli(['schema', '--format', 'json']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { dialect: string; tables: { name: string; row_count: number; columns: { name: string; type: string; references?: string; sample_values: string[] }[] }[] };
    expect(schema.dialect).toBe('duckdb');
    const items = schema.tables.find((table) => table.name === 'order_items')!;
    expect(items.row_count).toBeGreaterThan(0);
    expect(items.columns.find((column) => column.name === 'order_id')!.references).toBe('orders.order_id');
    const segment = schema.tables.find((table) => table.name === 'customers')!.columns.find((column) => column.name === 'segment')!;
    expect(segment.type).toBe('VARCHAR');
    expect([...segment.sample_values].sort()).toEqual(['consumer', 'enterprise', 'small_business']);
  });

  it('an unknown table is one line naming the tables there are', async () => {
    const result = await runCli(['schema', '--table', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sluice: no table "nope" in namespace demo; tables: categories, customers/);
  });
});

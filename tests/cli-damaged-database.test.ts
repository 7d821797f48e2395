import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

// A DuckDB file starts with three 4 KiB headers; block N of its body starts at 12288 + N × 256 KiB.
const HEADERS = 12_288;
const BLOCK = 262_144;

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** A whole DuckDB file with a table of long notes (several blocks of their own) and a small table of keepers. */
let whole: string;
/** The block that holds the first segment of `notes.body`. */
let bodyBlock: number;

beforeAll(async () => {
  whole = path.join(tempDir('sluice-damaged-'), 'whole.duckdb');
  const instance = await DuckDBInstance.create(whole);
  const setup = await instance.connect();
  await setup.run(`CREATE TABLE keepers (keeper_id INTEGER PRIMARY KEY, keeper_name VARCHAR)`);
  await setup.run(`INSERT INTO keepers VALUES (1, 'Ada'), (2, 'Brook')`);
  await setup.run(`CREATE TABLE notes AS SELECT range AS note_id, range % 2 + 1 AS keeper_id, repeat(md5(range::VARCHAR), 4) AS body FROM range(60000)`);
  await setup.run('CHECKPOINT');
  const blocks = await setup.runAndReadAll(
    `SELECT min(block_id) AS block FROM pragma_storage_info('notes') WHERE column_name = 'body' AND block_id >= 0 AND block_offset = 0`,
  );
  bodyBlock = Number(blocks.getRowObjects()[0]!.block);
  setup.closeSync();
  instance.closeSync();
});

/** A copy of the whole file in a new folder with a sluice.yml naming it, damaged by `damage`. */
function damagedCopy(damage: (fd: number) => void): { cwd: string; file: string } {
  const cwd = tempDir('sluice-damaged-');
  const file = path.join(cwd, 'keep.duckdb');
  fs.copyFileSync(whole, file);
  const fd = fs.openSync(file, 'r+');
  try {
    damage(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  keep: {type: duckdb, path: ./keep.duckdb}\ndefaults: {namespace: keep}\n');
  return { cwd, file };
}

describe('a DuckDB file with a whole header and a damaged body', () => {
  it('is refused on open with one clear line and exit 2 by run, sql and schema, as a wrong file is', async () => {
    const { cwd } = damagedCopy((fd) => {
      const size = fs.fstatSync(fd).size;
      fs.writeSync(fd, Buffer.alloc(size - HEADERS, 0x55), 0, size - HEADERS, HEADERS);
    });
    for (const args of [
      ['run', '--task', 'How many keepers are there'],
      ['sql', 'SELECT count(*) FROM keepers'],
      ['schema'],
    ]) {
      const result = await runCli(args, { cwd });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/namespace "keep": the DuckDB database file .*keep\.duckdb is damaged \(Corrupt database file: .*\); restore it from a backup or copy it again/);
      expect(result.stdout).toBe('');
      noStack(result.stderr);
    }
  });

  it('cut short, is refused the same way', async () => {
    const { cwd } = damagedCopy((fd) => fs.ftruncateSync(fd, HEADERS + 8_000));
    const result = await runCli(['sql', 'SELECT count(*) FROM keepers'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/keep\.duckdb is damaged \(Could not read enough bytes/);
  });

  it('found by a query mid-run stops the run with exit 2, saved, and a resume on the mended file answers', async () => {
    const { cwd, file } = damagedCopy((fd) => fs.writeSync(fd, Buffer.alloc(4_096, 0x55), 0, 4_096, HEADERS + bodyBlock * BLOCK + 64));
    // The file opens (its catalog is whole) and a query that reads other blocks runs.
    const keepers = await runCli(['sql', 'SELECT count(*) AS n FROM keepers', '--format', 'csv'], { cwd });
    expect(keepers.stdout).toBe('n\n2\n');
    const sql = await runCli(['sql', 'SELECT count(DISTINCT body) FROM notes'], { cwd });
    expect(sql.code).toBe(2);
    expect(sql.stderr).toMatch(/namespace "keep": the DuckDB database file .*keep\.duckdb is damaged \(Corrupt database file/);

    // Without the fix the damage was a SQL error for reflect to "fix": it answered with 100 unrelated rows.
    const run = await runCli(['run', '--task', 'How many distinct body values are in notes', '--plan', 'fixed'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // Named with its namespace, as damage found on open is: the file alone does not say which namespace stopped the run.
    expect(run.stderr).toMatch(/sluice: not answered: namespace "keep": the DuckDB database file .*keep\.duckdb is damaged/);
    const runId = /--run (\S+)/.exec(run.stderr)?.[1];
    expect(runId, run.stderr).toBeDefined();
    expect(fs.existsSync(path.join(cwd, 'save', runId!, 'state.json'))).toBe(true);
    noStack(run.stderr);

    fs.copyFileSync(whole, file);
    const resumed = await runCli(['resume', '--run', runId!, '--format', 'json'], { cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    const answer = JSON.parse(resumed.stdout) as { status: string; rows: unknown[][] };
    expect(answer.status).toBe('success');
    expect(answer.rows).toEqual([[60000]]);
  });
});

describe('a SQLite file with a whole header and a damaged body', () => {
  it('a query that reads the damaged pages stops with exit 2 and one line, not a SQL error to fix', async () => {
    const cwd = tempDir('sluice-damaged-sqlite-');
    const file = path.join(cwd, 'notes.db');
    const db = new Database(file);
    db.exec('CREATE TABLE keepers (keeper_id INTEGER PRIMARY KEY, keeper_name TEXT); CREATE TABLE notes (note_id INTEGER PRIMARY KEY, body TEXT)');
    db.exec(`INSERT INTO keepers VALUES (1, 'Ada'), (2, 'Brook')`);
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`${'x'.repeat(200)}${i}`);
    })();
    db.close();
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(40_000, 0xff), 0, 40_000, Math.floor(size / 2));
    fs.closeSync(fd);
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  notes: {type: sqlite, path: ./notes.db}\ndefaults: {namespace: notes}\n');

    const keepers = await runCli(['sql', 'SELECT count(*) AS n FROM keepers', '--format', 'csv'], { cwd });
    expect(keepers.stdout, keepers.stderr).toBe('n\n2\n');
    const sql = await runCli(['sql', 'SELECT count(DISTINCT body) FROM notes'], { cwd });
    expect(sql.code).toBe(2);
    expect(sql.stderr).toMatch(/^sluice: namespace "notes": the SQLite database file .*notes\.db is damaged \(database disk image is malformed\); restore it from a backup or copy it again$/m);
    // Without the fix the run answered "Error: database disk image is malformed" as a failed SQL, exit 1.
    const run = await runCli(['run', '--task', 'How many distinct body values are in notes', '--plan', 'fixed'], { cwd });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/sluice: not answered: namespace "notes": the SQLite database file .*notes\.db is damaged/);
    expect(run.stderr).toMatch(/The run was saved; after fixing the cause: sluice resume/);
    noStack(run.stderr);
  }, 60_000);
});

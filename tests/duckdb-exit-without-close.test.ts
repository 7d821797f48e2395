import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { openReadOnlyDuckDb } from '../src/connectors/duckdb-connector.js';
import { hasNothingToFlush } from '../src/connectors/has-nothing-to-flush.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sluice-exit-without-close-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 20_000;

async function makeDatabase(name: string): Promise<string> {
  const file = join(dir, name);
  await createDuckDbFile(file, [
    `CREATE TABLE events AS SELECT i AS event_id, 'event number ' || i AS label FROM range(${ROWS}) t(i)`,
    `CREATE TABLE regions (region_id INTEGER, name VARCHAR)`,
    `INSERT INTO regions VALUES (1, 'north'), (2, 'south')`,
  ]);
  return file;
}

function configFor(file: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const config = join(folder, 'sluice.yml');
  writeFileSync(config, `namespaces:\n  shop:\n    type: duckdb\n    path: ${JSON.stringify(file)}\ncache_dir: ${JSON.stringify(join(folder, 'cache'))}\ndefaults:\n  namespace: shop\n  max_rows: ${ROWS}\n`);
  return config;
}

describe('a read-only DuckDB instance left for the end of a one-shot command', () => {
  it('is one with nothing to flush only when read-only and without a spill directory on disk', async () => {
    const file = await makeDatabase('flush.duckdb');
    const readOnly = await openReadOnlyDuckDb(file);
    const reader = await readOnly.connect();
    expect(await hasNothingToFlush(reader)).toBe(true);
    mkdirSync(`${file}.tmp`);
    expect(await hasNothingToFlush(reader)).toBe(false);
    rmSync(`${file}.tmp`, { recursive: true });
    reader.closeSync();
    readOnly.closeSync();

    const writable = await DuckDBInstance.create(file);
    const writer = await writable.connect();
    expect(await hasNothingToFlush(writer)).toBe(false);
    writer.closeSync();
    writable.closeSync();
  });

  it('ends the process with the command exit code and all of its output, and releases the file', async () => {
    const file = await makeDatabase('cli.duckdb');
    const config = configFor(file, join(dir, 'cli'));
    const all = await runCli(['sql', 'SELECT event_id, label FROM events ORDER BY event_id', '--config', config, '--format', 'json']);
    expect(all.stderr).toBe('');
    expect(all.code).toBe(0);
    const result = JSON.parse(all.stdout) as { rows: unknown[][]; row_count: number; truncated: boolean };
    expect(result.row_count).toBe(ROWS);
    expect(result.rows.at(-1)).toEqual([ROWS - 1, `event number ${ROWS - 1}`]);

    const refused = await runCli(['sql', 'SELECT nope FROM events', '--config', config]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    const run = await runCli(['run', '--config', config, '--plan', 'fixed', '--format', 'json', '--save_dir', join(dir, 'cli', 'save'), '--task', 'list the regions']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { rows: unknown[][] }).rows).toHaveLength(2);

    // Nothing holds the file: it opens for writing and its data is intact.
    const writable = await DuckDBInstance.create(file);
    const connection = await writable.connect();
    expect((await connection.runAndReadAll('SELECT count(*)::INTEGER FROM events')).getRows()).toEqual([[ROWS]]);
    connection.closeSync();
    writable.closeSync();
  });

  it('still reports a namespace whose file is missing in one line when the run opens it early', async () => {
    const config = configFor(join(dir, 'missing.duckdb'), join(dir, 'missing'));
    const run = await runCli(['run', '--config', config, '--plan', 'fixed', '--save_dir', join(dir, 'missing', 'save'), '--task', 'list the regions']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('database file not found');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

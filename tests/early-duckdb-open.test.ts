import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earlyOpenKey } from '../src/cli/early-open-key.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli, tempDir } from './helpers/run-cli.js';

describe('earlyOpenKey', () => {
  it('keys a one-question run by its folder, --config and --namespace, in either flag form', () => {
    const key = earlyOpenKey(['run', '--config', 'a.yml', '--namespace', 'wh', '--plan', 'fixed', '--task', 'how many orders?'], '/w');
    expect(key).toBe(JSON.stringify(['/w', 'a.yml', 'wh']));
    expect(earlyOpenKey(['run', '--task=how many orders?', '--chart', '--config=a.yml', '--namespace=wh'], '/w')).toBe(key);
    expect(earlyOpenKey(['run', '--task', 'x'], '/w')).toBe(JSON.stringify(['/w', null, null]));
    expect(earlyOpenKey(['run', '--task', 'x'], '/other')).not.toBe(earlyOpenKey(['run', '--task', 'x'], '/w'));
  });

  it('reads a question that looks like a flag as the question', () => {
    expect(earlyOpenKey(['run', '--task', '--config', '--namespace', 'wh'], '/w')).toBe(JSON.stringify(['/w', null, 'wh']));
  });

  it('opens nothing early for batch mode or another command', () => {
    expect(earlyOpenKey(['run', '--config', 'a.yml'], '/w')).toBeUndefined();
    expect(earlyOpenKey(['sql', '--config', 'a.yml', '--task', 'x'], '/w')).toBeUndefined();
    expect(earlyOpenKey([], '/w')).toBeUndefined();
  });
});

/**
 * The bin opens what the same command line opened last time before it loads the program
 * (src/connectors/early-duckdb-open.ts). Through the real CLI: the warm run answers as the cold one; a hint that
 * points at another file, a config that now names another file, a changed schema and a missing file all answer
 * from (or fail on) the file the config names, never from the instance opened early.
 */
describe('a one-question run opens its DuckDB file early', () => {
  const dir = tempDir('sluice-early-open-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cwd = join(dir, 'work');
  mkdirSync(cwd);
  const cacheDir = join(dir, 'cache');
  const hints = join(cacheDir, 'early-open.json');
  const config = join(cwd, 'sluice.yml');
  const first = join(dir, 'first.duckdb');
  const second = join(dir, 'second.duckdb');
  const pointAt = (database: string) =>
    writeFileSync(config, `namespaces:\n  shop:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(cacheDir)}\n`);
  const ask = async (task: string) => {
    const run = await runCli(['run', '--config', 'sluice.yml', '--namespace', 'shop', '--plan', 'fixed', '--format', 'json', '--save_dir', join(dir, 'save'), '--task', task], {
      cwd,
      env: { SLUICE_CACHE_DIR: cacheDir },
    });
    return { ...run, answer: run.code === 0 ? (JSON.parse(run.stdout) as { rows: unknown[][]; sql: string }) : undefined };
  };
  const hinted = () => (JSON.parse(readFileSync(hints, 'utf8')) as { entries: Array<[string, { path: string }]> }).entries.map(([, hint]) => hint.path);

  it('answers a warm run as the cold one, from the instance opened early', async () => {
    await createDuckDbFile(first, [`CREATE TABLE products (product_id INTEGER, name VARCHAR)`, `INSERT INTO products VALUES (1, 'lamp')`]);
    await createDuckDbFile(second, [`CREATE TABLE products (product_id INTEGER, name VARCHAR)`, `INSERT INTO products VALUES (1, 'desk')`]);
    pointAt(first);
    const cold = await ask('list the names of the products');
    expect(cold.code).toBe(0);
    expect(cold.answer!.rows).toEqual([['lamp']]);
    expect(hinted()).toEqual([first]);
    const warm = await ask('list the names of the products');
    expect(warm.code).toBe(0);
    expect(warm.answer!.rows).toEqual([['lamp']]);
  });

  it('never answers from a file opened early for another config', async () => {
    // A hint left by another config: the early open is of the second file, the config names the first.
    const saved = JSON.parse(readFileSync(hints, 'utf8')) as { entries: Array<[string, { path: string }]> };
    saved.entries[0]![1].path = second;
    writeFileSync(hints, JSON.stringify(saved));
    const run = await ask('list the names of the products');
    expect(run.code).toBe(0);
    expect(run.answer!.rows).toEqual([['lamp']]);
    expect(hinted()).toEqual([first]);

    // The config now names the second file: the early open (of the first) is not used, and the hint follows.
    pointAt(second);
    const moved = await ask('list the names of the products');
    expect(moved.code).toBe(0);
    expect(moved.answer!.rows).toEqual([['desk']]);
    expect(hinted()).toEqual([second]);
  });

  it('opens the same file again when the config changed its limits, beside the instance opened early', async () => {
    // The hint holds the second file with no limits; the same file with a memory_limit is another open.
    writeFileSync(config, `namespaces:\n  shop:\n    type: duckdb\n    path: ${JSON.stringify(second)}\n    memory_limit: 512MB\ncache_dir: ${JSON.stringify(cacheDir)}\n`);
    const run = await ask('list the names of the products');
    expect(run.code).toBe(0);
    expect(run.answer!.rows).toEqual([['desk']]);
    const saved = JSON.parse(readFileSync(hints, 'utf8')) as { entries: Array<[string, { path: string; limits: Record<string, unknown> }]> };
    expect(saved.entries.map(([, hint]) => hint)).toEqual([{ path: second, limits: { memoryLimit: '512MB' } }]);
    pointAt(second);
  });

  it('sees a schema change made between runs', async () => {
    rmSync(second);
    await createDuckDbFile(second, [
      `CREATE TABLE products (product_id INTEGER, name VARCHAR)`,
      `INSERT INTO products VALUES (1, 'desk')`,
      `CREATE TABLE suppliers (supplier_id INTEGER, city VARCHAR)`,
      `INSERT INTO suppliers VALUES (1, 'Lyon')`,
    ]);
    const run = await ask('list the cities of the suppliers');
    expect(run.code).toBe(0);
    expect(run.answer!.sql).toMatch(/suppliers/i);
    expect(run.answer!.rows).toEqual([['Lyon']]);
  });

  it('fails on a missing file as it would without the early open', async () => {
    rmSync(second);
    expect(existsSync(second)).toBe(false);
    const run = await ask('list the names of the products');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`database file not found: ${second}`);
  });
});

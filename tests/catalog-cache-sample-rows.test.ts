import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogCacheFiles } from '../src/catalog/catalog-cache.js';
import { catalogCacheKey, embeddedConnectorIdentity } from '../src/catalog/catalog-fingerprint.js';
import { fetchSampleRows } from '../src/catalog/fetch-sample-rows.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { Connector } from '../src/connectors/connector.js';
import type { Runtime } from '../src/engine/runtime.js';
import { catalogTestRuntime, createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sluice-catalog-samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const signal = new AbortController().signal;

function runtimeOn(database: string, cacheDir: string, neverOpens = false): Runtime & { asked: number } {
  const runtime = catalogTestRuntime({ database });
  const asked = { count: 0 };
  const open = runtime.connector.bind(runtime);
  Object.assign(runtime, {
    settings: { ...runtime.settings, cacheDir },
    connector: (name: string): Promise<Connector> => {
      asked.count += 1;
      return neverOpens ? new Promise<Connector>(() => {}) : open(name);
    },
  });
  return Object.defineProperty(runtime, 'asked', { get: () => asked.count }) as Runtime & { asked: number };
}

async function samplesOf(runtime: Runtime): Promise<unknown[][][]> {
  const catalog = await loadCatalog(runtime, 'shop');
  const rows = [
    await fetchSampleRows(runtime, catalog, 'orders', ['status', 'order_id'], signal),
    await fetchSampleRows(runtime, catalog, 'customers', ['name'], signal),
  ];
  await catalog.saved();
  return rows;
}

describe('sample rows in the catalog cache of an embedded file', () => {
  it('are read from the cache on a warm start, without waiting for the database, and re-read once the file changes', async () => {
    const database = join(dir, 'shop.duckdb');
    const cacheDir = join(dir, 'cache');
    await createDuckDbFile(database, [
      `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name VARCHAR, joined DATE, balance DECIMAL(10,2))`,
      `CREATE TABLE orders (order_id BIGINT PRIMARY KEY, customer_id INTEGER, status VARCHAR, amount DOUBLE)`,
      `INSERT INTO customers VALUES (1, 'Ann', DATE '2024-02-29', 12.5), (2, 'Bo', NULL, -3.25)`,
      `INSERT INTO orders VALUES (10, 1, 'shipped', 19.99), (11, 2, 'returned', 0.1), (12, 1, 'pending', 1e-7), (13, 2, 'lost', 5)`,
    ]);
    const cold = runtimeOn(database, cacheDir);
    const coldRows = await samplesOf(cold);
    expect(coldRows).toEqual([
      [['shipped', 10], ['returned', 11], ['pending', 12]],
      [['Ann'], ['Bo']],
    ]);
    await cold.close();

    const warm = runtimeOn(database, cacheDir, true);
    expect(await samplesOf(warm)).toEqual(coldRows);
    // loadCatalog starts the open and nothing else waits for it.
    expect(warm.asked).toBe(1);

    const writer = await DuckDBInstance.create(database);
    const connection = await writer.connect();
    await connection.run(`UPDATE orders SET status = 'delivered' WHERE order_id = 10`);
    connection.closeSync();
    writer.closeSync();
    const changed = runtimeOn(database, cacheDir);
    expect((await samplesOf(changed))[0]![0]).toEqual(['delivered', 10]);
    await changed.close();
  });

  it('gives a warm `sluice run` the same answer, DDL and sample rows as the cold one', async () => {
    const database = join(dir, 'cli.duckdb');
    await createDuckDbFile(database, [
      `CREATE TABLE products (product_id INTEGER, name VARCHAR, price DECIMAL(8,2), added TIMESTAMP)`,
      `INSERT INTO products VALUES (1, 'lamp', 30.5, TIMESTAMP '2024-01-02 03:04:05'), (2, 'desk', 120, NULL), (3, 'chair', 45.25, TIMESTAMP '2025-06-07 08:09:10')`,
    ]);
    const cacheDir = join(dir, 'cli-cache');
    const config = join(dir, 'cli.yml');
    writeFileSync(config, `namespaces:\n  shop:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(cacheDir)}\n`);
    const ask = async (save: string) => {
      const run = await runCli(['run', '--config', config, '--namespace', 'shop', '--plan', 'fixed', '--format', 'json', '--save_dir', join(dir, save), '--task', 'average price of products'], { env: { SLUICE_CACHE_DIR: cacheDir } });
      expect(run.code).toBe(0);
      const { run_id, ...answer } = JSON.parse(run.stdout) as Record<string, unknown>;
      const state = JSON.parse(readFileSync(join(dir, save, String(run_id), 'state.json'), 'utf8')) as { context: { table_schemas: unknown } };
      return { answer, schemas: state.context.table_schemas };
    };
    const coldRun = await ask('save-cold');
    const files = catalogCacheFiles(cacheDir, catalogCacheKey({ name: 'shop', type: 'duckdb', database, config: { type: 'duckdb', path: database } } as never, embeddedConnectorIdentity({ type: 'duckdb', database } as never)!));
    expect(existsSync(files.samples)).toBe(true);
    const warmRun = await ask('save-warm');
    expect(warmRun.schemas).toEqual(coldRun.schemas);
    expect(warmRun.answer).toEqual(coldRun.answer);
    expect(JSON.stringify(warmRun.schemas)).toContain('lamp');
  });
});

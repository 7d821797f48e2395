import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectQuestionValues } from '../src/catalog/collect-question-values.js';
import { linkSchema } from '../src/catalog/link-schema.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { Runtime } from '../src/engine/runtime.js';
import { catalogTestRuntime, createDuckDbFile } from './helpers/catalog-test-runtime.js';

const dir = mkdtempSync(join(tmpdir(), 'sluice-catalog-cache-'));
const shop = join(dir, 'shop.duckdb');
const warehouse = join(dir, 'warehouse.duckdb');
/** Enough text columns (over 2,000) that values are read per question instead of when the catalog loads. */
const WAREHOUSE_TABLES = 105;

/** A runtime of its own (as a new process would have) over one database file, caching under cacheDir. */
function runtimeOver(database: string, cacheDir: string): Runtime {
  const runtime = catalogTestRuntime({ database });
  return Object.assign(runtime, { settings: { ...runtime.settings, cacheDir } });
}

async function withRuntime<T>(database: string, cacheDir: string, use: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = runtimeOver(database, cacheDir);
  try {
    return await use(runtime);
  } finally {
    await runtime.close();
  }
}

async function alter(database: string, sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(database);
  const connection = await instance.connect();
  await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
}

beforeAll(async () => {
  await createDuckDbFile(shop, [
    `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name VARCHAR, state VARCHAR)`,
    `CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id), status VARCHAR, amount DECIMAL(10, 2))`,
    `INSERT INTO customers VALUES (1, 'Ann', 'CA'), (2, 'Bo', 'NY')`,
    `INSERT INTO orders VALUES (1, 1, 'shipped', 10), (2, 2, 'cancelled', 20)`,
  ]);
  const columns = (table: number) => Array.from({ length: 20 }, (_, c) => `note_${table}_${c} VARCHAR`).join(', ');
  await createDuckDbFile(warehouse, [
    `CREATE TABLE parcel_shipments (shipment_id INTEGER PRIMARY KEY, carrier VARCHAR, parcel_state VARCHAR)`,
    `INSERT INTO parcel_shipments VALUES (1, 'Swiftline', 'delivered'), (2, 'Oxcart', 'lost')`,
    ...Array.from({ length: WAREHOUSE_TABLES }, (_, t) => `CREATE TABLE filler_${t} (${columns(t)})`),
    ...Array.from({ length: WAREHOUSE_TABLES }, (_, t) => `INSERT INTO filler_${t} (note_${t}_0) VALUES ('x')`),
  ]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalog cache', () => {
  it('is saved under the cache dir and reused by the next runtime with the same tables, values and links', async () => {
    const cacheDir = join(dir, 'cache-reuse');
    const question = 'cancelled orders of customers in California';
    const first = await withRuntime(shop, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'shop');
      await catalog.saved();
      return { source: catalog.source, tables: structuredClone(catalog.tables), values: catalog.values, link: linkSchema(catalog.index, question) };
    });
    expect(first.source).toBe('database');
    expect(readdirSync(join(cacheDir, 'catalogs')).filter((file) => !file.endsWith('.tmp'))).toHaveLength(2);

    await withRuntime(shop, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'shop');
      expect(catalog.source).toBe('cache');
      expect(catalog.complete).toBe(true);
      expect(structuredClone(catalog.tables)).toEqual(first.tables);
      expect(catalog.values).toEqual(first.values);
      const link = linkSchema(catalog.index, question);
      expect(link.tables.map((linked) => [linked.table.name, linked.score, linked.reason])).toEqual(
        first.link.tables.map((linked) => [linked.table.name, linked.score, linked.reason]),
      );
      expect(link.matched_values).toEqual(first.link.matched_values);
      expect(link.matched_values.map((match) => match.value)).toEqual(expect.arrayContaining(['cancelled', 'CA']));
    });
  });

  it('is refreshed when the schema changes', async () => {
    const cacheDir = join(dir, 'cache-refresh');
    const database = join(dir, 'changing.duckdb');
    await createDuckDbFile(database, [`CREATE TABLE items (item_id INTEGER PRIMARY KEY, label VARCHAR)`, `INSERT INTO items VALUES (1, 'anvil')`]);
    await withRuntime(database, cacheDir, async (runtime) => (await loadCatalog(runtime, 'x')).saved());
    expect(await withRuntime(database, cacheDir, async (runtime) => (await loadCatalog(runtime, 'x')).source)).toBe('cache');

    await alter(database, `ALTER TABLE items ADD COLUMN colour VARCHAR; UPDATE items SET colour = 'teal'`);
    await withRuntime(database, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'x');
      expect(catalog.source).toBe('database');
      expect(catalog.tables[0]!.columns.map((column) => column.name)).toEqual(['item_id', 'label', 'colour']);
      expect(catalog.values).toContainEqual({ table: 'items', column: 'colour', values: ['teal'] });
      await catalog.saved();
    });
    await withRuntime(database, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'x');
      expect(catalog.source).toBe('cache');
      expect(catalog.tables[0]!.columns.map((column) => column.name)).toContain('colour');
    });
  });

  it('reads a big catalog\'s values per question, for the tables the question points at, and keeps them for the next runtime', async () => {
    const cacheDir = join(dir, 'cache-warehouse');
    const question = 'Which parcel shipments were lost by each carrier?';
    await withRuntime(warehouse, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'wh');
      expect(catalog.complete).toBe(false);
      expect(catalog.values).toEqual([]);
      expect(linkSchema(catalog.index, question).matched_values).toEqual([]);

      await collectQuestionValues(runtime, catalog, question);
      expect(catalog.probed.has('parcel_shipments')).toBe(true);
      expect(catalog.probed.has('filler_7')).toBe(false);
      const link = linkSchema(catalog.index, question);
      expect(link.tables[0]!.table.name).toBe('parcel_shipments');
      expect(link.matched_values).toContainEqual(expect.objectContaining({ table: 'parcel_shipments', column: 'parcel_state', value: 'lost' }));
      await catalog.saved();
    });
    await withRuntime(warehouse, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'wh');
      expect(catalog.source).toBe('cache');
      expect(catalog.probed.has('parcel_shipments')).toBe(true);
      expect(linkSchema(catalog.index, question).matched_values.map((match) => match.value)).toContain('lost');
    });
  }, 60_000);

  it('ignores a cache dir it cannot write and still loads', async () => {
    const blocked = join(dir, 'not-a-dir');
    await createDuckDbFile(join(dir, 'blocker.duckdb'), ['CREATE TABLE t (a INTEGER)']);
    rmSync(blocked, { force: true });
    const cacheDir = join(dir, 'blocker.duckdb', 'cache');
    await withRuntime(shop, cacheDir, async (runtime) => {
      const catalog = await loadCatalog(runtime, 'shop');
      await catalog.saved();
      expect(catalog.tables.map((table) => table.name)).toEqual(['customers', 'orders']);
    });
    expect(existsSync(cacheDir)).toBe(false);
  });
});

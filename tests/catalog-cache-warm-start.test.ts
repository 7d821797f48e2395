import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkSchema } from '../src/catalog/link-schema.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { Connector } from '../src/connectors/connector.js';
import { catalogTestRuntime, createDuckDbFile } from './helpers/catalog-test-runtime.js';

const dir = mkdtempSync(join(tmpdir(), 'sluice-catalog-warm-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a warm start of an embedded database file', () => {
  it('reads the cached catalog without waiting for the database to open, and opens it meanwhile', async () => {
    const database = join(dir, 'shop.duckdb');
    const cacheDir = join(dir, 'cache');
    await createDuckDbFile(database, [
      `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name VARCHAR, state VARCHAR)`,
      `CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id), status VARCHAR)`,
      `INSERT INTO customers VALUES (1, 'Ann', 'CA')`,
      `INSERT INTO orders VALUES (1, 1, 'shipped')`,
    ]);
    const cold = catalogTestRuntime({ database });
    Object.assign(cold, { settings: { ...cold.settings, cacheDir } });
    const first = await loadCatalog(cold, 'shop');
    await first.saved();
    const link = linkSchema(first.index, 'shipped orders per state');
    await cold.close();

    // A database that takes forever to open: the catalog must still come from the cache.
    const warm = catalogTestRuntime({ database });
    let asked = 0;
    Object.assign(warm, {
      settings: { ...warm.settings, cacheDir },
      connector: (): Promise<Connector> => {
        asked += 1;
        return new Promise<Connector>(() => {});
      },
    });
    const catalog = await loadCatalog(warm, 'shop');
    expect(catalog.source).toBe('cache');
    expect(catalog.dialect).toBe('duckdb');
    expect(asked).toBe(1);
    expect(linkSchema(catalog.index, 'shipped orders per state').tables.map((linked) => linked.table.name)).toEqual(link.tables.map((linked) => linked.table.name));
  });
});

describe('a cached catalog this build cannot read', () => {
  it('is a cache miss, rebuilt from the database, not a failed run', async () => {
    const database = join(dir, 'depot.duckdb');
    const cacheDir = join(dir, 'cache-unreadable');
    await createDuckDbFile(database, [
      `CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, city VARCHAR)`,
      `INSERT INTO depots VALUES (1, 'Leeds'), (2, 'York')`,
    ]);
    const cold = catalogTestRuntime({ database });
    Object.assign(cold, { settings: { ...cold.settings, cacheDir } });
    await (await loadCatalog(cold, 'depot')).saved();
    await cold.close();

    // Another build wrote its search index differently under the same format number: the header still parses.
    const [file] = readdirSync(join(cacheDir, 'catalogs')).filter((name) => name.endsWith('.catalog'));
    const bytes = readFileSync(join(cacheDir, 'catalogs', file!));
    const split = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.toString('utf8', split + 1));
    header.index.search.index = [null];
    writeFileSync(join(cacheDir, 'catalogs', file!), Buffer.concat([bytes.subarray(0, split + 1), Buffer.from(JSON.stringify(header))]));

    const warm = catalogTestRuntime({ database });
    Object.assign(warm, { settings: { ...warm.settings, cacheDir } });
    const catalog = await loadCatalog(warm, 'depot');
    expect(catalog.source).not.toBe('cache');
    expect(linkSchema(catalog.index, 'depots in Leeds').tables.map((linked) => linked.table.name)).toEqual(['depots']);
    await warm.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { defaultCacheDir } from '../../src/config/default-cache-dir.js';
import { ensureDemoDatabase } from '../../src/demo/ensure-demo-database.js';

/**
 * Writes the "demo" database of bench/datasets/abstention: the demo's tables and comments with every 25th
 * customer and everything that belongs to them, as the bench's DuckDB layout (schema.sql + data/<table>.csv).
 * The whole demo is 12 MB; this keeps the repo small while every category, product, state, channel and status
 * the demo's values ground a question on is still there.
 *
 *   node dist/bench/abstention/make-demo-extract.js [--out bench/datasets/abstention/databases/demo]
 *
 * The demo is the one in the cache ($SLUICE_CACHE_DIR, built there if missing). tests/abstention-demo-extract.test.ts
 * fails when the committed extract differs from what this writes.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TABLES: Record<string, string> = {
  categories: 'SELECT * FROM categories ORDER BY category_id',
  products: 'SELECT * FROM products ORDER BY product_id',
  customers: 'SELECT * FROM customers WHERE customer_id % 25 = 0 ORDER BY customer_id',
  orders: 'SELECT * FROM orders WHERE customer_id % 25 = 0 ORDER BY order_id',
  order_items: 'SELECT i.* FROM order_items i JOIN orders o USING (order_id) WHERE o.customer_id % 25 = 0 ORDER BY order_item_id',
  returns:
    'SELECT r.* FROM returns r JOIN order_items i USING (order_item_id) JOIN orders o USING (order_id) WHERE o.customer_id % 25 = 0 ORDER BY return_id',
  user_activity: 'SELECT * FROM user_activity WHERE customer_id % 25 = 0 ORDER BY event_id',
};

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1]! : path.join(repoRoot, 'bench/datasets/abstention/databases/demo'));
  const { database } = await ensureDemoDatabase(defaultCacheDir());
  const instance = await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    fs.mkdirSync(path.join(out, 'data'), { recursive: true });
    const ddl: string[] = [];
    for (const table of Object.keys(TABLES)) {
      const rows = (await connection.runAndReadAll(`SELECT sql, comment FROM duckdb_tables() WHERE table_name = ?`, [table])).getRowObjectsJson();
      ddl.push(`${String(rows[0]!.sql).replace(/;?\s*$/, ';')}`);
      if (rows[0]!.comment) ddl.push(`COMMENT ON TABLE ${table} IS ${sqlString(String(rows[0]!.comment))};`);
      const columns = (
        await connection.runAndReadAll(`SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? AND comment IS NOT NULL ORDER BY column_index`, [table])
      ).getRowObjectsJson();
      for (const column of columns) ddl.push(`COMMENT ON COLUMN ${table}.${String(column.column_name)} IS ${sqlString(String(column.comment))};`);
      await connection.run(`COPY (${TABLES[table]}) TO ${sqlString(path.join(out, 'data', `${table}.csv`))} (HEADER, DELIMITER ',')`);
    }
    fs.writeFileSync(path.join(out, 'schema.sql'), `${ddl.join('\n')}\n`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  console.log(`wrote ${out}`);
}

await main();

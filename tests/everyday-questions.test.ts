import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { TEST_CACHE_DIR, runCli } from './helpers/run-cli.js';

/** Questions a new user asks the demo first, through the CLI with the default (offline) model, against hand-written SQL. */
let query: (sql: string) => Promise<unknown[][]>;

beforeAll(async () => {
  const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
  const connection = await (await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' })).connect();
  query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
});

const numbers = (rows: unknown[][]) => rows.map((row) => row.map((v) => (typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) ? Math.round(Number(v) * 100) / 100 : v)));

const cases: Array<[string, string]> = [
  ['Which 3 products have the highest unit price?', 'SELECT name FROM products ORDER BY unit_price DESC, name LIMIT 3'],
  ['Show the 4 customers with the most orders', 'SELECT c.customer_id, c.first_name, c.last_name FROM orders o JOIN customers c USING (customer_id) GROUP BY ALL ORDER BY COUNT(*) DESC, 1 LIMIT 4'],
  ['How many customers are in each segment?', 'SELECT segment, COUNT(*) FROM customers GROUP BY 1 ORDER BY 1'],
  ['Which state has the most customers?', 'SELECT state FROM customers GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1'],
  ['How many orders were placed in 2025?', "SELECT COUNT(*) FROM orders WHERE order_date >= DATE '2025-01-01' AND order_date < DATE '2026-01-01'"],
  ["Show the customer with email 'Anthony.Lopez2@yahoo.com'", "SELECT customer_id, email FROM customers WHERE email = 'anthony.lopez2@yahoo.com'"],
  ['Total revenue last month', "SELECT SUM(oi.quantity * oi.unit_price) FROM order_items oi JOIN orders o USING (order_id) WHERE o.status <> 'cancelled' AND o.order_date >= DATE '2026-10-01' AND o.order_date < DATE '2026-11-01'"],
];

describe('everyday questions on the demo database', () => {
  for (const [question, expectedSql] of cases) {
    it(question, async () => {
      const result = await runCli(['run', '--plan', 'fixed', '--format', 'json', '--current_date', '2026-11-25', '--task', question]);
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout);
      const expected = numbers(await query(expectedSql));
      expect(json.row_count).toBe(expected.length);
      // Compare the values the expectation names, whatever extra columns the answer carries.
      const got = numbers(json.rows);
      for (const [index, row] of expected.entries()) {
        for (const value of row) expect(got[index], `${question}: row ${index}`).toContain(value);
      }
    });
  }
});

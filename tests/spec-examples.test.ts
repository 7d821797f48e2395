import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { TEST_CACHE_DIR, runCli } from './helpers/run-cli.js';

/** The spec's three examples, each with its plan, checked against SQL written by hand from the demo's definitions. */
let query: (sql: string) => Promise<unknown[][]>;

beforeAll(async () => {
  const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
  const instance = await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  query = async (sql) => {
    const reader = await connection.runAndReadAll(sql);
    return reader.getRowsJson() as unknown[][];
  };
});

async function run(task: string, plan: string) {
  const result = await runCli(['run', '--task', task, '--plan', plan, '--format', 'json', '--current_date', '2026-11-25']);
  expect(result.code, result.stderr).toBe(0);
  return { json: JSON.parse(result.stdout), stderr: result.stderr };
}

describe('the spec examples on the demo database', () => {
  it('"List all customers from California" (fixed) lists exactly the customers whose state is CA', async () => {
    const { json } = await run('List all customers from California', 'fixed');
    expect(json.nodes).toEqual(['schema_linking', 'generate_sql', 'execute_sql', 'output']);
    const expected = await query("SELECT customer_id FROM customers WHERE state = 'CA' ORDER BY customer_id");
    const idColumn = json.columns.indexOf('customer_id');
    expect(idColumn).toBeGreaterThanOrEqual(0);
    const ids = json.rows.map((row: unknown[]) => Number(row[idColumn])).sort((a: number, b: number) => a - b);
    expect(ids).toEqual(expected.map((row) => Number(row[0])));
    const stateColumn = json.columns.indexOf('state');
    expect(json.rows.every((row: unknown[]) => row[stateColumn] === 'CA')).toBe(true);
  });

  it('"Show monthly active users for the last quarter" (metric_to_sql) gives one row per month of the previous quarter', async () => {
    const { json } = await run('Show monthly active users for the last quarter', 'metric_to_sql');
    expect(json.nodes).toEqual(['schema_linking', 'search_metrics', 'date_parser', 'generate_sql', 'execute_sql', 'output']);
    const expected = await query(`
      SELECT strftime(date_trunc('month', event_date), '%Y-%m') AS month, COUNT(DISTINCT customer_id)
      FROM user_activity
      WHERE event_date >= DATE '2026-07-01' AND event_date < DATE '2026-10-01'
      GROUP BY 1 ORDER BY 1`);
    expect(expected.map((row) => row[0])).toEqual(['2026-07', '2026-08', '2026-09']);
    const got = json.rows.map((row: unknown[]) => [String(row[0]).slice(0, 7), Number(row[1])]);
    expect(got).toEqual(expected.map((row) => [row[0], Number(row[1])]));
  });

  it('the seasonal-adjustment question (reflection) adds doc_search and fix, and applies the glossary definition', async () => {
    const { json, stderr } = await run(
      'Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments',
      'reflection',
    );
    // The demo has metrics, so the reflection plan searches them right after linking.
    expect(json.nodes.slice(0, 5)).toEqual(['schema_linking', 'search_metrics', 'generate_sql', 'execute_sql', 'reflect']);
    expect(json.nodes).toContain('doc_search');
    expect(json.nodes.some((n: string) => n === 'fix' || n === 'generate_sql')).toBe(true);
    expect(json.nodes.at(-1)).toBe('output');
    expect(json.iterations).toBeGreaterThanOrEqual(1);
    expect(stderr).toMatch(/reflect added doc_search/);
    // Independent SQL from demo/docs/glossary.md: per-category seasonal index over full years, net of refunds.
    const expected = await query(`
      WITH quarterly AS (
        SELECT c.name AS category, year(o.order_date) AS y, quarter(o.order_date) AS q,
               SUM(oi.quantity * oi.unit_price) - COALESCE(SUM(r.refund_amount), 0) AS net
        FROM orders o JOIN order_items oi ON oi.order_id = o.order_id
        JOIN products p ON p.product_id = oi.product_id JOIN categories c ON c.category_id = p.category_id
        LEFT JOIN returns r ON r.order_item_id = oi.order_item_id
        WHERE o.status <> 'cancelled' GROUP BY 1, 2, 3),
      full_years AS (SELECT y FROM quarterly GROUP BY y HAVING COUNT(DISTINCT q) = 4),
      by_quarter AS (SELECT category, q, AVG(net) AS avg_q FROM quarterly WHERE y IN (SELECT y FROM full_years) GROUP BY 1, 2),
      idx AS (SELECT category, q, avg_q / AVG(avg_q) OVER (PARTITION BY category) AS si FROM by_quarter)
      SELECT quarterly.y, quarterly.q, quarterly.category, quarterly.net / idx.si AS adjusted
      FROM quarterly JOIN idx USING (category, q) ORDER BY 1, 2, 3`);
    const adjustedColumn = json.columns.findIndex((c: string) => /adjust/i.test(c));
    const categoryColumn = json.columns.findIndex((c: string) => /categor/i.test(c));
    const quarterColumn = json.columns.findIndex((c: string) => /quarter/i.test(c));
    expect(adjustedColumn).toBeGreaterThanOrEqual(0);
    expect(json.row_count).toBe(expected.length);
    const got = new Map<string, number>();
    for (const row of json.rows as unknown[][]) {
      const date = new Date(`${String(row[quarterColumn]).slice(0, 10)}T00:00:00Z`);
      const key = `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}-${row[categoryColumn]}`;
      got.set(key, Number(row[adjustedColumn]));
    }
    for (const [year, quarter, category, adjusted] of expected) {
      const value = got.get(`${year}-Q${quarter}-${category}`);
      expect(value, `${year} Q${quarter} ${category}`).toBeCloseTo(Number(adjusted), 0);
    }
    expect(expected.length).toBeGreaterThan(100);
  });
});
